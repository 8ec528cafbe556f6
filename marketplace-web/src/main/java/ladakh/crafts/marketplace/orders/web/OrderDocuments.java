package ladakh.crafts.marketplace.orders.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.orders.OrderView;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The buyer's invoice and the seller's packing slip as PDF. Rendering blocks, so it runs
 * on {@code boundedElastic}.
 */
@Component
class OrderDocuments {

	static final String TAXES_NOTE = "Prices are inclusive of all taxes.";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy")
		.withZone(ZoneId.of("Asia/Kolkata"));

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

	/**
	 * The invoice of a buyer order: every part with its seller and registration number.
	 */
	Mono<byte[]> invoice(OrderView order, Map<String, SellerContacts.Contact> sellers) {
		return Mono.fromCallable(() -> render((document) -> {
			document.add(new Paragraph("Ladakh Crafts - Invoice", TITLE));
			document.add(new Paragraph("Order number: " + order.number(), BOLD));
			document.add(new Paragraph("Order date: " + date(order), TEXT));
			document.add(new Paragraph("Bill to: " + String.join(", ", order.address()), TEXT));
			for (OrderPart part : order.parts()) {
				SellerContacts.Contact seller = sellers.get(part.sellerId());
				document.add(new Paragraph(" "));
				document.add(new Paragraph("Seller: " + ((seller != null) ? seller.name() : part.sellerId()), BOLD));
				if (seller != null && seller.registrationNumber() != null) {
					document.add(new Paragraph("Registration number: " + seller.registrationNumber(), TEXT));
				}
				document.add(new Paragraph("Status: " + part.status(), TEXT));
				document.add(lines(part.lines(), true));
				document.add(new Paragraph("Subtotal: " + rupees(part.subtotal().minor()), BOLD));
			}
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Total: " + rupees(order.total().minor()), TITLE));
			document.add(new Paragraph(TAXES_NOTE, TEXT));
		})).subscribeOn(Schedulers.boundedElastic());
	}

	/** A seller's packing slip: what goes in the parcel and where it goes; no prices. */
	Mono<byte[]> packingSlip(OrderPart part, OrderView order, SellerContacts.Contact seller) {
		return Mono.fromCallable(() -> render((document) -> {
			document.add(new Paragraph("Ladakh Crafts - Packing slip", TITLE));
			document.add(new Paragraph("Order number: " + part.orderNumber() + "  (part " + part.id() + ")", BOLD));
			document.add(new Paragraph(
					"From: " + seller.name()
							+ ((seller.registrationNumber() != null) ? " (" + seller.registrationNumber() + ")" : ""),
					TEXT));
			document.add(new Paragraph("Ship to:", BOLD));
			for (String line : order.address()) {
				document.add(new Paragraph(line, TEXT));
			}
			document.add(new Paragraph(" "));
			document.add(lines(part.lines(), false));
		})).subscribeOn(Schedulers.boundedElastic());
	}

	private static PdfPTable lines(List<OrderPart.Line> lines, boolean prices) {
		PdfPTable table = new PdfPTable(prices ? 4 : 2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		header(table, "Item");
		header(table, "Qty");
		if (prices) {
			header(table, "Unit price");
			header(table, "Amount");
		}
		for (OrderPart.Line line : lines) {
			table.addCell(new PdfPCell(new Phrase(line.title(), TEXT)));
			table.addCell(right(String.valueOf(line.quantity())));
			if (prices) {
				table.addCell(right(rupees(line.unitPrice().minor())));
				table.addCell(right(rupees(line.lineTotal().minor())));
			}
		}
		return table;
	}

	private static void header(PdfPTable table, String text) {
		table.addCell(new PdfPCell(new Phrase(text, BOLD)));
	}

	private static PdfPCell right(String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	static String rupees(long paise) {
		return String.format(java.util.Locale.ROOT, "Rs. %,d.%02d", paise / 100, paise % 100);
	}

	private static String date(OrderView order) {
		return (order.createdAt() != null) ? DATE.format(order.createdAt()) : "";
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
