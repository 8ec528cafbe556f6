package ladakh.crafts.marketplace.system.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.testsupport.RoutePredicates;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The API describes itself: every {@code /api/v1} route the application maps (read from
 * its handler mappings, so a new endpoint is checked without anyone listing it) is in the
 * OpenAPI document at {@code /v3/api-docs}, with its ProblemDetail answers and the ways
 * of signing in, and what the document says about who may call matches what the rules do.
 */
@MockServerTest
class ApiDocumentationTests {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Autowired
	WebTestClient http;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	private JsonNode document;

	@BeforeEach
	void readTheDocument() {
		byte[] body = this.http.get()
			.uri("/v3/api-docs")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		this.document = this.json.readTree(body);
		// The document as served, for a reader of the build (target/api-docs.json).
		try {
			java.nio.file.Files.write(java.nio.file.Path.of("target/api-docs.json"), body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void everyApiRouteIsDocumentedWithItsProblemDetailAnswers() {
		Map<String, Route> routes = apiRoutes();
		assertThat(routes).as("/api/v1 routes found in the handler mappings").hasSizeGreaterThan(20);
		List<String> missing = new ArrayList<>();
		List<String> withoutErrors = new ArrayList<>();
		routes.forEach((key, route) -> {
			JsonNode operation = operation(route.method(), route.pattern());
			if (operation == null) {
				missing.add(key);
				return;
			}
			List<String> problems = new ArrayList<>();
			operation.path("responses").properties().forEach((answer) -> {
				if (answer.getKey().startsWith("4") && PROBLEM_REF.equals(answer.getValue()
					.path("content")
					.path("application/problem+json")
					.path("schema")
					.path("$ref")
					.asString(""))) {
					problems.add(answer.getKey());
				}
			});
			if (problems.isEmpty() || !problems.contains("401")) {
				withoutErrors.add(key + " " + problems);
			}
		});
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(missing).as("mapped /api/v1 routes missing from /v3/api-docs").isEmpty();
			softly.assertThat(withoutErrors)
				.as("routes documented without their ProblemDetail answers (401 and others)")
				.isEmpty();
		});
	}

	@Test
	void theAnswersFollowTheRoute() {
		List<String> wrong = new ArrayList<>();
		documentedRoutes().forEach((key, route) -> {
			JsonNode responses = operation(route.method(), route.pattern()).path("responses");
			boolean write = WRITES.contains(route.method());
			expect(wrong, key, responses, "429", true);
			expect(wrong, key, responses, "404", route.pattern().contains("{"));
			expect(wrong, key, responses, "413", write);
			if (write) {
				expect(wrong, key, responses, "400", true);
				expect(wrong, key, responses, "403", true);
			}
			if (!responses.properties().stream().anyMatch((answer) -> answer.getKey().startsWith("2"))) {
				wrong.add(key + " has no 2xx answer");
			}
		});
		assertThat(wrong).isEmpty();
		JsonNode photos = operation("POST", "/api/v1/seller/listings/{id}/photos").path("responses");
		assertThat(photos.path("413").path("description").asString()).contains("8.25 MB");
		assertThat(photos.path("503").path("content").has("application/problem+json")).isTrue();
		JsonNode checkout = operation("POST", "/api/v1/checkout").path("responses");
		assertThat(checkout.has("409")).isTrue();
		assertThat(checkout.path("429").path("description").asString()).contains("checkout attempts");
		assertThat(operation("PUT", "/api/v1/seller/listings/{id}").path("responses").has("409")).isTrue();
		// What creates something says 201, as it answers.
		for (String[] created : new String[][] { { "POST", "/api/v1/seller/listings" },
				{ "POST", "/api/v1/seller/listings/{id}/photos" }, { "POST", "/api/v1/checkout" } }) {
			JsonNode answers = operation(created[0], created[1]).path("responses");
			assertThat(answers.has("201")).as(created[1]).isTrue();
			assertThat(answers.has("200")).as(created[1]).isFalse();
		}
	}

	@Test
	void requestAndResponseBodiesHaveSchemas() {
		List<String> wrong = new ArrayList<>();
		documentedRoutes().forEach((key, route) -> {
			JsonNode operation = operation(route.method(), route.pattern());
			if (route.readsBody() && operation.path("requestBody").path("content").isEmpty()) {
				wrong.add(key + " has no request body schema");
			}
		});
		documentedRoutes().forEach((key, route) -> operation(route.method(), route.pattern()).path("responses")
			.properties()
			.stream()
			.filter((answer) -> answer.getKey().startsWith("2"))
			.forEach((answer) -> answer.getValue().path("content").forEach((media) -> {
				JsonNode schema = resolve(media.path("schema"));
				boolean named = schema.has("properties") || schema.has("items") || schema.has("enum")
						|| !"object".equals(schema.path("type").asString("object"));
				if (schema.isMissingNode() || !named) {
					wrong.add(key + " answers " + answer.getKey() + " without saying what: " + media);
				}
			})));
		assertThat(wrong).isEmpty();
		JsonNode listing = resolve(operation("GET", "/api/v1/seller/listings/{id}").path("responses")
			.path("200")
			.path("content")
			.iterator()
			.next()
			.path("schema"));
		assertThat(listing.path("properties").propertyNames()).contains("id", "status", "price", "version", "photos");
		JsonNode request = resolve(operation("POST", "/api/v1/seller/listings").path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema"));
		assertThat(request.path("properties").propertyNames()).contains("title", "price", "stock", "version");
		JsonNode search = resolve(operation("GET", "/api/v1/search").path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("schema"));
		assertThat(search.path("properties").propertyNames()).as("the search answer, not another type's Response")
			.contains("total", "hits", "facets", "limited");
		JsonNode photo = operation("POST", "/api/v1/seller/listings/{id}/photos").path("requestBody")
			.path("content")
			.path("multipart/form-data")
			.path("schema")
			.path("properties")
			.path("photo");
		assertThat(photo.path("format").asString()).isEqualTo("binary");
		JsonNode ship = resolve(operation("POST", "/api/v1/seller/orders/{partId}/ship").path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema"));
		assertThat(ship.path("properties").propertyNames()).contains("carrier", "trackingNumber");
		assertThat(this.document.path("components").path("schemas").propertyNames())
			.as("framework types taken for parts of the request")
			.doesNotContain("WebSession", "ServerWebExchange", "MarketplaceUser", "Locale");
		JsonNode problem = this.document.path("components").path("schemas").path("Problem");
		assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "instance",
				"code", "errors");
	}

	@Test
	void bothWaysOfSigningInAreDescribedAndWritesNeedTheCsrfTokenWithTheSession() {
		JsonNode schemes = this.document.path("components").path("securitySchemes");
		assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
		assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
		assertThat(schemes.path("session").path("name").asString()).isEqualTo("SESSION");
		assertThat(schemes.path("csrf").path("in").asString()).isEqualTo("header");
		assertThat(schemes.path("csrf").path("name").asString()).isEqualTo("X-XSRF-TOKEN");
		List<String> wrong = new ArrayList<>();
		documentedRoutes().forEach((key, route) -> {
			Set<String> ways = new TreeSet<>();
			operation(route.method(), route.pattern()).path("security")
				.forEach((way) -> ways.add(String.join("+", way.propertyNames())));
			Set<String> expected = new TreeSet<>(
					Set.of("basic", WRITES.contains(route.method()) ? "csrf+session" : "session"));
			ways.remove("");
			if (!ways.equals(expected)) {
				wrong.add(key + " " + ways);
			}
		});
		assertThat(wrong).isEmpty();
	}

	/**
	 * An operation documented as open to anyone (an empty security entry) is not refused
	 * to an anonymous caller; any other one is, with 401. The request carries a CSRF
	 * token, so the rules answer, not the CSRF check.
	 */
	@Test
	void whatTheDocumentSaysAboutWhoMayCallIsWhatTheRulesDo() {
		List<String> wrong = new ArrayList<>();
		documentedRoutes().forEach((key, route) -> {
			boolean open = false;
			for (JsonNode way : operation(route.method(), route.pattern()).path("security")) {
				open |= way.isEmpty();
			}
			String path = route.pattern().replaceAll("\\{[^}]+}", "api-docs-no-such-id");
			WebTestClient.RequestBodySpec request = this.http.mutateWith(csrf())
				.method(HttpMethod.valueOf(route.method()))
				.uri(path)
				.accept(MediaType.APPLICATION_JSON);
			EntityExchangeResult<byte[]> result = (WRITES.contains(route.method()) && route.readsBody())
					? request.contentType(MediaType.APPLICATION_JSON)
						.bodyValue("{}")
						.exchange()
						.expectBody()
						.returnResult()
					: request.exchange().expectBody().returnResult();
			int status = result.getStatus().value();
			if (status >= 500 || (open ? (status == 401 || status == 403) : status != 401)) {
				wrong.add(key + (open ? " (documented public)" : " (documented protected)") + " answered " + status
						+ " to an anonymous caller");
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyNoteNamesARealRouteAndEveryDocumentedPathIsMapped() {
		Set<String> mapped = apiRoutes().keySet();
		Set<String> noted = new TreeSet<>(RouteNotes.NOTES.keySet());
		noted.addAll(RouteNotes.PUBLIC);
		noted.addAll(RouteNotes.SUCCESS.keySet());
		noted.addAll(RouteNotes.BODIES.keySet());
		noted.removeAll(mapped);
		assertThat(noted).as("notes on routes that are not mapped").isEmpty();
		Set<String> documented = new TreeSet<>();
		this.document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> documented.add(method.toUpperCase() + " " + path.getKey())));
		documented.removeAll(mapped);
		assertThat(documented).as("documented operations no handler serves").isEmpty();
	}

	@Test
	void theDocumentIsPublicReadOnlyAndUnderTheStrictPolicyAndNoUiIsServed() {
		HttpHeaders headers = this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.returnResult(String.class)
			.getResponseHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(this.document.path("openapi").asString()).startsWith("3.");
		this.http.get().uri("/v3/api-docs.yaml").exchange().expectStatus().isOk();
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
			EntityExchangeResult<byte[]> refused = this.http.mutateWith(csrf())
				.method(method)
				.uri("/v3/api-docs")
				.exchange()
				.expectBody()
				.returnResult();
			int status = refused.getStatus().value();
			if (status == 302) {
				// An anonymous browser is sent to sign in: the rules refused.
				assertThat(refused.getResponseHeaders().getLocation()).as(method.name()).hasPath("/login");
			}
			else {
				assertThat(status).as(method.name()).isIn(401, 403, 405);
			}
		}
		for (String ui : List.of("/swagger-ui.html", "/swagger-ui/index.html", "/webjars/swagger-ui/index.html")) {
			this.http.get().uri(ui).exchange().expectStatus().isNotFound();
		}
	}

	// ------------------------------------------------------------------ the document

	private JsonNode operation(String method, String pattern) {
		JsonNode operation = this.document.path("paths").path(pattern).path(method.toLowerCase());
		return operation.isMissingNode() ? null : operation;
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.isEmpty()) {
			return schema;
		}
		return this.document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static void expect(List<String> wrong, String key, JsonNode responses, String status, boolean expected) {
		boolean problem = PROBLEM_REF.equals(responses.path(status)
			.path("content")
			.path("application/problem+json")
			.path("schema")
			.path("$ref")
			.asString(""));
		if (expected && !problem) {
			wrong.add(key + " lacks its " + status + " ProblemDetail answer");
		}
	}

	// ------------------------------------------------------------------ the routes

	/**
	 * The mapped routes the document has (a missing one is reported by
	 * {@link #everyApiRouteIsDocumentedWithItsProblemDetailAnswers}).
	 */
	private Map<String, Route> documentedRoutes() {
		Map<String, Route> routes = apiRoutes();
		routes.values().removeIf((route) -> operation(route.method(), route.pattern()) == null);
		return routes;
	}

	/** A mapped route, and whether its handler reads a JSON body it declares. */
	record Route(String method, String pattern, boolean readsBody) {

	}

	/** "METHOD /pattern" of every mapped /api/v1 route, from the handler mappings. */
	private Map<String, Route> apiRoutes() {
		Map<String, Route> routes = new TreeMap<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("GET");
					methods.add("POST");
				}
				info.getPatternsCondition().getPatterns().forEach((pattern) -> {
					String path = pattern.getPatternString();
					if (path.startsWith("/api/v1/")) {
						methods.forEach((method) -> routes.put(method + " " + path,
								new Route(method, path, readsBody(handler))));
					}
				});
			}));
		Pattern predicate = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) && (/[^\\s)]*)");
		this.context.getBeansOfType(RouterFunctionMapping.class).values().forEach((mapping) -> {
			RouterFunction<?> functions = mapping.getRouterFunction();
			if (functions != null) {
				functions.accept(new RoutePredicates((requestPredicate) -> {
					Matcher matcher = predicate.matcher(requestPredicate.toString());
					while (matcher.find()) {
						if (matcher.group(2).startsWith("/api/v1/")) {
							routes.put(matcher.group(1) + " " + matcher.group(2),
									new Route(matcher.group(1), matcher.group(2), false));
						}
					}
				}));
			}
		});
		return routes;
	}

	private static boolean readsBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return true;
			}
		}
		return false;
	}

}
