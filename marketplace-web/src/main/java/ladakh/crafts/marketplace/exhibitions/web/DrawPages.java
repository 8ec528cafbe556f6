package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The draw: the officers' page that runs it with the announced public value, and the
 * public allocation record (seed, every input, the result) that anyone can check by
 * running the policy again. A record is public only once the draw is done.
 */
@Controller
class DrawPages {

	private final StallDraws draws;

	private final FormTexts texts;

	private final java.time.Clock clock;

	DrawPages(StallDraws draws, FormTexts texts, java.time.Clock clock) {
		this.draws = draws;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/exhibitions/{id}/draw")
	Mono<Rendering> record(@PathVariable String id, Locale locale) {
		return this.draws.exhibition(id)
			.zipWhen((exhibition) -> this.draws.record(id)
				.filter(AllocationRecord::done)
				.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.draw.notYet"))))
			.flatMap((found) -> Mono.zip(this.draws.names(found.getT2()), this.draws.exhibitionNames(found.getT2()))
				.map((names) -> Rendering.view("exhibitions/draw")
					.modelAttribute("exhibition", found.getT1())
					.modelAttribute("name", found.getT1().name().in(locale))
					.modelAttribute("record", found.getT2().result())
					.modelAttribute("drawnOn", IndiaTime.day(found.getT2().result().draw().drawnOn()).in(locale))
					.modelAttribute("names", names.getT1())
					.modelAttribute("unknownSeller", this.texts.text("exhibitions.record.unknownSeller", locale))
					.modelAttribute("history", history(found.getT2(), names.getT2(), locale))
					.build()));
	}

	/** The applicants' earlier stalls with their exhibitions' names and last days. */
	private List<Past> history(AllocationRecord record, Map<String, LocalizedText> exhibitions, Locale locale) {
		String unknown = this.texts.text("exhibitions.record.unknownExhibition", locale);
		return record.result()
			.draw()
			.history()
			.stream()
			.map((past) -> new Past(past.sellerId(),
					exhibitions.containsKey(past.exhibitionId()) ? exhibitions.get(past.exhibitionId()).in(locale)
							: unknown,
					IndiaTime.day(past.endsOn()).in(locale)))
			.toList();
	}

	@GetMapping("/staff/exhibitions/{id}/draw")
	Mono<Rendering> drawPage(@PathVariable String id) {
		return this.draws.exhibition(id)
			.flatMap((exhibition) -> page(exhibition, new DrawForm(""), Map.of(), HttpStatus.OK));
	}

	@PostMapping("/staff/exhibitions/{id}/draw")
	Mono<Rendering> run(@PathVariable String id, @ModelAttribute DrawForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return this.draws.exhibition(id)
			.flatMap((exhibition) -> this.draws.run(id, form.publicValue(), officer)
				.map((done) -> Rendering.redirectTo("/exhibitions/" + id + "/draw").build())
				.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
						: page(exhibition, form, this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()))));
	}

	private Mono<Rendering> page(Exhibition exhibition, DrawForm form, Map<String, List<String>> errors,
			HttpStatus status) {
		return this.draws.record(exhibition.id())
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.map((record) -> Rendering.view("exhibitions/staff/draw")
				.status(status)
				.modelAttribute("exhibition", exhibition)
				.modelAttribute("drawn", record.map(AllocationRecord::done).orElse(false))
				.modelAttribute("running", record.map((r) -> !r.done()).orElse(false))
				.modelAttribute("mayDraw",
						StallDraws.mayDrawOn(exhibition, IndiaTime.dayOf(this.clock.instant())) && record.isEmpty())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.build());
	}

	/** The public value the officer announced before the draw. */
	record DrawForm(String publicValue) {

		DrawForm {
			publicValue = (publicValue != null) ? publicValue.strip() : "";
		}

	}

	/**
	 * A stall a seller had before, as the record lists it.
	 *
	 * @param sellerId the seller (the link to their page)
	 * @param exhibition the exhibition's name in the reader's language
	 * @param endsOn its last day, as people write it
	 */
	record Past(String sellerId, String exhibition, String endsOn) {
	}

}
