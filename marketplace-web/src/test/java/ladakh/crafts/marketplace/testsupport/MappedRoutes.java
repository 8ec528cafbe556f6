package ladakh.crafts.marketplace.testsupport;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's own route list: "METHOD pattern" of every mapped handler method and
 * router function route ({@code ANY} for a handler that takes every method).
 */
public final class MappedRoutes {

	private static final Pattern FUNCTIONAL = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) && (/[^\\s)]*)");

	private MappedRoutes() {
	}

	public static Set<String> of(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				info.getPatternsCondition()
					.getPatterns()
					.forEach((pattern) -> methods
						.forEach((method) -> routes.add(method + " " + pattern.getPatternString())));
			}));
		context.getBeansOfType(RouterFunctionMapping.class).values().forEach((mapping) -> {
			RouterFunction<?> functions = mapping.getRouterFunction();
			if (functions == null) {
				return;
			}
			functions.accept(new RoutePredicates((predicate) -> {
				Matcher matcher = FUNCTIONAL.matcher(predicate.toString());
				while (matcher.find()) {
					routes.add(matcher.group(1) + " " + matcher.group(2));
				}
			}));
		});
		return routes;
	}

}
