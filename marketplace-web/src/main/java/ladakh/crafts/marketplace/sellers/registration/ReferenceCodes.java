package ladakh.crafts.marketplace.sellers.registration;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short application references people can read out over the phone: 8 characters without
 * look-alikes (no 0/O, 1/I/L). Random rather than sequential, so that one reference says
 * nothing about another; the status page also asks for the mobile number.
 */
final class ReferenceCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 8;

	private static final SecureRandom random = new SecureRandom();

	private ReferenceCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A reference as typed: case, spaces and dashes do not matter. */
	static String normalise(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT) : "";
	}

}
