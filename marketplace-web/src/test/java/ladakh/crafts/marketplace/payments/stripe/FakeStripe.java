package ladakh.crafts.marketplace.payments.stripe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Stripe's API: {@code POST /v1/checkout/sessions},
 * {@code POST /v1/checkout/sessions/<id>/expire} and {@code POST /v1/refunds}. Like
 * Stripe, a request with an idempotency key it has already answered gets the same object
 * back, so nothing is created twice; a session's {@code expires_at} must lie between 30
 * minutes and 24 hours ahead; a PaymentIntent is refunded at most once in full. It
 * records every request with its {@code Idempotency-Key}, and can fail on demand: with a
 * 500 before doing anything, or with a 500 after creating the object (the answer lost on
 * the way).
 */
public final class FakeStripe implements AutoCloseable {

	/** One request as received. */
	public record Received(String path, String idempotencyKey, Map<String, String> form) {

	}

	private final HttpServer server;

	private final List<Received> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final Map<String, String> created = new ConcurrentHashMap<>();

	private final AtomicInteger failBefore = new AtomicInteger();

	private final AtomicInteger failAfter = new AtomicInteger();

	private final AtomicInteger sequence = new AtomicInteger();

	/** Refund id to the PaymentIntent it refunded. */
	private final Map<String, String> refunded = new ConcurrentHashMap<>();

	/** Session ids that were expired through the API. */
	private final Set<String> expired = ConcurrentHashMap.newKeySet();

	private FakeStripe(HttpServer server) {
		this.server = server;
	}

	public static FakeStripe start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeStripe fake = new FakeStripe(server);
			server.createContext("/v1/checkout/sessions", (exchange) -> {
				if (exchange.getRequestURI().getPath().endsWith("/expire")) {
					fake.expire(exchange);
				}
				else {
					fake.answer(exchange, "cs_test_");
				}
			});
			server.createContext("/v1/refunds", (exchange) -> fake.answer(exchange, "re_test_"));
			server.start();
			return fake;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The next request answers 500 and creates nothing. */
	public void failNextBeforeCreating() {
		this.failBefore.incrementAndGet();
	}

	/** The next request creates its object, then answers 500 (the reply is lost). */
	public void failNextAfterCreating() {
		this.failAfter.incrementAndGet();
	}

	/** The expire calls Stripe received for a session. */
	public List<Received> expireCalls(String sessionId) {
		return requests("/v1/checkout/sessions/" + sessionId + "/expire");
	}

	/** The refunds made of a PaymentIntent (at most one: Stripe refuses a second). */
	public List<String> refundsOf(String paymentIntent) {
		return this.refunded.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(paymentIntent))
			.map(Map.Entry::getKey)
			.toList();
	}

	public List<Received> requests(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).toList();
	}

	/**
	 * Objects created under a key, ids starting with the prefix ({@code cs_},
	 * {@code re_}).
	 */
	public List<String> created(String prefix) {
		return new ArrayList<>(this.created.values().stream().filter((id) -> id.startsWith(prefix)).toList());
	}

	/** The id of the object created under an idempotency key, or {@code null}. */
	public String createdUnder(String key) {
		return this.created.get(key);
	}

	/** What the session created for an order looks like as Stripe would describe it. */
	public static String sessionUrl(String sessionId) {
		return "https://checkout.stripe.test/c/pay/" + sessionId;
	}

	/** One request at a time, like Stripe's handling of one idempotency key. */
	private synchronized void answer(HttpExchange exchange, String prefix) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			Map<String, String> form = form(body);
			this.requests.add(new Received(exchange.getRequestURI().getPath(), key, form));
			if (!"POST".equals(exchange.getRequestMethod())) {
				send(exchange, 405, error("invalid_request_error", "Only POST here"));
				return;
			}
			if (this.failBefore.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				send(exchange, 500, error("api_error", "Fake outage before creating"));
				return;
			}
			String json = (key != null) ? this.answers.get(key) : null;
			if (json == null) {
				String refused = prefix.startsWith("cs_") ? refusedSession(form) : refusedRefund(form);
				if (refused != null) {
					send(exchange, 400, error("invalid_request_error", refused));
					return;
				}
				String id = prefix + this.sequence.incrementAndGet();
				if (prefix.startsWith("re_")) {
					this.refunded.put(id, form.get("payment_intent"));
				}
				json = prefix.startsWith("cs_") ? session(id, form) : refund(id, form);
				if (key != null) {
					this.answers.put(key, json);
					this.created.put(key, id);
				}
			}
			if (this.failAfter.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				send(exchange, 500, error("api_error", "Fake outage after creating"));
				return;
			}
			send(exchange, 200, json);
		}
	}

	/** Stripe's rule: a session expires between 30 minutes and 24 hours from now. */
	private static String refusedSession(Map<String, String> form) {
		String expiresAt = form.get("expires_at");
		if (expiresAt == null) {
			return null;
		}
		long ahead = Long.parseLong(expiresAt) - System.currentTimeMillis() / 1000;
		return (ahead < 30 * 60 || ahead > 24 * 3600) ? "expires_at must be 30 minutes to 24 hours from now" : null;
	}

	private String refusedRefund(Map<String, String> form) {
		return this.refunded.containsValue(String.valueOf(form.get("payment_intent")))
				? "Charge for " + form.get("payment_intent") + " has already been refunded" : null;
	}

	private synchronized void expire(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			String path = exchange.getRequestURI().getPath();
			this.requests.add(new Received(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"), Map.of()));
			if (this.failBefore.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				send(exchange, 500, error("api_error", "Fake outage before expiring"));
				return;
			}
			String id = path.substring("/v1/checkout/sessions/".length(), path.length() - "/expire".length());
			if (!this.created.containsValue(id)) {
				send(exchange, 404, error("invalid_request_error", "No such checkout.session: " + id));
				return;
			}
			if (!this.expired.add(id)) {
				send(exchange, 400, error("invalid_request_error", "Only open sessions can be expired"));
				return;
			}
			send(exchange, 200, "{\"id\":\"" + id
					+ "\",\"object\":\"checkout.session\",\"status\":\"expired\",\"payment_status\":\"unpaid\"}");
		}
	}

	private static String session(String id, Map<String, String> form) {
		return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"url\":\"" + sessionUrl(id)
				+ "\",\"status\":\"open\",\"payment_status\":\"unpaid\",\"mode\":\"payment\",\"client_reference_id\":\""
				+ form.get("client_reference_id") + "\",\"currency\":\""
				+ form.get("line_items[0][price_data][currency]") + "\",\"amount_total\":"
				+ form.get("line_items[0][price_data][unit_amount]") + "}";
	}

	private static String refund(String id, Map<String, String> form) {
		return "{\"id\":\"" + id + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"amount\":" + form.get("amount")
				+ ",\"currency\":\"inr\",\"payment_intent\":\"" + form.get("payment_intent") + "\"}";
	}

	private static String error(String type, String message) {
		return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Request-Id", "req_fake_" + System.nanoTime());
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		if (body.isEmpty()) {
			return form;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			form.put(name, value);
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
