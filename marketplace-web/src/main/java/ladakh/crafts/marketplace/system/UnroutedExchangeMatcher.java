package ladakh.crafts.marketplace.system;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Matches requests that no handler serves at all, so the security rules can let them
 * through to routing, which answers with the 404 page. Requests that do reach a handler
 * never match: they need an explicit rule or they are denied.
 */
class UnroutedExchangeMatcher implements ServerWebExchangeMatcher {

	private final ObjectProvider<DispatcherHandler> dispatcher;

	UnroutedExchangeMatcher(ObjectProvider<DispatcherHandler> dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return Flux.fromIterable(this.dispatcher.getObject().getHandlerMappings())
			.concatMap((mapping) -> handler(mapping, exchange))
			.hasElements()
			.flatMap((routed) -> routed ? MatchResult.notMatch() : MatchResult.match());
	}

	private Mono<Object> handler(HandlerMapping mapping, ServerWebExchange exchange) {
		// A mapping that rejects the request (wrong method, media type) proves the path
		// exists.
		return mapping.getHandler(exchange).onErrorResume((ex) -> Mono.just(ex));
	}

}
