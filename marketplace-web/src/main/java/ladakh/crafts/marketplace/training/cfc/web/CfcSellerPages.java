package ladakh.crafts.marketplace.training.cfc.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.cfc.Booking;
import ladakh.crafts.marketplace.training.cfc.FacilityCentres;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * A seller's page for the common facility centres: the machines in order, a form to book
 * a slot, and their own coming bookings, which they may cancel. The seller is always the
 * one the account acts for.
 */
@Controller
class CfcSellerPages {

	private final FacilityCentres centres;

	private final MessageSource messages;

	CfcSellerPages(FacilityCentres centres, MessageSource messages) {
		this.centres = centres;
		this.messages = messages;
	}

	@GetMapping("/seller/cfcs")
	Mono<Rendering> page(@RequestParam(required = false) String done, @AuthenticationPrincipal MarketplaceUser user) {
		return page(user, new BookingForm(null, null, null), (done != null) ? done : "", Map.of(), HttpStatus.OK);
	}

	@PostMapping("/seller/cfcs/bookings")
	Mono<Rendering> book(@ModelAttribute BookingForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		Booking.Slot slot = form.slotValue();
		if (form.machineId() == null || form.machineId().isBlank() || slot == null
				|| CfcStaffPages.parse(form.day()) == null) {
			return page(user, form, "", Map.of("machineId", List.of(text("cfc.form.booking.error", locale))),
					HttpStatus.BAD_REQUEST);
		}
		return this.centres.book(user, form.machineId().strip(), CfcStaffPages.parse(form.day()), slot)
			.map((booking) -> Rendering.redirectTo("/seller/cfcs?done=booked").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND || ex.kind() == Refusal.Kind.FORBIDDEN)
							? Mono.<Rendering>error(new ResponseStatusException(RefusalStatus.of(ex.kind()))) : page(
									user, form, "", Map.of("machineId", List.of(this.messages
										.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale))),
									RefusalStatus.of(ex.kind())));
	}

	@PostMapping("/seller/cfcs/bookings/{id}/cancel")
	Mono<Rendering> cancel(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.centres.cancel(user, id)
			.thenReturn(Rendering.redirectTo("/seller/cfcs?done=cancelled").build())
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> page(MarketplaceUser user, BookingForm form, String done, Map<String, List<String>> errors,
			HttpStatus status) {
		String sellerId = user.sellerId();
		if (sellerId == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.centres.centresWithMachines()
			.collectList()
			.zipWith(this.centres.comingBookings(sellerId).collectList())
			.map((found) -> Rendering.view("training/cfc/seller")
				.status(status)
				.modelAttribute("centres", found.getT1())
				.modelAttribute("bookings", found.getT2())
				.modelAttribute("form", form)
				.modelAttribute("done", done)
				.modelAttribute("errors", errors)
				.modelAttribute("today", this.centres.today())
				.build());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A booking as typed. */
	record BookingForm(String machineId, String day, String slot) {

		Booking.Slot slotValue() {
			for (Booking.Slot known : Booking.Slot.values()) {
				if (known.name().equals(this.slot)) {
					return known;
				}
			}
			return null;
		}

	}

}
