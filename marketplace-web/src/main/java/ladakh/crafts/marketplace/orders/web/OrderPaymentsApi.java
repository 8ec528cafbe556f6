package ladakh.crafts.marketplace.orders.web;

import java.math.BigDecimal;

import ladakh.crafts.marketplace.orders.OfflinePayments;
import ladakh.crafts.marketplace.orders.PaymentOutcome;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording offline payments: ACCOUNTS staff (and ADMIN) for any order, a seller for the
 * cash on delivery of an order that is all theirs.
 */
@RestController
class OrderPaymentsApi {

	private final OfflinePayments payments;

	OrderPaymentsApi(OfflinePayments payments) {
		this.payments = payments;
	}

	/**
	 * @param amount rupees, e.g. {@code 1250.50} (or {@code amountMinor} in paise)
	 */
	record PaymentBody(BigDecimal amount, Long amountMinor, String reference) {
	}

	record Outcome(String orderId, String outcome) {
	}

	@PostMapping("/api/v1/staff/orders/{id}/payments")
	Mono<ResponseEntity<?>> record(@AuthenticationPrincipal MarketplaceUser staff, @PathVariable String id,
			@RequestBody PaymentBody body) {
		Money amount = amount(body);
		if (amount == null || !amount.isPositive()) {
			return Mono.error(Refusal.invalid("payments.error.amount").at("amount"));
		}
		if (body.reference() == null || body.reference().isBlank() || body.reference().length() > 100) {
			return Mono.error(Refusal.invalid("payments.error.reference").at("reference"));
		}
		return this.payments.recordByStaff(staff, id, amount, body.reference().trim())
			.<ResponseEntity<?>>map((outcome) -> answer(id, outcome))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/api/v1/seller/orders/{partId}/payment")
	Mono<ResponseEntity<?>> recordCashOnDelivery(@AuthenticationPrincipal MarketplaceUser seller,
			@PathVariable String partId, @RequestParam(required = false) String reference) {
		String cash = (reference != null && !reference.isBlank() && reference.length() <= 100) ? reference.trim()
				: "COD " + partId;
		return this.payments.recordBySeller(seller, partId, cash)
			.<ResponseEntity<?>>map((outcome) -> answer(partId, outcome))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private static ResponseEntity<?> answer(String id, PaymentOutcome outcome) {
		HttpStatus status = switch (outcome) {
			case PAID, ALREADY_PAID -> HttpStatus.OK;
			case FLAGGED, REFUNDED, NOT_PAYABLE -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
		return ResponseEntity.status(status).body(new Outcome(id, outcome.name()));
	}

	/**
	 * The amount in paise, or else in rupees (at most two decimals); null when neither
	 * reads.
	 */
	static Money amount(PaymentBody body) {
		if (body.amountMinor() != null) {
			return Money.paise(body.amountMinor());
		}
		if (body.amount() == null) {
			return null;
		}
		try {
			return Money.parse(body.amount().toPlainString());
		}
		catch (Refusal ex) {
			return null;
		}
	}

}
