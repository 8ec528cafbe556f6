package ladakh.crafts.marketplace.sellers.cards;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the public verification page, for QR codes printed on cards: the
 * address people reach the site at ({@code marketplace.public-url}) plus
 * {@code /verify/{registration number}}. The number's slashes stay path separators.
 */
@Component
public class VerificationLinks {

	static final String DEFAULT = "http://localhost:8080";

	private static final Logger log = LoggerFactory.getLogger(VerificationLinks.class);

	private final String base;

	/**
	 * @param mongoUri set when the marketplace runs on a real MongoDB, i.e. not as the
	 * embedded demo; then a public address left at its default is said once, at start-up
	 */
	VerificationLinks(@Value("${marketplace.public-url:" + DEFAULT + "}") String publicUrl,
			@Value("${spring.mongodb.uri:}") String mongoUri) {
		this.base = validated(publicUrl);
		warning(this.base, mongoUri == null || mongoUri.isBlank()).ifPresent(log::warn);
	}

	/**
	 * The warning a deployment with the default public address gets: every identity card
	 * printed would carry a QR code pointing at the printing machine itself.
	 */
	static Optional<String> warning(String base, boolean embeddedDemo) {
		if (embeddedDemo || !DEFAULT.equals(base)) {
			return Optional.empty();
		}
		return Optional.of("marketplace.public-url (MARKETPLACE_PUBLIC_URL) is still " + DEFAULT
				+ ": the QR codes on identity cards will point there, not at the public site. "
				+ "Set it to the address people reach the marketplace at.");
	}

	public String forNumber(String registrationNumber) {
		return this.base + path(registrationNumber);
	}

	/** The site-relative path, e.g. {@code /verify/LEH/HC/2026/0042}. */
	public static String path(String registrationNumber) {
		return "/verify/" + registrationNumber;
	}

	private static String validated(String publicUrl) {
		String trimmed = (publicUrl != null) ? publicUrl.trim() : "";
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			URI uri = new URI(trimmed);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"marketplace.public-url must be an absolute http(s) URL, not '" + publicUrl + "'");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("marketplace.public-url is not a URL: '" + publicUrl + "'", ex);
		}
		return trimmed;
	}

}
