package ladakh.crafts.marketplace.system;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Resolves the reader's language (see {@link Languages}). Registered under the bean name
 * {@code localeContextResolver}, which replaces Boot's Accept-Language-only resolver.
 */
class LanguageLocaleContextResolver implements LocaleContextResolver {

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		Locale locale = Languages.fromParameter(exchange);
		if (locale == null) {
			locale = Languages.fromCookie(exchange);
		}
		if (locale == null) {
			locale = fromAcceptLanguage(exchange);
		}
		return new SimpleLocaleContext(locale);
	}

	private Locale fromAcceptLanguage(ServerWebExchange exchange) {
		try {
			Locale best = Locale.lookup(exchange.getRequest().getHeaders().getAcceptLanguage(), Languages.SUPPORTED);
			return (best != null) ? Languages.supported(best.toLanguageTag()) : Languages.DEFAULT;
		}
		catch (IllegalArgumentException ex) {
			// A malformed Accept-Language header is the client's problem, not a reason to
			// fail.
			return Languages.DEFAULT;
		}
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		Locale locale = (localeContext != null) ? Languages.supported(String.valueOf(localeContext.getLocale())) : null;
		if (locale != null) {
			exchange.getResponse().addCookie(Languages.cookie(locale));
		}
	}

}
