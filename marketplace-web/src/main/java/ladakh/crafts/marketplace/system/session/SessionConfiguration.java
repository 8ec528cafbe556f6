package ladakh.crafts.marketplace.system.session;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.session.web.server.session.SpringSessionWebSessionStore;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;

/**
 * Sessions live in MongoDB ({@link MongoSessionRepository}). The bean name
 * {@code webSessionManager} is what the WebFlux handler chain looks up, and Boot's own
 * in-memory manager backs off when a WebSessionManager bean exists.
 * <p>
 * The cookie is {@code SESSION}, HttpOnly and SameSite=Lax; the resolver marks it Secure
 * whenever the request's scheme is https, which behind a TLS-terminating proxy comes from
 * {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy: framework}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionConfiguration {

	static final String COOKIE = "SESSION";

	@Bean
	MongoSessionRepository mongoSessionRepository(ReactiveMongoTemplate mongo, Clock clock,
			SessionProperties properties) {
		return new MongoSessionRepository(mongo, clock, properties.timeout());
	}

	@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	DefaultWebSessionManager webSessionManager(MongoSessionRepository sessions, Clock clock) {
		SpringSessionWebSessionStore<?> store = new SpringSessionWebSessionStore<>(sessions);
		store.setClock(clock);
		CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
		resolver.setCookieName(COOKIE);
		// Secure follows the request scheme (set by the resolver itself).
		resolver.addCookieInitializer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		DefaultWebSessionManager manager = new DefaultWebSessionManager();
		manager.setSessionStore(store);
		manager.setSessionIdResolver(resolver);
		return manager;
	}

	@Bean
	ApplicationRunner sessionIndexes(MongoSessionRepository sessions) {
		return (args) -> sessions.createIndexes().block(Duration.ofMinutes(1));
	}

}
