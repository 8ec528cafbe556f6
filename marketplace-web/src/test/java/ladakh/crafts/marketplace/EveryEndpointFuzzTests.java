package ladakh.crafts.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.RoutePredicates;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Property-based fuzzing (jqwik) of every route the application maps, taken from its own
 * handler mappings so a new endpoint is fuzzed without anyone listing it: JSON bodies
 * shaped like each handler's {@code @RequestBody} record with wrong types, fractions,
 * overflowing and negative numbers, NoSQL operators ({@code {"$gt": ""}},
 * {@code $where}), huge, empty and control-character strings and unknown ids in their
 * fields; forms and multipart forms with the field names the templates use; query strings
 * and path ids likewise. Each route is called as the person it is for ({@link #who}),
 * with a CSRF token.
 * <p>
 * What must hold for every request: no answer is a 5xx, and a refused request (4xx)
 * leaves the seeded records and the size of every business collection exactly as they
 * were, so nothing is ever written partly. Each property is one group of routes; every
 * try sends one generated request to each route of its group.
 * <p>
 * Spring's test context is prepared by hand ({@link TestContextManager}): jqwik runs
 * beside Jupiter and does not use Spring's extension; the context is the one the other
 * {@link MockServerTest} classes share.
 */
@MockServerTest
class EveryEndpointFuzzTests {

	private static final TestContextManager SPRING = new TestContextManager(EveryEndpointFuzzTests.class);

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String SELLER = "art-fz-" + RUN;

	private static final MarketplaceUser BUYER = SignedIn.user("usr-fz-buyer-" + RUN, "fz-" + RUN + "@example.in",
			Set.of(Role.BUYER), null);

	/** The collections whose size a refused request must not change. */
	private static final List<String> COUNTED = List.of("listings", "orders", "order_parts", "sellers", "users",
			"artisan_applications", "shg_fund_entries", "search_synonyms", "centre_batches", "payment_events",
			"buyer_holds", "carts");

	/** Written by the catalog sync in the background, not by requests. */
	private static final Set<String> BACKGROUND_FIELDS = Set.of("dirty", "dirtySince");

	/** Not fuzzed: signing out ends the session the other requests use. */
	private static final Set<String> NOT_FUZZED = Set.of("POST /logout");

	private static volatile Seeded seeded;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	EveryEndpointFuzzTests() throws Exception {
		SPRING.prepareTestInstance(this);
		if (seeded == null) {
			seeded = seed();
		}
	}

	// ------------------------------------------------------------------ properties

	@Property(tries = 30, shrinking = ShrinkingMode.OFF)
	void everyJsonEndpointAnswersBelow500AndARefusalWritesNothing(@ForAll("jsonRequests") List<Call> calls) {
		calls.forEach(this::check);
	}

	@Property(tries = 12, shrinking = ShrinkingMode.OFF)
	void everyFormAnswersBelow500AndARefusalWritesNothing(@ForAll("formRequests") List<Call> calls) {
		calls.forEach(this::check);
	}

	@Property(tries = 10, shrinking = ShrinkingMode.OFF)
	void everyPageAndQueryAnswersBelow500(@ForAll("readRequests") List<Call> calls) {
		calls.forEach(this::check);
	}

	@Provide
	Arbitrary<List<Call>> jsonRequests() {
		return calls(routes().stream().filter(Route::json).toList());
	}

	@Provide
	Arbitrary<List<Call>> formRequests() {
		return calls(routes().stream().filter((route) -> !route.json() && route.method() != HttpMethod.GET).toList());
	}

	@Provide
	Arbitrary<List<Call>> readRequests() {
		return calls(routes().stream().filter((route) -> route.method() == HttpMethod.GET).toList());
	}

	private Arbitrary<List<Call>> calls(List<Route> routes) {
		assertThat(routes).as("routes found in the application's mappings").isNotEmpty();
		List<Arbitrary<Call>> each = routes.stream().map(this::call).toList();
		return Combinators.combine(each).as(List::copyOf);
	}

	// ------------------------------------------------------------------ one request

	/** One generated request. */
	record Call(Route route, String path, Object body, MediaType contentType) {

		@Override
		public String toString() {
			String shown = String.valueOf(this.body);
			return this.route.key() + " → " + this.path + " "
					+ ((shown.length() > 300) ? shown.substring(0, 300) + "…" : shown);
		}

	}

	/**
	 * The state after the last write request (a GET writes nothing), so each write
	 * request costs one snapshot.
	 */
	private Snapshot last;

	private void check(Call call) {
		boolean writes = call.route().method() != HttpMethod.GET;
		if (writes && this.last == null) {
			this.last = snapshot();
		}
		EntityExchangeResult<byte[]> result = send(call);
		int status = result.getStatus().value();
		assertThat(status).as("%s answered %d", call, status).isLessThan(500);
		if (writes) {
			Snapshot now = snapshot();
			if (status >= 400) {
				assertThat(this.last.differences(now)).as("%s was refused (%d) but wrote", call, status).isEmpty();
			}
			this.last = now;
		}
	}

	private EntityExchangeResult<byte[]> send(Call call) {
		WebTestClient client = this.http.mutateWith(csrf());
		MarketplaceUser who = who(call.route().pattern());
		if (who != null) {
			client = client.mutateWith(SignedIn.as(who));
		}
		WebTestClient.RequestBodySpec request = client.method(call.route().method())
			.uri(java.net.URI.create(call.path()))
			.accept(call.path().startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (call.body() == null) {
			return request.exchange().expectBody().returnResult();
		}
		if (call.body() instanceof MultiValueMap<?, ?> parts
				&& MediaType.MULTIPART_FORM_DATA.equals(call.contentType())) {
			@SuppressWarnings("unchecked")
			MultiValueMap<String, ?> multipart = (MultiValueMap<String, ?>) parts;
			return request.body(BodyInserters.fromMultipartData(multipart)).exchange().expectBody().returnResult();
		}
		if (call.body() instanceof MultiValueMap<?, ?> form) {
			@SuppressWarnings("unchecked")
			MultiValueMap<String, String> fields = (MultiValueMap<String, String>) form;
			return request.body(BodyInserters.fromFormData(fields)).exchange().expectBody().returnResult();
		}
		byte[] bytes;
		try {
			bytes = (call.body() instanceof String raw) ? raw.getBytes(StandardCharsets.UTF_8)
					: this.json.writeValueAsBytes(call.body());
		}
		catch (RuntimeException ex) {
			// Text JSON cannot carry as such (half a surrogate pair): send it escaped.
			bytes = "{\"title\": {\"en\": \"\\ud800\"}, \"reason\": \"\\ud800\"}".getBytes(StandardCharsets.UTF_8);
		}
		return request.contentType(call.contentType()).bodyValue(bytes).exchange().expectBody().returnResult();
	}

	/** Who calls a route: the person it is for, so the request reaches its handler. */
	private static MarketplaceUser who(String pattern) {
		if (pattern.startsWith("/staff") || pattern.startsWith("/admin") || pattern.startsWith("/api/v1/staff")
				|| pattern.startsWith("/api/v1/admin")) {
			return SignedIn.admin();
		}
		if (pattern.startsWith("/seller") || pattern.startsWith("/api/v1/seller")) {
			return SignedIn.seller(SELLER);
		}
		if (pattern.startsWith("/register") || pattern.startsWith("/signup") || pattern.startsWith("/login")
				|| pattern.startsWith("/verify") || pattern.startsWith("/webhooks")) {
			return null;
		}
		return BUYER;
	}

	// ------------------------------------------------------------------ generators

	private Arbitrary<Call> call(Route route) {
		Arbitrary<String> path = path(route.pattern());
		if (route.method() == HttpMethod.GET || route.method() == HttpMethod.DELETE && !route.json()) {
			return Combinators.combine(path, query()).as((p, q) -> new Call(route, p + q, null, null));
		}
		if (route.multipart()) {
			return Combinators.combine(path, multipart())
				.as((p, b) -> new Call(route, p, b, MediaType.MULTIPART_FORM_DATA));
		}
		if (!route.json()) {
			Arbitrary<Object> form = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, form().map(Object.class::cast)),
					net.jqwik.api.Tuple.of(1, rawForm()));
			return Combinators.combine(path, form)
				.as((p, b) -> new Call(route, p, b, MediaType.APPLICATION_FORM_URLENCODED));
		}
		Arbitrary<Object> body = (route.bodyType() != null)
				? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, shaped(route.bodyType(), 0)),
						net.jqwik.api.Tuple.of(1, rawBody()), net.jqwik.api.Tuple.of(1, looseObject()))
				: Arbitraries.oneOf(looseObject(), rawBody());
		Arbitrary<MediaType> type = Arbitraries.frequency(net.jqwik.api.Tuple.of(9, MediaType.APPLICATION_JSON),
				net.jqwik.api.Tuple.of(1, MediaType.TEXT_PLAIN));
		return Combinators.combine(path, body, type).as((p, b, t) -> new Call(route, p, b, t));
	}

	/** The route's pattern with each variable a seeded id or a fuzz value. */
	private Arbitrary<String> path(String pattern) {
		Matcher variables = Pattern.compile("\\{\\*?([^}]+)}").matcher(pattern);
		List<Arbitrary<String>> parts = new ArrayList<>();
		int at = 0;
		while (variables.find()) {
			String literal = pattern.substring(at, variables.start());
			parts.add(Arbitraries.just(literal));
			parts.add(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(seeded.ids())),
					net.jqwik.api.Tuple.of(4, fuzzText().map(EveryEndpointFuzzTests::pathSegment))));
			at = variables.end();
		}
		parts.add(Arbitraries.just(pattern.substring(at)));
		return Combinators.combine(parts).as((pieces) -> String.join("", pieces));
	}

	private static String pathSegment(String text) {
		String shortened = (text.length() > 300) ? text.substring(0, 300) : text;
		String encoded = java.net.URLEncoder.encode(shortened, StandardCharsets.UTF_8).replace("+", "%20");
		return encoded.isEmpty() ? "%20" : encoded;
	}

	private Arbitrary<String> query() {
		return Arbitraries.maps(Arbitraries.of(fieldNames()), fuzzText().map((text) -> shorten(text, 2000)))
			.ofMaxSize(4)
			.map((params) -> {
				StringBuilder query = new StringBuilder();
				params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
					.append(name)
					.append('=')
					.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
				return query.toString();
			});
	}

	private Arbitrary<MultiValueMap<String, String>> form() {
		return Arbitraries.maps(Arbitraries.of(fieldNames()), formValue()).ofMaxSize(14).map((fields) -> {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			fields.forEach(form::add);
			return form;
		});
	}

	/**
	 * A form body as no browser would encode it: broken percent escapes, half a UTF-8
	 * sequence, bracketed and empty names, a value far longer than any field.
	 */
	private static Arbitrary<Object> rawForm() {
		return Arbitraries
			.of("%zz=1", "reason=%E0%A4", "reason=%", "=&=&", "a=1&a=2&&", "items[0].quantity=1&items[0].listingId=x",
					"address[line1]=x", "reason[$ne]=1", "reason=" + "%41".repeat(20_000), "\u0000=\u0000",
					"reason=a%00b", "name=" + "x".repeat(100_000))
			.map(Object.class::cast);
	}

	private Arbitrary<MultiValueMap<String, org.springframework.http.HttpEntity<?>>> multipart() {
		return Combinators
			.combine(form(), Arbitraries.of("photo", "portrait", "file", "document"),
					Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
			.as((fields, part, bytes) -> {
				MultipartBodyBuilder builder = new MultipartBodyBuilder();
				fields.forEach((name, values) -> values.forEach((value) -> builder.part(name, value)));
				builder.part(part, new ByteArrayResource(bytes) {
					@Override
					public String getFilename() {
						return "fuzz.jpg";
					}
				}).contentType(MediaType.IMAGE_JPEG);
				return builder.build();
			});
	}

	/** A form value: mostly plausible (so handlers go deep), else anything. */
	private Arbitrary<String> formValue() {
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, plausibleText()),
				net.jqwik.api.Tuple.of(5, fuzzText()));
	}

	private Arbitrary<String> plausibleText() {
		List<String> plausible = new ArrayList<>(seeded.ids());
		plausible.addAll(List.of("Tsering Dolma", "9419012345", "194101", "Ladakh", "Leh", "LEH", "UPI", "on", "true",
				"1", "2", "100", "1250.50", LocalDate.now().plusDays(7).toString(), "ACTIVE", "GRANT",
				"pashmina-weaving", "tsering@example.in", "House 12, Changspa", "Fuzz-Peak-7421", "0"));
		return Arbitraries.of(plausible);
	}

	/** Text a careless or hostile client might send. */
	private static Arbitrary<String> fuzzText() {
		return Arbitraries.oneOf(
				Arbitraries.of("", " ", "\t\n", "null", "undefined", "-1", "0", "-2147483648", "2147483648",
						"9223372036854775808", "-9223372036854775809", "1e309", "NaN", "Infinity", "10.5", "-0", "0x1F",
						"1,00,000", "{\"$gt\": \"\"}", "{\"$where\": \"sleep(1000)\"}", "$where", "$ne", "a.b.c",
						"'; return true; var x='", "../../etc/passwd", "%00", "\u0000", "a\u0000b", "\u001b[31mred",
						"\u0085", "\u007f", "\u202eevil", "\ud800", "पश्मीना", "🧣🧣", "<script>alert(1)</script>",
						"lst-does-not-exist", "ord-does-not-exist", "x".repeat(30_000), "ब".repeat(5_000)),
				Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().all().ofMaxLength(12),
				Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4));
	}

	/** A JSON value of the wrong kind for anything. */
	private static Arbitrary<Object> fuzzJsonValue() {
		return Arbitraries.oneOf(fuzzText().map(Object.class::cast),
				Arbitraries
					.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, 10.5, -0.5, 1e308,
							true, false, new BigInteger("99999999999999999999999"))
					.map(Object.class::cast),
				Arbitraries
					.of(List.of(), List.of("a", 1), Map.of("$gt", ""), Map.of("$where", "sleep(1000)"),
							Map.of("$ne", 1), Map.of())
					.map(Object.class::cast),
				Arbitraries.just((Object) null));
	}

	/** A value shaped like the type (records field by field), often wrong in places. */
	private Arbitrary<Object> shaped(Type type, int depth) {
		Class<?> raw = (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (type instanceof Class<?> c) ? c : Object.class;
		Arbitrary<Object> good;
		if (raw == String.class) {
			good = Arbitraries.oneOf(plausibleText(), fuzzText()).map(Object.class::cast);
		}
		else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			good = Arbitraries.oneOf(Arbitraries.integers().between(-5, 50).map(Object.class::cast),
					Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, 100_001, 10.5, 1e20)
						.map(Object.class::cast));
		}
		else if (Number.class.isAssignableFrom(raw)) {
			good = Arbitraries.of(1, 10.5, 1250.123, -3, 1e30, 0).map(Object.class::cast);
		}
		else if (raw == Boolean.class || raw == boolean.class) {
			good = Arbitraries.of(true, false).map(Object.class::cast);
		}
		else if (List.class.isAssignableFrom(raw) && depth < 3) {
			Type element = (type instanceof ParameterizedType parameterized) ? parameterized.getActualTypeArguments()[0]
					: Object.class;
			good = shaped(element, depth + 1).list().ofMaxSize(4).map(Object.class::cast);
		}
		else if (raw.isRecord() && depth < 3) {
			List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
			for (RecordComponent component : raw.getRecordComponents()) {
				Arbitrary<Object> value = shaped(component.getGenericType(), depth + 1);
				fields.add(Arbitraries
					.frequencyOf(net.jqwik.api.Tuple.of(8, value),
							net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) Absent.VALUE)))
					.map((v) -> new java.util.AbstractMap.SimpleEntry<>(component.getName(), v)));
			}
			good = Combinators.combine(fields).as((entries) -> {
				Map<String, Object> object = new LinkedHashMap<>();
				entries.stream()
					.filter((entry) -> entry.getValue() != Absent.VALUE)
					.forEach((entry) -> object.put(entry.getKey(), entry.getValue()));
				return (Object) object;
			});
		}
		else if (raw.isEnum()) {
			good = Arbitraries.of(raw.getEnumConstants()).map((constant) -> (Object) ((Enum<?>) constant).name());
		}
		else {
			good = fuzzJsonValue();
		}
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, good), net.jqwik.api.Tuple.of(1, fuzzJsonValue()));
	}

	private enum Absent {

		VALUE

	}

	/** A JSON object of fields handlers read by name, with anything in them. */
	private static Arbitrary<Object> looseObject() {
		return Arbitraries
			.maps(Arbitraries.of("reason", "carrier", "trackingNumber", "reference", "amount", "amountMinor",
					"listingId", "quantity", "version", "$where", "status"), fuzzJsonValue())
			.ofMaxSize(4)
			.map(Object.class::cast);
	}

	private static Arbitrary<Object> rawBody() {
		return Arbitraries
			.of("", "{", "[]", "null", "not json", "{\"a\":", "{\"$where\": \"1\"}", "[[[[[[[[[[]]]]]]]]]]",
					"{\"reason\": \"\\u0000\"}",
					// Nested far deeper than any body needs: must be refused, not
					// overflow a
					// stack.
					"{\"reason\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}",
					"{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))
			.map(Object.class::cast);
	}

	private static String shorten(String text, int most) {
		return (text.length() > most) ? text.substring(0, most) : text;
	}

	// ------------------------------------------------------------------ routes

	/** A mapped route and what its handler reads. */
	record Route(HttpMethod method, String pattern, boolean json, boolean multipart, Type bodyType) {

		String key() {
			return this.method.name() + " " + this.pattern;
		}

	}

	private List<Route> routes() {
		Map<String, Route> routes = new LinkedHashMap<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().forEach((info, handler) -> {
				for (HttpMethod method : methods(info)) {
					info.getPatternsCondition().getPatterns().forEach((pattern) -> {
						Route route = route(method, pattern.getPatternString(), info, handler);
						routes.putIfAbsent(route.key(), route);
					});
				}
			}));
		Pattern predicate = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) && (/[^\\s)]*)");
		this.context.getBeansOfType(RouterFunctionMapping.class).values().forEach((mapping) -> {
			RouterFunction<?> functions = mapping.getRouterFunction();
			if (functions != null) {
				functions.accept(new RoutePredicates((requestPredicate) -> {
					Matcher matcher = predicate.matcher(requestPredicate.toString());
					while (matcher.find()) {
						HttpMethod method = HttpMethod.valueOf(matcher.group(1));
						String pattern = matcher.group(2);
						routes.putIfAbsent(method + " " + pattern, new Route(method, pattern,
								pattern.startsWith("/api/") && method != HttpMethod.GET, false, null));
					}
				}));
			}
		});
		NOT_FUZZED.forEach(routes::remove);
		return List.copyOf(routes.values());
	}

	private static Set<HttpMethod> methods(RequestMappingInfo info) {
		Set<HttpMethod> methods = new java.util.LinkedHashSet<>();
		info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.asHttpMethod()));
		if (methods.isEmpty()) {
			methods.add(HttpMethod.GET);
			methods.add(HttpMethod.POST);
		}
		return methods;
	}

	private static Route route(HttpMethod method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
		boolean multipart = info.getConsumesCondition()
			.getConsumableMediaTypes()
			.stream()
			.anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
		Type body = null;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = parameter.getGenericParameterType();
			}
		}
		boolean json = !multipart && method != HttpMethod.GET
				&& (body != null || (pattern.startsWith("/api/") && method != HttpMethod.DELETE));
		return new Route(method, pattern, json, multipart, body);
	}

	/**
	 * Every input name the templates' forms use (so forms are filled as pages fill them).
	 */
	private static List<String> fieldNames() {
		return FieldNames.ALL;
	}

	private static final class FieldNames {

		static final List<String> ALL = read();

		private static List<String> read() {
			Set<String> names = new TreeSet<>(List.of("q", "lang", "page", "sort", "status", "done", "line", "problem",
					"id", "sellerId", "$where", "a[$ne]", "items[0].quantity", "address[line1]", "lines[]", "a["));
			Pattern name = Pattern.compile("name=\"([^\"{}$]+)\"");
			try {
				for (Resource template : new PathMatchingResourcePatternResolver()
					.getResources("classpath*:templates/**/*.html")) {
					Matcher matcher = name.matcher(template.getContentAsString(StandardCharsets.UTF_8));
					while (matcher.find()) {
						names.add(matcher.group(1));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			names.remove("_csrf");
			return List.copyOf(names);
		}

	}

	// ------------------------------------------------------------------ what a refusal
	// must leave alone

	record Snapshot(Map<String, Long> counts, Map<String, Document> records) {

		/** What differs in the other snapshot: collection sizes and whole records. */
		List<String> differences(Snapshot other) {
			List<String> differences = new ArrayList<>();
			this.counts.forEach((collection, count) -> {
				if (!count.equals(other.counts().get(collection))) {
					differences.add(collection + ": " + count + " → " + other.counts().get(collection));
				}
			});
			this.records.forEach((key, record) -> {
				if (!java.util.Objects.equals(record, other.records().get(key))) {
					differences.add(key + ": " + record + " → " + other.records().get(key));
				}
			});
			return differences;
		}

	}

	private Snapshot snapshot() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : COUNTED) {
			counts.put(collection, this.mongo.estimatedCount(collection).block());
		}
		Map<String, Document> records = new LinkedHashMap<>();
		seeded.records().forEach((id, collection) -> {
			Document stored = this.mongo.findById(id, Document.class, collection).block();
			if (stored != null) {
				BACKGROUND_FIELDS.forEach(stored::remove);
			}
			records.put(collection + "/" + id, stored);
		});
		return new Snapshot(counts, records);
	}

	// ------------------------------------------------------------------ seed

	/**
	 * Records the fuzzed requests can reach: the fuzz seller's listings, the fuzz buyer's
	 * orders and their parts, an application, a seller.
	 *
	 * @param ids every seeded id (path variables are drawn from them)
	 * @param records id → collection of the records a refusal must leave alone
	 */
	record Seeded(List<String> ids, Map<String, String> records) {

	}

	private Seeded seed() {
		ListingFixtures listings = new ListingFixtures(this.mongo);
		listings.sellingSeller(SELLER);
		new SellerFixtures(this.mongo).artisan(SELLER + "-record", "Fuzz Artisan " + RUN,
				"LEH/HC/2019/9" + RUN.substring(0, 3), "ACTIVE", LocalDate.now().plusYears(2));
		Map<String, String> records = new LinkedHashMap<>();
		String draft = listings.listing(SELLER, "DRAFT");
		String published = listings.listing(SELLER, "PUBLISHED");
		String photo = listings.listingWithPhoto(SELLER, "DRAFT");
		records.put(draft, "listings");
		records.put(published, "listings");
		records.put(photo, "listings");
		records.put(SELLER + "-record", "sellers");
		FulfilmentFixtures orders = new FulfilmentFixtures(this.mongo);
		List<String> ids = new ArrayList<>(List.of(draft, published, photo, ListingFixtures.photoId(photo), SELLER,
				SELLER + "-record", ListingFixtures.CRAFT));
		for (String status : List.of("PAID", "PACKED", "SHIPPED", "DELIVERED")) {
			Document order = orders.order(BUYER.id(), BUYER.login(), "PAID", status,
					new FulfilmentFixtures.Item(SELLER, published, 1, 100_000L));
			String orderId = order.getString("_id");
			String partId = FulfilmentFixtures.partIds(order).get(0);
			// Followed up already, so the order sweeper running meanwhile leaves it
			// alone.
			this.mongo
				.updateFirst(
						org.springframework.data.mongodb.core.query.Query
							.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(orderId)),
						new org.springframework.data.mongodb.core.query.Update().set("paidFollowUp", true), "orders")
				.block();
			records.put(orderId, "orders");
			records.put(partId, "order_parts");
			ids.add(orderId);
			ids.add(partId);
		}
		RegistrationFixtures applications = new RegistrationFixtures(this.mongo).basics();
		String application = applications.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		records.put(application, "artisan_applications");
		ids.add(application);
		return new Seeded(List.copyOf(ids), Map.copyOf(records));
	}

}
