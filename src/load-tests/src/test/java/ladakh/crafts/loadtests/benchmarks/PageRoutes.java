package ladakh.crafts.loadtests.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The marketplace's GET routes, read from its own handler mappings (annotated controllers
 * and functional routes) the way the authorization matrix lists them, and the concrete
 * path the benchmark requests for each, with the demo data's ids.
 */
final class PageRoutes {

	private static final Pattern FUNCTIONAL_GET = Pattern.compile("\\bGET && (/[^\\s)]*)");

	private PageRoutes() {
	}

	/** Every GET route pattern the marketplace maps, sorted. */
	static Set<String> get(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> {
				Set<?> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty() || methods.stream().anyMatch((method) -> method.toString().equals("GET"))) {
					info.getPatternsCondition()
						.getPatterns()
						.forEach((pattern) -> routes.add(pattern.getPatternString()));
				}
			}));
		context.getBeansOfType(RouterFunctionMapping.class).values().forEach((mapping) -> {
			RouterFunction<?> functions = mapping.getRouterFunction();
			if (functions != null) {
				functions.accept(new Predicates((predicate) -> {
					Matcher matcher = FUNCTIONAL_GET.matcher(predicate.toString());
					while (matcher.find()) {
						routes.add(matcher.group(1));
					}
				}));
			}
		});
		return routes;
	}

	/**
	 * The path (and query) to request for a route pattern.
	 * @param pattern the route's pattern
	 * @param ids the demo's ids by name ({@code seller}, {@code listing},
	 * {@code order}...)
	 * @param ownListing the listing of the person's own shop, for the seller's pages
	 * @return the path, or empty when the demo has nothing to fill a variable with
	 */
	static Optional<String> path(String pattern, Map<String, String> ids, String ownListing) {
		String query = switch (pattern) {
			case "/search", "/api/v1/search" -> "?q=pashmina";
			case "/api/v1/suggest" -> "?q=pash";
			case "/verify" -> "?number=" + ids.get("registration");
			case "/register/artisan/submitted" -> "?reference=X";
			case "/checkout/return" -> "?order=" + ids.get("order");
			case "/listings/{id}/review" -> "?part=" + ids.get("deliveredPart");
			default -> "";
		};
		String path = pattern.replace("{*number}", ids.get("registration"))
			.replace("{slug}", ids.get("craft"))
			.replace("{sellerId}", ids.get("seller"))
			.replace("{partId}", ids.get("part"));
		if (path.contains("{id}")) {
			String id = idFor(path, ids, ownListing);
			if (id == null) {
				return Optional.empty();
			}
			path = path.replace("{id}", id);
		}
		return path.contains("{") ? Optional.empty() : Optional.of(path + query);
	}

	private static String idFor(String path, Map<String, String> ids, String ownListing) {
		Function<String, Boolean> under = path::startsWith;
		if (under.apply("/exhibitions/") && path.endsWith("/draw")) {
			return ids.get("drawnExhibition");
		}
		if (under.apply("/media/")) {
			return ids.get("photo");
		}
		if (under.apply("/staff/applications/")) {
			return ids.get("application");
		}
		if (under.apply("/staff/sellers/") || under.apply("/sellers/")) {
			return ids.get("seller");
		}
		if (under.apply("/staff/shgs/")) {
			return ids.get("shg");
		}
		if (under.apply("/staff/centres/")) {
			return ids.get("centre");
		}
		if (under.apply("/seller/listings/") || under.apply("/api/v1/seller/listings/")) {
			return ownListing;
		}
		if (under.apply("/listings/") || under.apply("/api/v1/listings/") || under.apply("/staff/listings/")) {
			return ids.get("listing");
		}
		if (under.apply("/exhibitions/") || under.apply("/staff/exhibitions/") || under.apply("/seller/exhibitions/")) {
			return ids.get("exhibition");
		}
		if (under.apply("/admin/search/synonyms/")) {
			return ids.get("synonyms");
		}
		if (under.apply("/orders/") || under.apply("/api/v1/orders/") || under.apply("/checkout/placed/")) {
			return ids.get("order");
		}
		return null;
	}

	/** Hands each functional route's predicate to a sink. */
	private record Predicates(Consumer<RequestPredicate> sink) implements RouterFunctions.Visitor {

		@Override
		public void startNested(RequestPredicate predicate) {
		}

		@Override
		public void endNested(RequestPredicate predicate) {
		}

		@Override
		public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
			this.sink.accept(predicate);
		}

		@Override
		public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {
		}

		@Override
		public void attributes(Map<String, Object> attributes) {
		}

		@Override
		public void unknown(RouterFunction<?> routerFunction) {
		}

	}

}
