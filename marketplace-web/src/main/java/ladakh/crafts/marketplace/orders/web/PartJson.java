package ladakh.crafts.marketplace.orders.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.shared.TextInput;
import reactor.core.publisher.Mono;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * A seller part as the API answers it: {@code subtotalMinor} the pieces,
 * {@code shippingMinor} the fee the buyer paid for the parcel, {@code totalMinor} both.
 */
record PartJson(String id, String orderId, String orderNumber, String status, List<Line> lines, long subtotalMinor,
		long shippingMinor, long totalMinor, String currency, String carrier, String trackingNumber, Instant shippedAt,
		Instant deliveredAt, String cancelBy, String cancelReason, String refundStatus, Instant createdAt) {

	/**
	 * A step's body holds a few short strings; nesting beyond this is refused before it
	 * can exhaust the parser's stack.
	 */
	private static final int MAX_NESTING = 32;

	private static final JsonMapper READER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
			.build())
		.build();

	/** A line as the seller API has always answered it (paise). */
	record Line(String listingId, String title, int quantity, long unitPriceMinor, long lineTotalMinor,
			boolean madeToOrder) {
	}

	static PartJson of(OrderPart part) {
		return new PartJson(part.id(), part.orderId(), part.orderNumber(), part.status().name(),
				part.lines()
					.stream()
					.map((line) -> new Line(line.listingId(), line.title(), line.quantity(), line.unitPrice().minor(),
							line.lineTotal().minor(), line.madeToOrder()))
					.toList(),
				part.subtotal().minor(), part.shipping().minor(), part.total().minor(),
				part.subtotal().currency().getCurrencyCode(), part.carrier(), part.trackingNumber(), part.shippedAt(),
				part.deliveredAt(), part.cancelBy(), part.cancelReason(), part.refundStatus(), part.createdAt());
	}

	/**
	 * The JSON body, read only after the ownership check so another person's id is 404
	 * whatever was sent; anything but a JSON object is a 400 that says so.
	 */
	static Mono<JsonNode> json(ServerWebExchange exchange) {
		// Read by hand rather than bound, so that a body of the wrong type cannot answer
		// before the ownership check.
		Mono<String> body = DataBufferUtils.join(exchange.getRequest().getBody()).map((buffer) -> {
			String text = buffer.toString(StandardCharsets.UTF_8);
			DataBufferUtils.release(buffer);
			return text;
		});
		return body.map(String::strip).filter((raw) -> !raw.isEmpty()).map((raw) -> {
			JsonNode json;
			try {
				json = READER.readTree(raw);
			}
			catch (RuntimeException ex) {
				json = null;
			}
			if (json == null || !json.isObject()) {
				throw new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.json", null);
			}
			return json;
		}).defaultIfEmpty(READER.createObjectNode());
	}

	/**
	 * A text field of the body; anything but a string (a number, an object such as a
	 * query operator) or text that no field may hold ({@link TextInput}) is refused.
	 */
	static String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isString() ? value.asString() : null;
		if (text == null || TextInput.problem(text) != null) {
			throw new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.json", field);
		}
		return text;
	}

}
