package ladakh.crafts.marketplace.system.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * What the document cannot read from a route: whether anyone may call it, and the
 * refusals only its domain knows (a move from the wrong state, an unavailable gateway).
 * Keyed by {@code "METHOD /pattern"} as the document names operations;
 * ApiDocumentationTests fails when a key names no route, when a route listed as public
 * refuses an anonymous caller, or when an unlisted one does not.
 * <p>
 * Kept here rather than as annotations on the handlers while issue 12 reworks them;
 * moving a note next to its handler (springdoc's {@code @ApiResponse}) keeps it working,
 * since declared answers are completed, not replaced.
 */
final class RouteNotes {

	/** Routes anyone may call, signed in or not (the areas' access rules say so). */
	static final Set<String> PUBLIC = Set.of("GET /api/v1/csrf", "GET /api/v1/search", "GET /api/v1/suggest",
			"GET /api/v1/listings/{id}", "GET /api/v1/cart", "POST /api/v1/cart/items",
			"DELETE /api/v1/cart/items/{listingId}", "GET /api/v1/listings/{id}/reviews");

	record Note(int status, String description, Schema<?> content) {

		Note(int status, String description) {
			this(status, description, null);
		}

	}

	private static final String WRONG_STATE = "A move from the listing's wrong state (e.g. a removed listing).";

	private static final String WRONG_STEP = "A step from the part's wrong status (e.g. shipping before packing).";

	private static final String GATEWAY = "The payment gateway did not answer: the order is placed and held; "
			+ "`orderId`, `orderNumber` and `retry` (the endpoint to try again) say where it is.";

	static final Map<String, List<Note>> NOTES = Map.ofEntries(
			Map.entry("GET /api/v1/search", List.of(new Note(503, "The search index is down and the query has "
					+ "words: `limited: true`, `Retry-After: 60`. Without words the answer is 200 from the store."))),
			Map.entry("PUT /api/v1/seller/listings/{id}",
					List.of(new Note(409,
							"The `version` is stale (reload), "
									+ "the listing is removed, or the stock typed is below what buyers hold."))),
			Map.entry("DELETE /api/v1/seller/listings/{id}", List.of(new Note(409, WRONG_STATE))),
			Map.entry("POST /api/v1/seller/listings/{id}/submit", List.of(new Note(409, WRONG_STATE))),
			Map.entry("POST /api/v1/seller/listings/{id}/pause", List.of(new Note(409, WRONG_STATE))),
			Map.entry("POST /api/v1/seller/listings/{id}/resume", List.of(new Note(409, WRONG_STATE))),
			Map.entry("POST /api/v1/seller/listings/{id}/photos",
					List.of(new Note(409, WRONG_STATE),
							new Note(503, "The photo decoder stayed busy: send the photo again shortly."))),
			Map.entry("DELETE /api/v1/seller/listings/{id}/photos/{photoId}", List.of(new Note(409, WRONG_STATE))),
			Map.entry("POST /api/v1/seller/orders/{partId}/pack", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/seller/orders/{partId}/ship", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/seller/orders/{partId}/deliver", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/seller/orders/{partId}/cancel", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/seller/orders/{partId}/return", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/orders/{id}/parts/{partId}/cancel", List.of(new Note(409, WRONG_STEP))),
			Map.entry("POST /api/v1/listings/{id}/reviews",
					List.of(new Note(403, "Not the buyer of a delivered part that holds this listing."),
							new Note(409, "This part's buyer reviewed this listing already."))),
			Map.entry("POST /api/v1/checkout", List.of(
					new Note(409,
							"A line ran out (`listingId`, `title`; nothing was reserved), or the buyer "
									+ "already holds the most unpaid orders or reserved pieces allowed."),
					new Note(429,
							"Too many checkout attempts from the account or the address within the hour, "
									+ "or too many failed sign-ins (`Retry-After`)."),
					new Note(503, GATEWAY))),
			Map.entry("POST /api/v1/orders/{id}/payment",
					List.of(new Note(409, "The order is not awaiting payment, or a line ran out."),
							new Note(503, GATEWAY))),
			Map.entry("POST /api/v1/staff/orders/{id}/payments",
					List.of(new Note(409,
							"Not recorded as paid: `outcome` FLAGGED (the amount does not match: "
									+ "staff will look), REFUNDED or NOT_PAYABLE.",
							outcome("FLAGGED", "REFUNDED", "NOT_PAYABLE")))),
			Map.entry("POST /api/v1/seller/orders/{partId}/payment",
					List.of(new Note(409, "Not recorded as paid: `outcome` FLAGGED, REFUNDED or NOT_PAYABLE.",
							outcome("FLAGGED", "REFUNDED", "NOT_PAYABLE")))));

	/**
	 * The success of handlers that answer {@code ResponseEntity<?>} (a body or a
	 * problem), which springdoc cannot see; schemas by their names in the document.
	 */
	static final Map<String, Note> SUCCESS = Map.of("POST /api/v1/cart/items",
			new Note(200, "The cart with the line added.", ref("CartApiCartJson")), "POST /api/v1/checkout",
			new Note(201, "The order placed (a retried `Idempotency-Key`: the same order).", ref("OrderJson")),
			"POST /api/v1/orders/{id}/payment",
			new Note(200, "The order, its payment started again.", ref("OrderJson")),
			"POST /api/v1/staff/orders/{id}/payments",
			new Note(200, "Recorded: `outcome` PAID or ALREADY_PAID.", outcome("PAID", "ALREADY_PAID")),
			"POST /api/v1/seller/orders/{partId}/payment",
			new Note(200, "Recorded: `outcome` PAID or ALREADY_PAID.", outcome("PAID", "ALREADY_PAID")));

	/** JSON bodies that handlers read themselves (after checking ownership). */
	static final Map<String, Schema<?>> BODIES = Map.of("POST /api/v1/seller/orders/{partId}/ship",
			object(Map.of("carrier", "e.g. India Post", "trackingNumber", "e.g. EE123456789IN"), true),
			"POST /api/v1/seller/orders/{partId}/cancel", object(Map.of("reason", "why, for the buyer"), true),
			"POST /api/v1/seller/orders/{partId}/return", object(Map.of("reason", "why"), false),
			"POST /api/v1/orders/{id}/parts/{partId}/cancel", object(Map.of("reason", "why, for the seller"), true));

	private RouteNotes() {
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> object(Map<String, String> fields, boolean required) {
		Schema schema = new ObjectSchema();
		fields.forEach((name, description) -> schema.addProperty(name, new StringSchema().description(description)));
		if (required) {
			schema.setRequired(fields.keySet().stream().sorted().toList());
		}
		return schema;
	}

	/** The payment recorders answer their outcome, also when it is a refusal. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> outcome(String... outcomes) {
		Schema schema = new ObjectSchema().addProperty("orderId", new StringSchema())
			.addProperty("outcome", new StringSchema()._enum(List.of(outcomes)));
		return schema;
	}

	private static Schema<?> ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

}
