package ladakh.crafts.marketplace.reports.web;

import java.util.Locale;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshots;
import ladakh.crafts.marketplace.reports.funnel.QuietExTrainee;
import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TrainingCentres;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The funnel from training to earning (issue 18): the kept funnel grouped by centre,
 * batch, craft, district, scheme or year of completion, for one year or all; as CSV and
 * PDF; and a centre's ex-trainees who have not sold for twelve months, to reach out to.
 */
@Controller
class FunnelPages {

	private final FunnelSnapshots funnel;

	private final FunnelViews views;

	private final FunnelPdf pdf;

	private final TrainingCentres centres;

	FunnelPages(FunnelSnapshots funnel, FunnelViews views, FunnelPdf pdf, TrainingCentres centres) {
		this.funnel = funnel;
		this.views = views;
		this.pdf = pdf;
		this.centres = centres;
	}

	@GetMapping("/staff/reports/funnel")
	Mono<Rendering> funnel(@RequestParam(required = false) String by, @RequestParam(required = false) String fy,
			@AuthenticationPrincipal MarketplaceUser reader, Locale locale) {
		// The quiet lists name people: only those who may reach out to them get the link.
		boolean mayReachOut = reader != null && reader.seesWholeDepartment();
		return view(by, fy, locale).map((view) -> Rendering.view("reports/funnel")
			.modelAttribute("report", view)
			.modelAttribute("mayReachOut", mayReachOut)
			.build());
	}

	@GetMapping("/staff/reports/funnel/export.csv")
	Mono<ResponseEntity<byte[]>> csv(@RequestParam(required = false) String by,
			@RequestParam(required = false) String fy, Locale locale) {
		return view(by, fy, locale).map((view) -> CsvExport.response(fileName(view, "csv"), FunnelCsv.of(view)));
	}

	@GetMapping("/staff/reports/funnel/export.pdf")
	Mono<ResponseEntity<byte[]>> pdf(@RequestParam(required = false) String by,
			@RequestParam(required = false) String fy, Locale locale) {
		return view(by, fy, locale).flatMap(
				(view) -> this.pdf.of(view, locale).map((bytes) -> PdfPages.response(fileName(view, "pdf"), bytes)));
	}

	@GetMapping("/staff/reports/funnel/centres/{centreId}/quiet")
	Mono<Rendering> quiet(@PathVariable String centreId, Locale locale) {
		return this.centres.find(centreId)
			.onErrorMap((ex) -> Refusal.notFound("funnel.centre.unknown"))
			.flatMap((centre) -> this.funnel.quiet(centreId)
				.collectList()
				.flatMap((people) -> this.views
					.craftNames(people.stream().map(QuietExTrainee::craft).distinct().toList(), locale)
					.map((crafts) -> Rendering.view("reports/quiet")
						.modelAttribute("centre", centre)
						.modelAttribute("people", people)
						.modelAttribute("craftNames", crafts)
						.build())));
	}

	@GetMapping("/staff/reports/funnel/centres/{centreId}/quiet.csv")
	Mono<ResponseEntity<byte[]>> quietCsv(@PathVariable String centreId) {
		return this.centres.find(centreId)
			.onErrorMap((ex) -> Refusal.notFound("funnel.centre.unknown"))
			.flatMap((centre) -> this.funnel.quiet(centreId)
				.collectList()
				.map((people) -> CsvExport.response("quiet-" + centreId + ".csv", FunnelCsv.quiet(centreId, people))));
	}

	private Mono<FunnelView> view(String by, String fy, Locale locale) {
		return this.funnel.current().flatMap((snapshot) -> {
			String year = (fy == null || fy.isBlank() || "ALL".equals(fy)) ? null : fy.strip();
			if (year != null && !snapshot.years().contains(year)) {
				return Mono.error(Refusal.notFound("funnel.fy.unknown"));
			}
			return this.views.of(snapshot, FunnelSnapshot.By.parse(by), year, locale);
		});
	}

	private static String fileName(FunnelView view, String extension) {
		return "funnel-" + view.by().slug() + "-" + ((view.fy() != null) ? view.fy() : "all") + "." + extension;
	}

}
