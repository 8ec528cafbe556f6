package ladakh.crafts.marketplace.reports.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfPTable;
import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.IndianDigits;
import ladakh.crafts.marketplace.shared.PdfFonts;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The funnel printed, in the reader's language: its groups with every stage. */
@Component
class FunnelPdf {

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Clock clock;

	FunnelPdf(PdfFonts fonts, MessageSource messages, Clock clock) {
		this.fonts = fonts;
		this.messages = messages;
		this.clock = clock;
	}

	Mono<byte[]> of(FunnelView view, Locale asked) {
		Locale locale = PdfPages.language(asked);
		return PdfPages.render((document) -> {
			document.add(this.fonts.paragraph(text("funnel.title", locale), PdfPages.TITLE, true));
			document.add(this.fonts.paragraph(
					text("funnel.builtAt", locale, view.builtAt()) + " · "
							+ text("reports.printed", locale,
									IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale)),
					PdfPages.TEXT, false));
			document.add(this.fonts.paragraph(view.chart().chart().title(), PdfPages.HEADING, true));
			List<String> heads = new ArrayList<>();
			heads.add(text("funnel.by." + view.by().slug(), locale));
			FunnelViews.STAGES.forEach((stage) -> heads.add(text("funnel.stage." + stage, locale)));
			PdfPTable table = PdfPages.table(this.fonts, heads.toArray(String[]::new));
			for (FunnelView.Group group : view.groups()) {
				row(table, group.label(), group.stages(), false);
			}
			row(table, text("reports.total", locale), view.total(), true);
			document.add(table);
		});
	}

	private void row(PdfPTable table, String label, FunnelSnapshot.Stages stages, boolean bold) {
		table.addCell(this.fonts.cell(label, PdfPages.TEXT, bold, false));
		for (int count : stages.counts()) {
			table.addCell(this.fonts.cell(IndianDigits.grouped(count), PdfPages.TEXT, bold, true));
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
