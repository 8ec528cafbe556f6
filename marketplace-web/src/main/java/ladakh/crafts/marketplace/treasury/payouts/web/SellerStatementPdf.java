package ladakh.crafts.marketplace.treasury.payouts.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;
import ladakh.crafts.marketplace.treasury.payouts.PayoutLine;
import ladakh.crafts.marketplace.treasury.payouts.SellerStatements.Statement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A seller's printable statement in the reader's language (Hindi with the embedded
 * Devanagari font, {@link PdfFonts}), made like the trainee's statement; rendering
 * blocks, so it runs on {@code boundedElastic}.
 */
@Component
class SellerStatementPdf {

	private static final float TITLE = 15;

	private static final float TEXT = 9;

	private final PdfFonts fonts;

	private final MessageSource messages;

	SellerStatementPdf(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	Mono<byte[]> render(Statement statement, String name, Locale asked) {
		Locale locale = (asked != null && "hi".equals(asked.getLanguage())) ? asked : Locale.ENGLISH;
		return Mono.fromCallable(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 36, 36, 36, 36);
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(line(text("statement.title", locale) + " " + statement.fy(), TITLE, true));
			document.add(line(name + " (" + statement.sellerId() + ")", TEXT + 1, true));
			document.add(new Paragraph(" "));
			PdfPTable totals = new PdfPTable(2);
			totals.setWidthPercentage(60);
			totals.setHorizontalAlignment(Element.ALIGN_LEFT);
			row(totals, text("statement.sales", locale), PdfFonts.money(statement.totals().sales(), locale));
			row(totals, text("statement.refunds", locale), PdfFonts.money(statement.totals().refunds(), locale));
			row(totals, text("statement.corrections", locale),
					PdfFonts.money(statement.totals().corrections(), locale));
			row(totals, text("statement.commission", locale), PdfFonts.money(statement.totals().commission(), locale));
			row(totals, text("statement.owedYear", locale), PdfFonts.money(statement.totals().owed(), locale));
			row(totals, text("statement.paidOut", locale), PdfFonts.money(statement.paidOut(), locale));
			row(totals, text("statement.balance", locale), PdfFonts.money(statement.balance(), locale));
			document.add(totals);
			document.add(new Paragraph(" "));
			document.add(line(text("statement.lines", locale), TEXT + 2, true));
			PdfPTable lines = table(4, locale, "statement.date", "statement.what", "statement.amount",
					"statement.owed");
			for (OwedLine owed : statement.lines().items()) {
				lines.addCell(cell(IndiaTime.day(IndiaTime.dayOf(owed.at())).in(locale), false, false));
				lines.addCell(cell(text("statement.kind." + owed.kind(), locale) + " · " + owed.id(), false, false));
				lines.addCell(cell(PdfFonts.money(Money.paise(owed.signedMinor()), locale), false, true));
				lines.addCell(cell(PdfFonts.money(owed.owed(), locale), false, true));
			}
			document.add(lines);
			document.add(new Paragraph(" "));
			document.add(line(text("statement.payouts", locale), TEXT + 2, true));
			PdfPTable payouts = table(3, locale, "statement.date", "statement.utr", "statement.amount");
			for (PayoutLine paid : statement.payouts()) {
				payouts.addCell(cell(IndiaTime.day(IndiaTime.dayOf(paid.paidAt())).in(locale), false, false));
				payouts.addCell(cell(paid.utr() + " · " + paid.runId(), false, false));
				payouts.addCell(cell(PdfFonts.money(paid.amount(), locale), false, true));
			}
			document.add(payouts);
			document.close();
			return out.toByteArray();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private void row(PdfPTable table, String label, String value) {
		table.addCell(cell(label, false, false));
		table.addCell(cell(value, true, true));
	}

	private Paragraph line(String text, float size, boolean bold) {
		return this.fonts.paragraph(text, size, bold);
	}

	private PdfPTable table(int columns, Locale locale, String... heads) {
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		for (String head : heads) {
			table.addCell(cell(text(head, locale), true, false));
		}
		return table;
	}

	private PdfPCell cell(String text, boolean bold, boolean right) {
		return this.fonts.cell(text, TEXT, bold, right);
	}

}
