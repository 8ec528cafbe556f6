package ladakh.crafts.marketplace.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/**
 * The languages the site speaks and how a request picks one: the {@code lang} parameter,
 * then the {@code lang} cookie, then Accept-Language, then English.
 */
final class Languages {

	static final String PARAMETER = "lang";

	static final String COOKIE = "lang";

	static final Locale DEFAULT = Locale.ENGLISH;

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("hi"));

	private Languages() {
	}

	/**
	 * The supported locale for a language tag such as {@code hi} or {@code hi-IN}, or
	 * null.
	 */
	static Locale supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	static Locale fromParameter(ServerWebExchange exchange) {
		return supported(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
	}

	static Locale fromCookie(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		return (cookie != null) ? supported(cookie.getValue()) : null;
	}

	static ResponseCookie cookie(Locale locale) {
		return ResponseCookie.from(COOKIE, locale.getLanguage())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
	}

}
