package ladakh.crafts.marketplace.orders.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.orders.OrderView;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The buyer's invoice and the seller's packing slip as PDF, in the reader's language
 * (Hindi with a Devanagari font embedded, see {@link PdfFonts}). Rendering blocks, so it
 * runs on {@code boundedElastic}.
 */
@Component
class OrderDocuments {

	private static final float TITLE = 16;

	private static final float TEXT = 10;

	private final PdfFonts fonts;

	private final FulfilmentMessages messages;

	OrderDocuments(PdfFonts fonts, FulfilmentMessages messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	/**
	 * The invoice of a buyer order: every part with its seller and registration number,
	 * its pieces, its shipping and its total; the order's total is what the buyer paid.
	 */
	Mono<byte[]> invoice(OrderView order, Map<String, SellerContacts.Contact> sellers, Locale locale) {
		Writer w = new Writer(locale);
		return Mono.fromCallable(() -> render((document) -> {
			document.add(w.line(w.text("pdf.invoice.title"), TITLE, true));
			document.add(w.line(w.text("pdf.order.number") + ": " + order.number(), TEXT, true));
			document.add(w.line(w.text("pdf.order.date") + ": " + date(order, locale), TEXT, false));
			document.add(w.line(w.text("pdf.billTo") + ": " + String.join(", ", order.address()), TEXT, false));
			for (OrderPart part : order.parts()) {
				SellerContacts.Contact seller = sellers.get(part.sellerId());
				document.add(new Paragraph(" "));
				document
					.add(w.line(w.text("pdf.seller") + ": " + ((seller != null) ? seller.name() : "-"), TEXT, true));
				if (seller != null && seller.registrationNumber() != null) {
					document.add(
							w.line(w.text("pdf.registrationNumber") + ": " + seller.registrationNumber(), TEXT, false));
				}
				document.add(w.line(w.text("pdf.status") + ": " + w.text("orders.part.status." + part.status()), TEXT,
						false));
				document.add(w.lines(part.lines(), true));
				document.add(w.line(w.text("pdf.subtotal") + ": " + w.money(part.subtotal()), TEXT, false));
				// The fee frozen at checkout (decision 0053); parts from before it read
				// zero.
				document.add(w.line(
						w.text("pdf.shipping") + ": "
								+ (part.shipping().isZero() ? w.text("pdf.shipping.free") : w.money(part.shipping())),
						TEXT, false));
				document.add(w.line(w.text("pdf.partTotal") + ": " + w.money(part.total()), TEXT, true));
			}
			document.add(new Paragraph(" "));
			document.add(w.line(w.text("pdf.total") + ": " + w.money(order.total()), TITLE, true));
			document.add(w.line(w.text("pdf.taxesNote"), TEXT, false));
		})).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * A seller's packing slip: what goes in the parcel and where it goes; no prices and
	 * no internal ids, only the order number the buyer also has.
	 */
	Mono<byte[]> packingSlip(OrderPart part, OrderView order, SellerContacts.Contact seller, Locale locale) {
		Writer w = new Writer(locale);
		return Mono.fromCallable(() -> render((document) -> {
			document.add(w.line(w.text("pdf.packingSlip.title"), TITLE, true));
			document.add(w.line(w.text("pdf.order.number") + ": " + part.orderNumber(), TEXT, true));
			document.add(w.line(w.text("pdf.order.date") + ": " + date(order, locale), TEXT, false));
			document.add(w.line(
					w.text("pdf.from") + ": " + seller.name()
							+ ((seller.registrationNumber() != null) ? " (" + seller.registrationNumber() + ")" : ""),
					TEXT, false));
			document.add(w.line(w.text("pdf.shipTo") + ":", TEXT, true));
			for (String line : order.address()) {
				document.add(w.line(line, TEXT, false));
			}
			document.add(new Paragraph(" "));
			document.add(w.lines(part.lines(), false));
		})).subscribeOn(Schedulers.boundedElastic());
	}

	/** Labels and amounts in one language, each piece of text in fonts that draw it. */
	private final class Writer {

		private final Locale locale;

		private final boolean hindi;

		Writer(Locale locale) {
			this.locale = (locale != null) ? locale : Locale.ENGLISH;
			this.hindi = "hi".equals(this.locale.getLanguage());
		}

		String text(String code) {
			return OrderDocuments.this.messages.text(code, this.locale);
		}

		/** English keeps "Rs." (Helvetica has no rupee sign); Hindi prints "₹". */
		String money(Money amount) {
			return this.hindi ? amount.format() : rupees(amount.minor());
		}

		Paragraph line(String text, float size, boolean bold) {
			return new Paragraph(OrderDocuments.this.fonts.phrase(text, size, bold));
		}

		PdfPTable lines(List<OrderPart.Line> lines, boolean prices) {
			PdfPTable table = new PdfPTable(prices ? 4 : 2);
			table.setWidthPercentage(100);
			table.setSpacingBefore(4);
			table.addCell(cell(text("pdf.item"), true, false));
			table.addCell(cell(text("pdf.quantity"), true, false));
			if (prices) {
				table.addCell(cell(text("pdf.unitPrice"), true, false));
				table.addCell(cell(text("pdf.amount"), true, false));
			}
			for (OrderPart.Line line : lines) {
				table.addCell(cell(line.title(), false, false));
				table.addCell(cell(String.valueOf(line.quantity()), false, true));
				if (prices) {
					table.addCell(cell(money(line.unitPrice()), false, true));
					table.addCell(cell(money(line.lineTotal()), false, true));
				}
			}
			return table;
		}

		private PdfPCell cell(String text, boolean bold, boolean right) {
			PdfPCell cell = new PdfPCell(OrderDocuments.this.fonts.phrase(text, TEXT, bold));
			if (right) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			return cell;
		}

	}

	static String rupees(long paise) {
		return String.format(java.util.Locale.ROOT, "Rs. %,d.%02d", paise / 100, paise % 100);
	}

	private static String date(OrderView order, Locale locale) {
		return (order.createdAt() != null) ? IndiaTime.day(IndiaTime.dayOf(order.createdAt())).in(locale) : "";
	}

	private static byte[] render(Body body) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		body.write(document);
		document.close();
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface Body {

		void write(Document document) throws Exception;

	}

}
