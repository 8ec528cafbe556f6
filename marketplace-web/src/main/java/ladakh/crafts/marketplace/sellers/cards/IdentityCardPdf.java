package ladakh.crafts.marketplace.sellers.cards;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws the registration cum identity card: an ID-1 card (85.6 × 54 mm, the size of a
 * bank card) as a two-page PDF, front then back, so a print shop can print it duplex and
 * cut it, or an artisan can print both pages on plain paper and fold them. Blocking work:
 * call it on a scheduler meant for that.
 */
final class IdentityCardPdf {

	static final float POINTS_PER_MM = 72f / 25.4f;

	/** ID-1 (ISO/IEC 7810), landscape. */
	static final Rectangle ID_1 = new Rectangle(85.6f * POINTS_PER_MM, 54f * POINTS_PER_MM);

	private static final Color MAROON = new Color(0x7A, 0x1F, 0x2B);

	private static final Color INK = new Color(0x22, 0x22, 0x22);

	private static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);

	private static final Color PHOTO_BACKGROUND = new Color(0xE6, 0xE1, 0xD8);

	private static final Color SILHOUETTE = new Color(0x9A, 0x93, 0x88);

	private static final float MARGIN = 8f;

	private static final float BAND_HEIGHT = 31f;

	private static final String[] HINDI_LINES = { "सत्यापन के लिए क्यूआर कोड स्कैन करें।",
			"मिलने पर हस्तशिल्प विभाग, लेह को लौटाएँ।" };

	private final HindiFont hindi;

	IdentityCardPdf(HindiFont hindi) {
		this.hindi = hindi;
	}

	byte[] render(CardContent card) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(ID_1, 0, 0, 0, 0);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle("Registration cum identity card " + card.registrationNumber());
			document.addCreator("Handicrafts / Handloom Department, UT Ladakh");
			document.open();
			PdfContentByte canvas = writer.getDirectContent();
			front(canvas, card);
			document.newPage();
			back(canvas, card);
			document.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not draw the identity card " + card.registrationNumber(), ex);
		}
		return out.toByteArray();
	}

	private void front(PdfContentByte canvas, CardContent card) throws Exception {
		float width = ID_1.getWidth();
		float height = ID_1.getHeight();
		canvas.saveState();
		canvas.setColorFill(MAROON);
		canvas.rectangle(0, height - BAND_HEIGHT, width, BAND_HEIGHT);
		canvas.fill();
		canvas.restoreState();
		BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
		BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
		text(canvas, bold, 7.2f, Color.WHITE, "HANDICRAFTS / HANDLOOM DEPARTMENT", MARGIN, height - 11);
		text(canvas, regular, 6f, Color.WHITE, "Union Territory of Ladakh", MARGIN, height - 19.5f);
		text(canvas, bold, 5.6f, Color.WHITE, "REGISTRATION CUM IDENTITY CARD", MARGIN, height - 27);

		float photoWidth = 58f;
		float photoHeight = 72f;
		float photoX = MARGIN;
		float photoY = (height - BAND_HEIGHT - photoHeight) / 2f;
		photo(canvas, card.photo(), photoX, photoY, photoWidth, photoHeight);

		float x = photoX + photoWidth + 8f;
		float maxWidth = width - x - MARGIN;
		float y = height - BAND_HEIGHT - 12f;
		String[][] rows = { { "Name", card.name() }, { "Craft", card.crafts() },
				{ "Registration no.", card.registrationNumber() }, { "District", card.district() },
				{ "Valid until", card.validUntil() } };
		for (String[] row : rows) {
			text(canvas, regular, 5f, MUTED, row[0].toUpperCase(), x, y);
			fitted(canvas, bold, 8f, INK, row[1], x, y - 8.5f, maxWidth);
			y -= 21.5f;
		}
	}

	private void back(PdfContentByte canvas, CardContent card) throws Exception {
		float width = ID_1.getWidth();
		float height = ID_1.getHeight();
		// At least four modules of white around the code (its quiet zone) on every side.
		float qrSize = 92f;
		float qrX = 12f;
		float qrY = height - 12f - qrSize;
		qr(canvas, card.verificationUrl(), qrX, qrY, qrSize);

		BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
		BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
		float x = qrX + qrSize + 8f;
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(x, qrY - 2f, width - MARGIN, height - MARGIN);
		column.addElement(paragraph("Verify this card", new Font(bold, 7.5f, Font.NORMAL, MAROON), 0));
		column.addElement(paragraph("Scan the QR code, or open:", new Font(regular, 6f, Font.NORMAL, INK), 3));
		column.addElement(paragraph(card.verificationUrl(), new Font(bold, 5.6f, Font.NORMAL, INK), 1));
		column.addElement(paragraph("The page shows whether the registration is active today.",
				new Font(regular, 6f, Font.NORMAL, INK), 3));
		column.addElement(
				paragraph("Registered on " + card.registeredOn() + ".", new Font(regular, 6f, Font.NORMAL, MUTED), 3));
		column.go();

		float lineY = qrY - 12f;
		if (this.hindi.available()) {
			for (String line : HINDI_LINES) {
				this.hindi.show(canvas, line, 6.2f, MARGIN, lineY, INK);
				lineY -= 9f;
			}
		}
		text(canvas, regular, 5.2f, MUTED, "If found, please return to the Handicrafts Department, Leh, Ladakh.",
				MARGIN, Math.min(lineY, MARGIN + 2f));
	}

	private static Paragraph paragraph(String text, Font font, float spacingBefore) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setLeading(font.getSize() * 1.25f);
		paragraph.setSpacingBefore(spacingBefore);
		paragraph.setAlignment(Element.ALIGN_LEFT);
		return paragraph;
	}

	private static void photo(PdfContentByte canvas, byte[] bytes, float x, float y, float width, float height)
			throws Exception {
		canvas.saveState();
		canvas.setColorFill(PHOTO_BACKGROUND);
		canvas.rectangle(x, y, width, height);
		canvas.fill();
		canvas.restoreState();
		Image image = null;
		if (bytes != null) {
			try {
				image = Image.getInstance(bytes);
			}
			catch (Exception ex) {
				// An unreadable portrait prints the silhouette rather than no card.
				image = null;
			}
		}
		if (image != null) {
			image.scaleToFit(width, height);
			float drawnX = x + (width - image.getScaledWidth()) / 2f;
			float drawnY = y + (height - image.getScaledHeight()) / 2f;
			image.setAbsolutePosition(drawnX, drawnY);
			canvas.addImage(image);
		}
		else {
			silhouette(canvas, x, y, width, height);
		}
		canvas.saveState();
		canvas.setColorStroke(MUTED);
		canvas.setLineWidth(0.5f);
		canvas.rectangle(x, y, width, height);
		canvas.stroke();
		canvas.restoreState();
	}

	/** A head and shoulders, drawn, where there is no photo yet. */
	private static void silhouette(PdfContentByte canvas, float x, float y, float width, float height) {
		canvas.saveState();
		canvas.setColorFill(SILHOUETTE);
		float centre = x + width / 2f;
		canvas.circle(centre, y + height * 0.62f, width * 0.2f);
		canvas.fill();
		canvas.roundRectangle(x + width * 0.16f, y, width * 0.68f, height * 0.38f, width * 0.16f);
		canvas.fill();
		canvas.restoreState();
	}

	/** Draws the QR code as vector squares, so it stays sharp at any print size. */
	static void qr(PdfContentByte canvas, String content, float x, float y, float size) {
		BitMatrix matrix = qrMatrix(content);
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

	static BitMatrix qrMatrix(String content) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		// The card's white border around the code is its quiet zone.
		hints.put(EncodeHintType.MARGIN, 0);
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content, ex);
		}
	}

	private static void text(PdfContentByte canvas, BaseFont font, float size, Color color, String text, float x,
			float y) {
		canvas.beginText();
		canvas.setColorFill(color);
		canvas.setFontAndSize(font, size);
		canvas.setTextMatrix(x, y);
		canvas.showText(text);
		canvas.endText();
	}

	/** Long names shrink to fit, down to a legible size, and are then shortened. */
	private static void fitted(PdfContentByte canvas, BaseFont font, float size, Color color, String text, float x,
			float y, float maxWidth) {
		String value = (text == null || text.isBlank()) ? "-" : text;
		float fittedSize = size;
		while (font.getWidthPoint(value, fittedSize) > maxWidth && fittedSize > 5.5f) {
			fittedSize -= 0.25f;
		}
		while (font.getWidthPoint(value, fittedSize) > maxWidth && value.length() > 2) {
			value = value.substring(0, value.length() - 2) + "…";
		}
		text(canvas, font, fittedSize, color, value, x, y);
	}

	/**
	 * A Devanagari font from the machine, when there is one. Hindi needs shaping
	 * (conjuncts, vowel signs), which Java's font layout does; the shaped glyphs are then
	 * written with the same font embedded in the PDF.
	 */
	record HindiFont(BaseFont pdfFont, java.awt.Font awtFont) {

		static final HindiFont NONE = new HindiFont(null, null);

		boolean available() {
			return this.pdfFont != null;
		}

		void show(PdfContentByte canvas, String text, float size, float x, float y, Color color) {
			java.awt.Font sized = this.awtFont.deriveFont(size);
			char[] chars = text.toCharArray();
			GlyphVector glyphs = sized.layoutGlyphVector(new FontRenderContext(null, false, true), chars, 0,
					chars.length, java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
			canvas.beginText();
			canvas.setColorFill(color);
			canvas.setFontAndSize(this.pdfFont, size);
			canvas.setTextMatrix(x, y);
			canvas.showText(glyphs);
			canvas.endText();
		}

	}

}
