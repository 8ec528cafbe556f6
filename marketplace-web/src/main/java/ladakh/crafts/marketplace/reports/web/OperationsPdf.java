package ladakh.crafts.marketplace.reports.web;

import java.time.Clock;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The operations report printed, in the reader's language (as {@link ReportPdf}): the
 * attendance per centre and month, the queues by age, the machines out of order, the
 * stock below its reorder level. Rendering blocks, so it runs on {@code boundedElastic}.
 */
@Component
class OperationsPdf {

	private static final float TITLE = 15;

	private static final float HEADING = 11;

	private static final float TEXT = 9;

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Clock clock;

	OperationsPdf(PdfFonts fonts, MessageSource messages, Clock clock) {
		this.fonts = fonts;
		this.messages = messages;
		this.clock = clock;
	}

	Mono<byte[]> operations(OperationsView view, Locale asked) {
		Locale locale = PdfPages.language(asked);
		return PdfPages.render((document) -> write(document, view, locale));
	}

	private void write(Document document, OperationsView view, Locale locale) {
		document.add(this.fonts.paragraph(text("reports.operations.title", locale), TITLE, true));
		document.add(this.fonts.paragraph(
				text("reports.printed", locale, IndiaTime.day(IndiaTime.dayOf(this.clock.instant())).in(locale)), TEXT,
				false));
		document.add(this.fonts.paragraph(
				text("reports.operations.attendance.heading", locale, view.firstLabel(), view.monthLabel()), HEADING,
				true));
		PdfPTable attendance = PdfPages.table(this.fonts, text("reports.breakdown.centre", locale),
				text("reports.breakdown.month", locale), text("reports.operations.present", locale),
				text("reports.operations.absent", locale), text("reports.operations.leave", locale),
				text("reports.operations.rate", locale));
		for (OperationsView.AttendanceRow row : view.attendance()) {
			cells(attendance, false, 2, row.centre(), row.monthLabel(), n(row.figures().present()),
					n(row.figures().absent()), n(row.figures().leave()), row.rate());
		}
		document.add(attendance);
		document.add(this.fonts.paragraph(text("reports.operations.waiting.heading", locale), HEADING, true));
		PdfPTable queues = PdfPages.table(this.fonts, text("reports.operations.waiting.queue", locale),
				text("reports.operations.band.week", locale), text("reports.operations.band.month", locale),
				text("reports.operations.band.longer", locale), text("reports.operations.waiting.count", locale),
				text("reports.operations.waiting.oldest", locale));
		for (OperationsView.QueueRow row : view.queues()) {
			WaitingAges ages = row.queue().ages();
			cells(queues, false, 1, row.label(), n(ages.upToAWeek()), n(ages.upToAMonth()), n(ages.longer()),
					n(ages.total()), n(row.oldestDays()));
		}
		WaitingAges all = view.report().waiting();
		cells(queues, true, 1, text("reports.total", locale), n(all.upToAWeek()), n(all.upToAMonth()), n(all.longer()),
				n(all.total()), "");
		document.add(queues);
		document.add(this.fonts.paragraph(
				text("reports.operations.machines.heading", locale, view.report().machines().count()), HEADING, true));
		PdfPTable machines = PdfPages.table(this.fonts, text("reports.operations.machines.cfc", locale),
				text("reports.operations.machines.machine", locale), text("reports.operations.machines.since", locale),
				text("reports.operations.machines.days", locale));
		for (OutOfOrderMachines.Machine machine : view.machines()) {
			cells(machines, false, 3, machine.cfcName(), machine.name(), IndiaTime.day(machine.since()).in(locale),
					n(machine.days()));
		}
		document.add(machines);
		document.add(this.fonts
			.paragraph(text("reports.operations.stock.heading", locale, view.report().stock().count()), HEADING, true));
		PdfPTable stock = PdfPages.table(this.fonts, text("reports.operations.stock.holder", locale),
				text("reports.operations.stock.item", locale), text("reports.operations.stock.quantity", locale),
				text("reports.operations.stock.level", locale));
		for (OperationsView.StockRow row : view.stock()) {
			cells(stock, false, 2, row.holder(), row.item(), n(row.balance().quantity()) + " " + row.unit(),
					n(row.balance().reorderLevel()) + " " + row.unit());
		}
		document.add(stock);
	}

	/** A row: its first {@code words} cells text, the rest figures, right-aligned. */
	private void cells(PdfPTable table, boolean bold, int words, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			table.addCell(this.fonts.cell(texts[i], TEXT, bold, i >= words));
		}
	}

	private static String n(long value) {
		return Long.toString(value);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
