package ladakh.crafts.marketplace.reports.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
		Locale locale = language(asked);
		return render((document) -> {
			document.add(this.fonts.paragraph(text("reports.revenue.title", locale, view.fy()), TITLE, true));
			document.add(this.fonts.paragraph(
					text("reports.printed", locale, IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale)),
					TEXT, false));
			for (RevenueView.Section section : view.sections()) {
				document.add(this.fonts.paragraph(section.heading(), HEADING, true));
				PdfPTable table = table(section.labelHeading(), text("reports.revenue.total", locale),
						text("reports.revenue.commission", locale), text("reports.revenue.lines", locale));
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
		Locale locale = language(asked);
		return render((document) -> {
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
				PdfPTable table = table(heads.toArray(String[]::new));
				for (TableView.Row row : section.rows()) {
					row(table, view, row.label(), row.values(), locale, false);
				}
				row(table, view, text("reports.total", locale), section.totals(), locale, true);
				document.add(table);
			}
		});
	}

	static ResponseEntity<byte[]> response(String name, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.contentLength(pdf.length)
			.body(pdf);
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

	private PdfPTable table(String... heads) {
		PdfPTable table = new PdfPTable(heads.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setSpacingAfter(6);
		table.setHeaderRows(1);
		for (String head : heads) {
			table.addCell(this.fonts.cell(head, TEXT, true, false));
		}
		return table;
	}

	private interface Body {

		void write(Document document) throws Exception;

	}

	private Mono<byte[]> render(Body body) {
		return Mono.fromCallable(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 36, 36, 36, 36);
			PdfWriter.getInstance(document, out);
			document.open();
			body.write(document);
			document.close();
			return out.toByteArray();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static Locale language(Locale asked) {
		return (asked != null && "hi".equals(asked.getLanguage())) ? asked : Locale.ENGLISH;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
