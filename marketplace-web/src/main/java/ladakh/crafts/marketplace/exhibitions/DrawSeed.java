package ladakh.crafts.marketplace.exhibitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The lottery's seed: the SHA-256 of a public value announced before the draw (a
 * newspaper's headline of the day, a closing index), so nobody can choose the seed after
 * seeing the applications, and anyone can recompute it.
 *
 * @param publicValue the value as announced
 * @param sha256 its SHA-256, 64 lower-case hex digits
 */
public record DrawSeed(String publicValue, String sha256) {

	public DrawSeed {
		Objects.requireNonNull(publicValue, "publicValue");
		if (publicValue.isBlank()) {
			throw Refusal.invalid("exhibitions.draw.seedRequired").at("publicValue");
		}
		if (!sha256(publicValue).equals(sha256)) {
			throw Refusal.invalid("exhibitions.draw.seedMismatch").at("publicValue");
		}
	}

	/** A headline or an index's figures; anything longer is pasted by mistake. */
	static final int MAX_LENGTH = 500;

	/** The seed of a public value. */
	public static DrawSeed of(String publicValue) {
		if (publicValue == null || publicValue.isBlank()) {
			throw Refusal.invalid("exhibitions.draw.seedRequired").at("publicValue");
		}
		if (publicValue.length() > MAX_LENGTH) {
			throw Refusal.invalid("exhibitions.draw.seedTooLong", MAX_LENGTH).at("publicValue");
		}
		return new DrawSeed(publicValue, sha256(publicValue));
	}

	/** SHA-256 of UTF-8 text, in lower-case hex. */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
