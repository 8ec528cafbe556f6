package ladakh.crafts.marketplace.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import ladakh.crafts.marketplace.shared.Rupees;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Static assets, the reader's language and the small beans templates use.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxiesProperties.class)
class WebConfiguration implements WebFluxConfigurer {

	/**
	 * Assets are not fingerprinted yet, so a day is the longest they may be cached
	 * without a deploy leaving readers on stale CSS; Last-Modified keeps revalidation
	 * cheap.
	 */
	static final CacheControl ASSET_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Boot's catch-all "/**" mapping is switched off
		// (spring.web.resources.add-mappings=false)
		// so only these prefixes are routed to files: see UnroutedExchangeMatcher.
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(ASSET_CACHE);
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(ASSET_CACHE);
		registry.addResourceHandler("/img/**")
			.addResourceLocations("classpath:/static/img/")
			.setCacheControl(ASSET_CACHE);
	}

	@Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LocaleContextResolver localeContextResolver() {
		return new LanguageLocaleContextResolver();
	}

	/**
	 * Forwarded headers only from the configured proxies (decision 29); Boot's own
	 * transformer (strategy {@code framework}) believed anyone's.
	 */
	@Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
	ForwardedHeaderTransformer forwardedHeaderTransformer(TrustedProxiesProperties proxies) {
		return new TrustedForwardedHeaders(proxies.trustedProxies());
	}

	@Bean
	Rupees rupees() {
		return new Rupees();
	}

	/** Ladakh keeps Indian Standard Time; "upcoming" and "today" are judged there. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Kolkata"));
	}

}
