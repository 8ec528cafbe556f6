package ladakh.crafts.marketplace.deputations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.deputations.Deputation;
import ladakh.crafts.marketplace.deputations.DeputationDesk;
import ladakh.crafts.marketplace.deputations.Destination;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The officers' deputation pages: the deputations and the form that makes an announced
 * exhibition one (destination, places); one deputation's participants with their travel
 * dates. A refused form shows its message at the top (400, 404 or 409).
 */
@Controller
class StaffDeputationPages {

	private final DeputationDesk desk;

	private final MessageSource messages;

	StaffDeputationPages(DeputationDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/staff/deputations")
	Mono<Rendering> list(Locale locale) {
		return list(new DeclareForm("", "IITF_DELHI", ""), List.of(), HttpStatus.OK, locale);
	}

	@PostMapping("/staff/deputations")
	Mono<Rendering> declare(@ModelAttribute DeclareForm form, @AuthenticationPrincipal MarketplaceUser officer,
			Locale locale) {
		Destination destination;
		int places;
		try {
			destination = Destination.valueOf(form.destination());
			places = Integer.parseInt(form.places());
		}
		catch (IllegalArgumentException ex) {
			return list(form, List.of(text("deputations.form.invalid", locale)), HttpStatus.BAD_REQUEST, locale);
		}
		return this.desk.declare(form.exhibitionId(), destination, places, officer)
			.map((done) -> Rendering.redirectTo("/staff/deputations/" + done.exhibitionId()).build())
			.onErrorResume(Refusal.class,
					(ex) -> list(form, List.of(text(ex, locale)), RefusalStatus.of(ex.kind()), locale));
	}

	@GetMapping("/staff/deputations/{id}")
	Mono<Rendering> deputation(@PathVariable String id, Locale locale) {
		return page(id, List.of(), HttpStatus.OK, locale);
	}

	@PostMapping("/staff/deputations/{id}/travel")
	Mono<Rendering> travel(@PathVariable String id, @ModelAttribute TravelForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		LocalDate departs;
		LocalDate returns;
		try {
			departs = LocalDate.parse(form.departsOn());
			returns = LocalDate.parse(form.returnsOn());
		}
		catch (DateTimeParseException ex) {
			return page(id, List.of(text("deputations.form.dates", locale)), HttpStatus.BAD_REQUEST, locale);
		}
		return this.desk.travel(id, form.sellerId(), departs, returns, officer)
			.map((done) -> Rendering.redirectTo("/staff/deputations/" + id).build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
					: page(id, List.of(text(ex, locale)), RefusalStatus.of(ex.kind()), locale));
	}

	private Mono<Rendering> list(DeclareForm form, List<String> problem, HttpStatus status, Locale locale) {
		return this.desk.latest()
			.flatMapMany(reactor.core.publisher.Flux::fromIterable)
			.concatMap((d) -> this.desk.exhibition(d.exhibitionId())
				.map((exhibition) -> new Row(d.exhibitionId(), exhibition.name().in(locale),
						"deputations.destination." + d.destination().name(), d.places())))
			.collectList()
			.map((rows) -> Rendering.view("deputations/list")
				.status(status)
				.modelAttribute("deputationRows", rows)
				.modelAttribute("destinations", List.of(Destination.values()))
				.modelAttribute("form", form)
				.modelAttribute("problem", problem)
				.build());
	}

	private Mono<Rendering> page(String id, List<String> problem, HttpStatus status, Locale locale) {
		return Mono.zip(this.desk.find(id), this.desk.exhibition(id), this.desk.placed(id)).flatMap((found) -> {
			Deputation deputation = found.getT1();
			List<String> ids = new ArrayList<>();
			found.getT3().forEach((p) -> ids.add(p.sellerId()));
			return this.desk.names(ids).map((names) -> {
				Map<String, Deputation.Travel> travel = new LinkedHashMap<>();
				deputation.travel().forEach((t) -> travel.put(t.sellerId(), t));
				List<Participant> participants = found.getT3().stream().map((p) -> {
					Deputation.Travel t = travel.get(p.sellerId());
					return new Participant(p.stallNumber(), p.sellerId(), names.getOrDefault(p.sellerId(), "—"),
							(t != null) ? IndiaTime.day(t.departsOn()).in(locale) : null,
							(t != null) ? IndiaTime.day(t.returnsOn()).in(locale) : null,
							(t != null) ? t.departsOn().toString() : found.getT2().startsOn().minusDays(2).toString(),
							(t != null) ? t.returnsOn().toString() : found.getT2().endsOn().plusDays(2).toString());
				}).toList();
				return Rendering.view("deputations/deputation")
					.status(status)
					.modelAttribute("exhibition", found.getT2())
					.modelAttribute("name", found.getT2().name().in(locale))
					.modelAttribute("dates",
							IndiaTime.day(found.getT2().startsOn()).in(locale) + " – "
									+ IndiaTime.day(found.getT2().endsOn()).in(locale))
					.modelAttribute("destination", "deputations.destination." + deputation.destination().name())
					.modelAttribute("places", deputation.places())
					.modelAttribute("participants", participants)
					.modelAttribute("problem", problem)
					.build();
			});
		});
	}

	private String text(Refusal ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** Which exhibition, where, how many places. */
	record DeclareForm(String exhibitionId, String destination, String places) {

		DeclareForm {
			exhibitionId = (exhibitionId != null) ? exhibitionId.strip() : "";
			destination = (destination != null) ? destination.strip() : "";
			places = (places != null) ? places.strip() : "";
		}

	}

	/** A participant's travel dates, as typed. */
	record TravelForm(String sellerId, String departsOn, String returnsOn) {

		TravelForm {
			sellerId = (sellerId != null) ? sellerId.strip() : "";
			departsOn = (departsOn != null) ? departsOn.strip() : "";
			returnsOn = (returnsOn != null) ? returnsOn.strip() : "";
		}

	}

	/**
	 * A deputation on the list.
	 *
	 * @param id its exhibition
	 * @param name the exhibition's name
	 * @param destination the message key of where it goes
	 * @param places how many go
	 */
	record Row(String id, String name, String destination, int places) {
	}

	/**
	 * A participant and their journey.
	 *
	 * @param place e.g. P3
	 * @param sellerId the seller
	 * @param name their name
	 * @param departs the day they leave, as people read it, or null
	 * @param returns the day they are back, or null
	 * @param departsValue the form's value
	 * @param returnsValue the form's value
	 */
	record Participant(String place, String sellerId, String name, String departs, String returns, String departsValue,
			String returnsValue) {
	}

}
