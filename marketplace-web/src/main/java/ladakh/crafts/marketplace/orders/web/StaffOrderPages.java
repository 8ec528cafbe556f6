package ladakh.crafts.marketplace.orders.web;

import java.math.BigDecimal;
import java.util.Map;

import ladakh.crafts.marketplace.orders.OfflinePayments;
import ladakh.crafts.marketplace.orders.OrderStatus;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * ACCOUNTS' page: orders awaiting an offline payment and flagged payments, each with a
 * form to record what arrived; and card payments that came for orders that could no
 * longer take them, with how their automatic refund went.
 */
@Controller
class StaffOrderPages {

	private final Orders orders;

	private final OfflinePayments payments;

	StaffOrderPages(Orders orders, OfflinePayments payments) {
		this.orders = orders;
		this.payments = payments;
	}

	@GetMapping("/staff/orders")
	Mono<String> list(@RequestParam(required = false) String outcome, @RequestParam(required = false) String number,
			Model model) {
		return page(model, outcome, number, null, Map.of());
	}

	private Mono<String> page(Model model, String outcome, String number, String errorOrder,
			Map<String, String> errors) {
		return Mono
			.zip(this.orders.inStatus(OrderStatus.AWAITING_PAYMENT, 200).collectList(),
					this.orders.inStatus(OrderStatus.PAYMENT_FLAGGED, 200).collectList(),
					this.orders.withReturnedPayments(100).collectList())
			.map((lists) -> {
				model.addAttribute("awaiting", lists.getT1());
				model.addAttribute("flagged", lists.getT2());
				model.addAttribute("returned", lists.getT3());
				model.addAttribute("outcome", outcome);
				model.addAttribute("number", number);
				model.addAttribute("errorOrder", errorOrder);
				model.addAttribute("errors", errors);
				return "orders/staff-orders";
			});
	}

	@PostMapping("/staff/orders/{id}/payments")
	Mono<String> record(@AuthenticationPrincipal MarketplaceUser staff, @PathVariable String id,
			ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap((form) -> {
			Long minor = rupees(form.getFirst("amount"));
			String reference = form.getFirst("reference");
			if (minor == null || minor <= 0) {
				exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
				return page(model, null, null, id, Map.of("amount", "staffOrders.error.amount"));
			}
			if (reference == null || reference.isBlank() || reference.length() > 100) {
				exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
				return page(model, null, null, id, Map.of("reference", "staffOrders.error.reference"));
			}
			return this.orders.find(id)
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
				.flatMap((order) -> this.payments.recordByStaff(staff, id, Money.paise(minor), reference.trim())
					.map((outcome) -> "redirect:/staff/orders?outcome=" + outcome.name() + "&number="
							+ order.number()));
		});
	}

	static Long rupees(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(typed.trim().replace(",", ""));
			return (amount.scale() > 2) ? null : amount.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

}
