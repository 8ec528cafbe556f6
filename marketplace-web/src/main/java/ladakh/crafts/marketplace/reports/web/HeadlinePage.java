package ladakh.crafts.marketplace.reports.web;

import java.util.Locale;

import ladakh.crafts.marketplace.reports.HeadlineFigures;
import ladakh.crafts.marketplace.shared.IndianDigits;
import ladakh.crafts.marketplace.system.Labels;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/** The public page of the department's headline figures (issue 18): no personal data. */
@Controller
class HeadlinePage {

	private final HeadlineFigures figures;

	private final Labels labels;

	HeadlinePage(HeadlineFigures figures, Labels labels) {
		this.figures = figures;
		this.labels = labels;
	}

	@GetMapping("/figures")
	Mono<Rendering> figures(Locale locale) {
		return this.figures.current()
			.map((figures) -> Rendering.view("reports/figures")
				.modelAttribute("figures", figures)
				.modelAttribute("at", this.labels.moment(figures.at(), locale))
				.modelAttribute("grouped",
						java.util.Map.of("artisans", IndianDigits.grouped(figures.artisans()), "shgs",
								IndianDigits.grouped(figures.shgs()), "trainedEver",
								IndianDigits.grouped(figures.trainedEver()), "trainedThisYear",
								IndianDigits.grouped(figures.trainedThisYear())))
				.build());
	}

}
