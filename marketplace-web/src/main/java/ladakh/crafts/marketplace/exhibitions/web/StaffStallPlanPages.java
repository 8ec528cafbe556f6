package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDesk;
import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.exhibitions.StallPlanCsv;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * An exhibition's stall plan for officers: the stalls, a form to add or change one, a
 * button to remove one, and the upload of a whole plan as a file. The file is checked for
 * size and text first, then row by row; every bad row is listed beside the upload field
 * and nothing is saved unless every row is right.
 */
@Controller
class StaffStallPlanPages {

	private final ExhibitionDesk desk;

	private final FormTexts texts;

	StaffStallPlanPages(ExhibitionDesk desk, FormTexts texts) {
		this.desk = desk;
		this.texts = texts;
	}

	@GetMapping("/staff/exhibitions/{id}/stalls")
	Mono<Rendering> plan(@PathVariable String id, @RequestParam(required = false) String edit,
			@RequestParam(required = false) String done) {
		return this.desk.find(id).map((exhibition) -> {
			StallForm form = exhibition.plan()
				.stall((edit != null) ? edit : "")
				.map((stall) -> StallForm.of(stall, exhibition.version()))
				.orElse(StallForm.empty(exhibition.version()));
			return page(exhibition, form, Map.of(), List.of(), HttpStatus.OK,
					(done != null && java.util.Set.of("stall", "removed", "uploaded").contains(done)) ? done : null);
		});
	}

	@PostMapping("/staff/exhibitions/{id}/stalls")
	Mono<Rendering> putStall(@PathVariable String id, @ModelAttribute StallForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return this.desk.find(id)
			.flatMap((exhibition) -> Mono.fromCallable(form::stall)
				.flatMap((stall) -> this.desk.putStall(officer, id, form.readVersion(), stall))
				.map((saved) -> done(id, "stall"))
				.onErrorResume(Refusal.class, (ex) -> refused(exhibition, form, ex, locale)));
	}

	@PostMapping("/staff/exhibitions/{id}/stalls/{number}/delete")
	Mono<Rendering> removeStall(@PathVariable String id, @PathVariable String number,
			@ModelAttribute VersionField.VersionForm form, @AuthenticationPrincipal MarketplaceUser officer,
			Locale locale) {
		return this.desk.find(id)
			.flatMap((exhibition) -> this.desk.removeStall(officer, id, form.read(), number)
				.map((saved) -> done(id, "removed"))
				.onErrorResume(Refusal.class,
						(ex) -> refused(exhibition, StallForm.empty(exhibition.version()), ex, locale)));
	}

	@PostMapping(path = "/staff/exhibitions/{id}/stalls/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> upload(@PathVariable String id, @ModelAttribute UploadForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return this.desk.find(id).flatMap((exhibition) -> form.bytes().flatMap((bytes) -> {
			StallPlanCsv.Parsed parsed = StallPlanCsv.read(bytes);
			if (!parsed.ok()) {
				return Mono.just(page(exhibition, StallForm.empty(exhibition.version()), Map.of(),
						rows(parsed.problems(), locale), HttpStatus.BAD_REQUEST, null));
			}
			return this.desk.replacePlan(officer, id, VersionField.read(form.version()), parsed.plan())
				.map((saved) -> done(id, "uploaded"))
				.onErrorResume(Refusal.class,
						(ex) -> refused(exhibition, StallForm.empty(exhibition.version()), ex, locale));
		}));
	}

	/** "Row 3, fee: ..." for each problem, in the reader's language. */
	private List<String> rows(List<StallPlanCsv.RowProblem> problems, Locale locale) {
		return problems.stream().map((problem) -> {
			String message = this.texts.text(problem.messageKey(), locale, problem.arguments().toArray());
			return (problem.column() != null)
					? this.texts.text("exhibitions.csv.rowColumn", locale, String.valueOf(problem.row()),
							problem.column(), message)
					: this.texts.text("exhibitions.csv.row", locale, String.valueOf(problem.row()), message);
		}).toList();
	}

	/**
	 * The plan page with the refusal's words; after another officer's save, with the plan
	 * as stored now and its version, so the officer sees what changed.
	 */
	private Mono<Rendering> refused(Exhibition exhibition, StallForm form, Refusal ex, Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND && !"exhibitions.stall.notFound".equals(ex.messageKey())) {
			return Mono.error(ex);
		}
		Map<String, List<String>> errors = this.texts.beside(ex, locale);
		HttpStatus status = RefusalStatus.of(ex.kind());
		if ("exhibitions.stale".equals(ex.messageKey())) {
			return this.desk.find(exhibition.id())
				.map((now) -> page(now, form.at(now.version()), errors, List.of(), status, null));
		}
		return Mono.just(page(exhibition, form, errors, List.of(), status, null));
	}

	private static Rendering done(String id, String what) {
		return Rendering.redirectTo("/staff/exhibitions/" + id + "/stalls?done=" + what).build();
	}

	private static Rendering page(Exhibition exhibition, StallForm form, Map<String, List<String>> errors,
			List<String> csvProblems, HttpStatus status, String done) {
		return Rendering.view("exhibitions/staff/stalls")
			.status(status)
			.modelAttribute("exhibition", exhibition)
			.modelAttribute("stalls", exhibition.plan().stalls().stream().map(PlanRow::of).toList())
			.modelAttribute("reserved", exhibition.plan().reserved())
			.modelAttribute("form", form)
			.modelAttribute("editing", exhibition.plan().stall(form.number()).isPresent())
			.modelAttribute("errors", errors)
			.modelAttribute("problem", errors.getOrDefault("", List.of()))
			.modelAttribute("csvProblems", csvProblems)
			.modelAttribute("kinds", List.of(StallKind.values()))
			.modelAttribute("reservedWords", StallPlanCsv.reservedWords())
			.modelAttribute("done", done)
			.build();
	}

	/**
	 * A stall as the plan's table shows it.
	 *
	 * @param stall the stall
	 * @param size width x depth in metres
	 * @param position x, y in metres
	 * @param reservedWord the reserved column's word, or empty
	 */
	record PlanRow(Stall stall, String size, String position, String reservedWord) {

		static PlanRow of(Stall stall) {
			List<String> cells = StallPlanCsv.cells(stall);
			return new PlanRow(stall, cells.get(2).replace("x", " × ") + " m", cells.get(4) + ", " + cells.get(5),
					cells.get(6));
		}

	}

	/** The upload form: the file and the version of the plan the officer saw. */
	record UploadForm(String version, Part file) {

		/**
		 * The file's bytes up to one more than the limit (enough to say it is too big).
		 */
		Mono<byte[]> bytes() {
			if (!(this.file instanceof FilePart part) || part.filename().isBlank()) {
				return Mono.just(new byte[0]);
			}
			return DataBufferUtils.join(part.content(), StallPlanCsv.MAX_BYTES).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
				.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new byte[StallPlanCsv.MAX_BYTES + 1]))
				.defaultIfEmpty(new byte[0]);
		}

	}

}
