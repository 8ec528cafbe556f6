package ladakh.crafts.marketplace.training.web;

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
import ladakh.crafts.marketplace.training.StipendLine;
import ladakh.crafts.marketplace.training.TraineeRecords;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A trainee's printable statement, in the reader's language (Hindi with a Devanagari font
 * embedded, {@link PdfFonts}): who, where, each month's attendance and each stipend line
 * with its state and payment reference. Rendering blocks, so it runs on
 * {@code boundedElastic}.
 */
@Component
class TraineeStatementPdf {

	private static final float TITLE = 15;

	private static final float TEXT = 10;

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Labels labels;

	TraineeStatementPdf(PdfFonts fonts, MessageSource messages, Labels labels) {
		this.fonts = fonts;
		this.messages = messages;
		this.labels = labels;
	}

	Mono<byte[]> render(TraineeRecords.History history, Locale asked) {
		Locale locale = (asked != null && "hi".equals(asked.getLanguage())) ? asked : Locale.ENGLISH;
		return Mono.fromCallable(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 36, 36, 36, 36);
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(line(text("trainee.pdf.title", locale), TITLE, true));
			document.add(line(text("trainee.pdf.name", locale) + ": " + history.name(), TEXT, true));
			document.add(line(
					text("trainee.pdf.centre", locale) + ": " + this.labels.centreName(history.centre().name(), locale),
					TEXT, false));
			document
				.add(line(text("trainee.pdf.batch", locale) + ": " + this.labels.day(history.batch().startsOn(), locale)
						+ " – " + this.labels.day(history.batch().endsOn(), locale), TEXT, false));
			document
				.add(line(text("trainee.pdf.printed", locale) + ": " + IndiaTime.day(history.printedOn()).in(locale),
						TEXT, false));
			document.add(new Paragraph(" "));
			document.add(line(text("trainee.attendance", locale), TEXT + 2, true));
			PdfPTable attendance = table(4, locale, "trainee.month", "trainee.present", "trainee.absent",
					"trainee.leave");
			for (TraineeRecords.MonthAttendance month : history.attendance()) {
				attendance.addCell(cell(this.labels.month(month.month(), locale), false, false));
				attendance.addCell(cell(Integer.toString(month.present()), false, true));
				attendance.addCell(cell(Integer.toString(month.absent()), false, true));
				attendance.addCell(cell(Integer.toString(month.leave()), false, true));
			}
			document.add(attendance);
			document.add(new Paragraph(" "));
			document.add(line(text("trainee.stipends", locale), TEXT + 2, true));
			PdfPTable stipends = table(4, locale, "trainee.month", "training.stipend.amount", "trainee.pdf.status",
					"training.stipend.why");
			for (StipendLine stipend : history.lines()) {
				stipends.addCell(cell(this.labels.month(stipend.month(), locale), false, false));
				stipends.addCell(cell(PdfFonts.money(stipend.amount(), locale), false, true));
				String state = text("training.stipend.state." + stipend.state(), locale);
				if (stipend.paymentReference() != null) {
					state += " (" + stipend.paymentReference() + ")";
				}
				stipends.addCell(cell(state, false, false));
				stipends.addCell(cell(why(stipend, locale), false, false));
			}
			document.add(stipends);
			document.add(new Paragraph(" "));
			document.add(line(this.messages.getMessage("trainee.paidSoFar",
					new Object[] { PdfFonts.money(history.paid(), locale) }, locale), TEXT, true));
			document.close();
			return out.toByteArray();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private String why(StipendLine line, Locale locale) {
		if (line.stipend() == null) {
			return this.messages.getMessage("training.stipend.why.correction", new Object[] { line.reason() }, locale);
		}
		if (line.stipend().belowMinimum()) {
			return text("training.stipend.daysOf", locale, line.stipend().daysPresent(),
					line.stipend().enrolledWorkingDays());
		}
		return text("training.stipend.daysOf", locale, line.stipend().daysPresent(), line.stipend().workingDays());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
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
