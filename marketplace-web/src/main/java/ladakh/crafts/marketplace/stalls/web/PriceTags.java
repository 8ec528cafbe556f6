package ladakh.crafts.marketplace.stalls.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.catalog.StallPieces;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * QR price tags to cut out and put beside the pieces at a stall: twelve to an A4 page
 * (three across, four down, with cut lines), each with the title, the price, the seller
 * and a QR code that opens the stall's point of sale with the listing chosen. In the
 * reader's language (Hindi with the Devanagari font, {@link PdfFonts}). Rendering blocks,
 * so it runs on {@code boundedElastic}.
 */
@Component
class PriceTags {

	static final int ACROSS = 3;

	static final int DOWN = 4;

	private static final float MARGIN = 28f;

	private static final float QR_SIZE = 92f;

	private static final Color CUT = new Color(0x9A, 0x93, 0x88);

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final String publicUrl;

	PriceTags(PdfFonts fonts, MessageSource messages,
			@Value("${marketplace.public-url:http://localhost:8080}") String publicUrl) {
		this.fonts = fonts;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The tags of these listings for the seller's stall at the exhibition. */
	Mono<byte[]> render(String exhibitionId, String sellerName, List<StallPieces> pieces, Locale locale) {
		return Mono.fromCallable(() -> draw(exhibitionId, sellerName, pieces, locale))
			.subscribeOn(Schedulers.boundedElastic());
	}

	/** Where a tag's QR code leads: the point of sale with the listing chosen. */
	String link(String exhibitionId, String listingId) {
		return this.publicUrl + "/seller/stalls/" + exhibitionId + "?listing=" + listingId;
	}

	private byte[] draw(String exhibitionId, String sellerName, List<StallPieces> pieces, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(text("stall.tags.title", locale));
			document.open();
			PdfContentByte canvas = writer.getDirectContent();
			if (pieces.isEmpty()) {
				document.add(new Paragraph(this.fonts.phrase(text("stall.stock.none", locale), 12, false)));
			}
			for (int i = 0; i < pieces.size(); i++) {
				if (i > 0 && i % (ACROSS * DOWN) == 0) {
					document.newPage();
				}
				tag(canvas, box(i % (ACROSS * DOWN)), exhibitionId, sellerName, pieces.get(i), locale);
			}
			document.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not draw the price tags of " + exhibitionId, ex);
		}
		return out.toByteArray();
	}

	private void tag(PdfContentByte canvas, Rectangle box, String exhibitionId, String sellerName, StallPieces pieces,
			Locale locale) throws Exception {
		canvas.saveState();
		canvas.setColorStroke(CUT);
		canvas.setLineWidth(0.5f);
		canvas.setLineDash(3f, 3f);
		canvas.rectangle(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight());
		canvas.stroke();
		canvas.restoreState();

		float inset = 10f;
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(box.getLeft() + inset, box.getBottom() + QR_SIZE + 24f, box.getRight() - inset,
				box.getTop() - inset);
		column.addElement(line(pieces.title().in(locale), 10.5f, true, Element.ALIGN_LEFT));
		column.addElement(line(price(pieces.price(), locale), 15f, true, Element.ALIGN_LEFT));
		column.addElement(line(sellerName, 8.5f, false, Element.ALIGN_LEFT));
		column.go();

		Rectangle code = qrArea(box);
		float qrY = code.getBottom();
		qr(canvas, link(exhibitionId, pieces.listingId()), code.getLeft(), qrY, QR_SIZE);
		ColumnText caption = new ColumnText(canvas);
		caption.setSimpleColumn(box.getLeft() + inset, box.getBottom() + 4f, box.getRight() - inset, qrY - 1f);
		caption.addElement(line(text("stall.tags.scan", locale), 7.5f, false, Element.ALIGN_CENTER));
		caption.go();
	}

	/** The tag at a place on its page (0 top left, reading order), in points. */
	static Rectangle box(int place) {
		float width = (PageSize.A4.getWidth() - 2 * MARGIN) / ACROSS;
		float height = (PageSize.A4.getHeight() - 2 * MARGIN) / DOWN;
		float x = MARGIN + (place % ACROSS) * width;
		float y = PageSize.A4.getHeight() - MARGIN - (place / ACROSS + 1) * height;
		return new Rectangle(x, y, x + width, y + height);
	}

	/** Where a tag's QR code is drawn, in points. */
	static Rectangle qrArea(Rectangle box) {
		float x = box.getLeft() + (box.getWidth() - QR_SIZE) / 2f;
		float y = box.getBottom() + 18f;
		return new Rectangle(x, y, x + QR_SIZE, y + QR_SIZE);
	}

	private Paragraph line(String text, float size, boolean bold, int alignment) {
		Paragraph paragraph = new Paragraph(this.fonts.phrase(text, size, bold));
		paragraph.setLeading(size * 1.25f);
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	/** Helvetica has no rupee sign: English prints "Rs."; Hindi's font draws "₹". */
	private static String price(Money price, Locale locale) {
		String formatted = price.format(locale);
		return "hi".equals(locale.getLanguage()) ? formatted : formatted.replace("₹", "Rs. ");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The QR code as vector squares, sharp at any print size. */
	private static void qr(PdfContentByte canvas, String content, float x, float y, float size) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		hints.put(EncodeHintType.MARGIN, 0);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content, ex);
		}
		float module = size / matrix.getWidth();
		canvas.saveState();
		canvas.setColorFill(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

}
