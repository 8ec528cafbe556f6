package ladakh.crafts.marketplace.orders.web;

import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.orders.CheckoutLimited;
import ladakh.crafts.marketplace.orders.CheckoutRefused;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.orders.OutOfStock;
import ladakh.crafts.marketplace.orders.PaymentPending;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The orders area's refusals as the house's one {@link Refusal}; ErrorResponses alone
 * turns it into a status and words (ProblemDetail naming the field or the listing at
 * fault).
 */
final class OrderRefusals {

	private OrderRefusals() {
	}

	/** Fields checked by the API, each with its message code. */
	static Refusal invalid(Map<String, String> codesByField) {
		return Refusal.invalid("orders.error.fields",
				codesByField.entrySet()
					.stream()
					.map((error) -> new Refusal.FieldProblem(error.getKey(), error.getValue()))
					.toList(),
				String.join(", ", codesByField.keySet()));
	}

	/** Whether checkout failed for a reason the buyer can act on (the rest is a 5xx). */
	static boolean isRefusal(Throwable ex) {
		return ex instanceof OutOfStock || ex instanceof CheckoutRefused || ex instanceof PaymentPending
				|| ex instanceof Carts.CartRefused;
	}

	/**
	 * Checkout's refusals as the house's one {@link Refusal}, arguments given in both
	 * languages put in the reader's (the cart's are Refusals already).
	 */
	static Throwable of(Throwable ex, Locale locale) {
		if (ex instanceof CheckoutRefused refused) {
			// Its arguments in the reader's language, which a page puts beside its field.
			return (refused.field() != null)
					? Refusal.invalid(refused.code(), refused.arguments(locale)).at(refused.field())
					: new Refusal(refused.kind(), refused.code(), null, refused.arguments(locale));
		}
		return ex;
	}

	/** A fulfilment step refused: 404, 409, or 400 naming the field. */
	static Refusal of(FulfilmentRefused ex) {
		// "field" beside "errors": the API has always named it so (docs/api.md).
		return (ex.field() != null) ? ex.with("field", ex.field()) : ex;
	}

}
