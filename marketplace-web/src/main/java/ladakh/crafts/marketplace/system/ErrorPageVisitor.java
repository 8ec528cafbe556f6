package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.system.VisitorModelAdvice.Visitor;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * ErrorResponses renders error pages after the security chain has finished, where the
 * signed-in person is no longer known; so, on the way out of a failed request and still
 * inside the chain, this notes who it was, and the error page's header greets them as
 * every other page does. It runs just inside the security chain (order -100) and before
 * the text check (order 0), so a form refused there keeps its header too.
 */
@Component
@Order(-1)
class ErrorPageVisitor implements WebFilter {

	static final String ATTRIBUTE = ErrorPageVisitor.class.getName() + ".visitor";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange)
			.onErrorResume((ex) -> ReactiveSecurityContextHolder.getContext()
				.mapNotNull(SecurityContext::getAuthentication)
				.filter((authentication) -> authentication.getPrincipal() instanceof MarketplaceUser)
				.doOnNext((authentication) -> exchange.getAttributes()
					.put(ATTRIBUTE, Visitor.of((MarketplaceUser) authentication.getPrincipal())))
				.then(Mono.error(ex)));
	}

}
