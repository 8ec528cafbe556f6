package ladakh.crafts.marketplace.sellers.cards;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the public verification page, for QR codes printed on cards: the
 * address people reach the site at ({@code marketplace.public-url}) plus
 * {@code /verify/{registration number}}. The number's slashes stay path separators.
 */
@Component
public class VerificationLinks {

	private final String base;

	VerificationLinks(@Value("${marketplace.public-url:http://localhost:8080}") String publicUrl) {
		this.base = validated(publicUrl);
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
