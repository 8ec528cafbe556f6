package ladakh.crafts.marketplace.treasury.deposits.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.deposits.Figures;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;
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
 * The reconciliation printed, in the reader's language (Hindi with a Devanagari font
 * embedded, {@link PdfFonts}): a year per centre, or a centre's year by month. Rendering
 * blocks, so it runs on {@code boundedElastic}.
 */
@Component
class TreasuryPdf {

	private static final float TITLE = 15;

	private static final float TEXT = 9;

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Labels labels;

	private final java.time.Clock clock;

	TreasuryPdf(PdfFonts fonts, MessageSource messages, Labels labels, java.time.Clock clock) {
		this.fonts = fonts;
		this.messages = messages;
		this.labels = labels;
		this.clock = clock;
	}

	Mono<byte[]> year(Reconciliation.YearReport report, Locale asked) {
		Locale locale = language(asked);
		return render((document) -> {
			document.add(line(text("treasury.pdf.yearTitle", locale, report.fy().toString()), TITLE, true));
			document.add(line(printed(locale), TEXT, false));
			PdfPTable table = table(locale, "treasury.centre", "treasury.due", "treasury.deposited",
					"treasury.outstanding", "treasury.age");
			for (Reconciliation.CentreRow row : report.centres()) {
				figures(table, row.name(), row.figures(), locale);
			}
			figures(table, text("treasury.total", locale), report.total(), locale);
			document.add(table);
		});
	}

	Mono<byte[]> centre(Reconciliation.CentreReport report, Locale asked) {
		Locale locale = language(asked);
		return render((document) -> {
			document.add(
					line(text("treasury.pdf.centreTitle", locale, report.name(), report.fy().toString()), TITLE, true));
			document.add(line(printed(locale), TEXT, false));
			PdfPTable table = table(locale, "treasury.month", "treasury.due", "treasury.deposited",
					"treasury.outstanding", "treasury.age");
			for (Figures.MonthFigures month : report.months()) {
				table.addCell(cell(this.labels.month(month.month(), locale), false, false));
				table.addCell(cell(PdfFonts.money(month.due(), locale), false, true));
				table.addCell(cell(PdfFonts.money(month.deposited(), locale), false, true));
				table.addCell(cell(PdfFonts.money(month.outstanding(), locale), false, true));
				table.addCell(cell(Long.toString(month.ageDays()), false, true));
			}
			figures(table, text("treasury.total", locale), report.total(), locale);
			document.add(table);
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

	private void figures(PdfPTable table, String name, Figures figures, Locale locale) {
		table.addCell(cell(name, false, false));
		table.addCell(cell(PdfFonts.money(figures.due(), locale), false, true));
		table.addCell(cell(PdfFonts.money(figures.deposited(), locale), false, true));
		table.addCell(cell(PdfFonts.money(figures.outstanding(), locale), false, true));
		table.addCell(cell(Long.toString(figures.ageDays()), false, true));
	}

	private String printed(Locale locale) {
		return text("treasury.pdf.printed", locale, IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale));
	}

	private static Locale language(Locale asked) {
		return (asked != null && "hi".equals(asked.getLanguage())) ? asked : Locale.ENGLISH;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private Paragraph line(String text, float size, boolean bold) {
		return this.fonts.paragraph(text, size, bold);
	}

	private PdfPTable table(Locale locale, String... heads) {
		PdfPTable table = new PdfPTable(heads.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(8);
		table.setHeaderRows(1);
		for (String head : heads) {
			table.addCell(cell(text(head, locale), true, false));
		}
		return table;
	}

	private PdfPCell cell(String text, boolean bold, boolean right) {
		return this.fonts.cell(text, TEXT, bold, right);
	}

}
