package ladakh.crafts.marketplace.reports.web;

import java.time.Clock;
import java.util.Locale;

import com.lowagie.text.pdf.PdfPTable;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reports printed, in the reader's language (Hindi with its Devanagari font embedded,
 * {@link PdfFonts}): a title, when it was printed, then each breakdown as a table with
 * its total. Rendering blocks, so it runs on {@code boundedElastic}.
 */
@Component
class ReportPdf {

	private static final float TITLE = 15;

	private static final float HEADING = 11;

	private static final float TEXT = 9;

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Clock clock;

	ReportPdf(PdfFonts fonts, MessageSource messages, Clock clock) {
		this.fonts = fonts;
		this.messages = messages;
		this.clock = clock;
	}

	Mono<byte[]> revenue(RevenueView view, Locale asked) {
		Locale locale = PdfPages.language(asked);
		return PdfPages.render((document) -> {
			document.add(this.fonts.paragraph(text("reports.revenue.title", locale, view.fy()), TITLE, true));
			document.add(this.fonts.paragraph(
					text("reports.printed", locale, IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale)),
					TEXT, false));
			for (RevenueView.Section section : view.sections()) {
				document.add(this.fonts.paragraph(section.heading(), HEADING, true));
				PdfPTable table = PdfPages.table(this.fonts, section.labelHeading(),
						text("reports.revenue.total", locale), text("reports.revenue.commission", locale),
						text("reports.revenue.lines", locale));
				for (RevenueView.Row row : section.rows()) {
					row(table, row.label(), row, locale, false);
				}
				row(table, text("reports.total", locale), new RevenueView.Row("", "", view.total()), locale, true);
				document.add(table);
			}
		});
	}

	/**
	 * Any report printed from its {@link TableView}: its figures, then each breakdown.
	 */
	Mono<byte[]> table(TableView view, Locale asked) {
		Locale locale = PdfPages.language(asked);
		return PdfPages.render((document) -> {
			document.add(this.fonts.paragraph(view.title(), TITLE, true));
			document.add(this.fonts.paragraph(
					text("reports.printed", locale, IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale)),
					TEXT, false));
			for (TableView.Fact fact : view.facts()) {
				document.add(this.fonts.paragraph(fact.label() + ": " + figure(fact.value(), fact.format(), locale),
						TEXT, false));
			}
			for (TableView.Section section : view.sections()) {
				document.add(this.fonts.paragraph(section.heading(), HEADING, true));
				java.util.List<String> heads = new java.util.ArrayList<>(java.util.List.of(section.labelHeading()));
				view.columns().forEach((column) -> heads.add(column.heading()));
				PdfPTable table = PdfPages.table(this.fonts, heads.toArray(String[]::new));
				for (TableView.Row row : section.rows()) {
					row(table, view, row.label(), row.values(), locale, false);
				}
				row(table, view, text("reports.total", locale), section.totals(), locale, true);
				document.add(table);
			}
		});
	}

	private void row(PdfPTable table, String label, RevenueView.Row row, Locale locale, boolean bold) {
		table.addCell(this.fonts.cell(label, TEXT, bold, false));
		table.addCell(this.fonts.cell(PdfFonts.money(row.totals().total(), locale), TEXT, bold, true));
		table.addCell(this.fonts.cell(PdfFonts.money(row.totals().commission(), locale), TEXT, bold, true));
		table.addCell(this.fonts.cell(Long.toString(row.totals().lines()), TEXT, bold, true));
	}

	private void row(PdfPTable table, TableView view, String label, java.util.List<Long> values, Locale locale,
			boolean bold) {
		table.addCell(this.fonts.cell(label, TEXT, bold, false));
		for (int i = 0; i < values.size(); i++) {
			table.addCell(
					this.fonts.cell(figure(values.get(i), view.columns().get(i).format(), locale), TEXT, bold, true));
		}
	}

	private static String figure(long value, ValueFormat format, Locale locale) {
		return (format == ValueFormat.PAISE) ? PdfFonts.money(Money.paise(value), locale) : Long.toString(value);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
