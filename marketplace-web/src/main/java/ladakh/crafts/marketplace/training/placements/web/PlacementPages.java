package ladakh.crafts.marketplace.training.placements.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.placements.InstructorPlacements;
import ladakh.crafts.marketplace.training.placements.Placement;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The officers' page for instructors' placements: place or move an instructor at a
 * training centre or a common facility centre from a day; the latest placements with
 * their from–to.
 */
@Controller
class PlacementPages {

	private final InstructorPlacements placements;

	private final MessageSource messages;

	PlacementPages(InstructorPlacements placements, MessageSource messages) {
		this.placements = placements;
		this.messages = messages;
	}

	@GetMapping("/staff/placements")
	Mono<Rendering> page(@RequestParam(required = false) String done) {
		return page(new PlacementForm("", "", ""), Map.of(), (done != null) ? done : "", HttpStatus.OK);
	}

	@PostMapping("/staff/placements")
	Mono<Rendering> place(@ModelAttribute PlacementForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		String[] place = (form.place() != null) ? form.place().split(":", 2) : new String[0];
		Placement.Place kind = null;
		if (place.length == 2) {
			try {
				kind = Placement.Place.valueOf(place[0]);
			}
			catch (IllegalArgumentException ex) {
				kind = null;
			}
		}
		if (kind == null) {
			return page(form, Map.of("placeId", List.of(text("placements.refused.noPlace", null, locale))), "",
					HttpStatus.BAD_REQUEST);
		}
		return this.placements.place(form.login(), kind, place[1], day(form.from()), user)
			.map((placed) -> Rendering.redirectTo("/staff/placements?done=placed").build())
			.onErrorResume(Refusal.class,
					(ex) -> page(form,
							Map.of((ex.field() != null) ? ex.field() : "login",
									List.of(text(ex.messageKey(), ex.arguments(), locale))),
							"", RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> page(PlacementForm form, Map<String, List<String>> errors, String done, HttpStatus status) {
		return this.placements.places()
			.zipWith(this.placements.latest().collectList())
			.map((found) -> Rendering.view("training/placements/page")
				.status(status)
				.modelAttribute("places", found.getT1())
				.modelAttribute("latest", found.getT2())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("done", done)
				.build());
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static LocalDate day(String text) {
		try {
			return (text != null) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A placement as typed: the instructor's sign-in, {@code CENTRE:<id>}, a day. */
	record PlacementForm(String login, String place, String from) {

	}

}
