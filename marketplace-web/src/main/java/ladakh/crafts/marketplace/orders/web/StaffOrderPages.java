package ladakh.crafts.marketplace.orders.web;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ladakh.crafts.marketplace.orders.OfflinePayments;
import ladakh.crafts.marketplace.orders.OrderStatus;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.FormErrors;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * ACCOUNTS' page: orders awaiting an offline payment and flagged payments, each with a
 * form to record what arrived; and card payments that came for orders that could no
 * longer take them, with how their automatic refund went.
 */
@Controller
class StaffOrderPages {

	private final Orders orders;

	private final OfflinePayments payments;

	private final FormErrors formErrors;

	StaffOrderPages(Orders orders, OfflinePayments payments, FormErrors formErrors) {
		this.orders = orders;
		this.payments = payments;
		this.formErrors = formErrors;
	}

	@GetMapping("/staff/orders")
	Mono<String> list(@RequestParam(required = false) String outcome, @RequestParam(required = false) String number,
			@RequestParam(required = false) String after, @RequestParam(required = false) String flaggedAfter,
			@RequestParam(required = false) String returnedAfter, Model model) {
		return page(model, outcome, number, new Positions(after, flaggedAfter, returnedAfter), null, Map.of());
	}

	/**
	 * Each list pages on by its own parameter, the others staying where they are
	 * (decision 0046).
	 */
	private Mono<String> page(Model model, String outcome, String number, Positions from, String errorOrder,
			Map<String, String> errors) {
		return Mono
			.zip(this.orders.inStatus(OrderStatus.AWAITING_PAYMENT, After.parse(from.awaiting())),
					this.orders.inStatus(OrderStatus.PAYMENT_FLAGGED, After.parse(from.flagged())),
					this.orders.withReturnedPayments(After.parse(from.returned())))
			.map((lists) -> {
				model.addAttribute("awaiting", lists.getT1().items());
				model.addAttribute("flagged", lists.getT2().items());
				model.addAttribute("returned", lists.getT3().items());
				model.addAttribute("awaitingNext", (lists.getT1().next() != null)
						? new Positions(lists.getT1().nextAfter(), from.flagged(), from.returned()).href() : null);
				model.addAttribute("flaggedNext", (lists.getT2().next() != null)
						? new Positions(from.awaiting(), lists.getT2().nextAfter(), from.returned()).href() : null);
				model.addAttribute("returnedNext", (lists.getT3().next() != null)
						? new Positions(from.awaiting(), from.flagged(), lists.getT3().nextAfter()).href() : null);
				model.addAttribute("outcome", outcome);
				model.addAttribute("number", number);
				model.addAttribute("errorOrder", errorOrder);
				model.addAttribute("errors", errors);
				return "orders/staff-orders";
			});
	}

	/** Where each of the page's three lists starts. */
	private record Positions(String awaiting, String flagged, String returned) {

		static final Positions FIRST = new Positions(null, null, null);

		String href() {
			return UriComponentsBuilder.fromPath("/staff/orders")
				.queryParamIfPresent("after", Optional.ofNullable(this.awaiting))
				.queryParamIfPresent("flaggedAfter", Optional.ofNullable(this.flagged))
				.queryParamIfPresent("returnedAfter", Optional.ofNullable(this.returned))
				.encode()
				.build()
				.toUriString();
		}

	}

	/** What arrived for an order: the amount in rupees as typed, and its reference. */
	record PaymentForm(@NotBlank(message = "staffOrders.error.amount") String amount,
			@NotBlank(message = "staffOrders.error.reference") @Size(max = 100,
					message = "staffOrders.error.reference") String reference) {
	}

	@PostMapping("/staff/orders/{id}/payments")
	Mono<String> record(@AuthenticationPrincipal MarketplaceUser staff, @PathVariable String id,
			@Valid @ModelAttribute PaymentForm form, BindingResult result, ServerWebExchange exchange, Model model) {
		Map<String, String> errors = this.formErrors.codes(result);
		Money amount = rupees(form.amount());
		if (amount == null || !amount.isPositive()) {
			// A positive amount in rupees: what no annotation says.
			errors.putIfAbsent("amount", "staffOrders.error.amount");
		}
		if (!errors.isEmpty()) {
			exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
			return page(model, null, null, Positions.FIRST, id, errors);
		}
		return this.orders.find(id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((order) -> this.payments.recordByStaff(staff, id, amount, form.reference().trim())
				.map((outcome) -> "redirect:/staff/orders?outcome=" + outcome.name() + "&number=" + order.number()));
	}

	/** The amount as the officer typed it ("1250", "1,250.50", "₹ 1,250"), or null. */
	static Money rupees(String typed) {
		try {
			return Money.parse(typed);
		}
		catch (Refusal ex) {
			return null;
		}
	}

}
