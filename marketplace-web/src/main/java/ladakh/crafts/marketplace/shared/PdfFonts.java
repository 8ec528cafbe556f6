package ladakh.crafts.marketplace.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts the PDFs write with: Helvetica for Latin text and, when the machine has one,
 * a Devanagari font embedded for Hindi. Each piece of text is split by character between
 * the two, so a Hindi label beside an English address prints both. The Devanagari runs
 * are shaped by Java's text layout (OpenPDF's {@link LayoutProcessor}), so conjuncts and
 * vowel signs come out joined rather than as loose letters.
 */
@Component
public class PdfFonts {

	private static final Log logger = LogFactory.getLog(PdfFonts.class);

	private final Path devanagariFile;

	private final BaseFont devanagari;

	private final BaseFont devanagariBold;

	PdfFonts(@Value("${marketplace.pdf.hindi-fonts:/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf,"
			+ "/usr/share/fonts/opentype/noto/NotoSansDevanagari-Regular.ttf,"
			+ "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf,"
			+ "/usr/share/fonts/truetype/freefont/FreeSans.ttf}") List<String> candidates) {
		this.devanagariFile = candidates.stream()
			.map((candidate) -> Path.of(candidate.trim()))
			.filter(Files::isReadable)
			.filter(PdfFonts::drawsDevanagari)
			.findFirst()
			.orElse(null);
		if (this.devanagariFile == null) {
			logger.warn("No Devanagari font found (marketplace.pdf.hindi-fonts): PDFs print Hindi text as blanks");
		}
		this.devanagari = load(this.devanagariFile);
		this.devanagariBold = Optional.ofNullable(load(boldBeside(this.devanagariFile))).orElse(this.devanagari);
	}

	/**
	 * The Devanagari font file found on this machine, for documents that shape by hand.
	 */
	public Optional<Path> devanagariFile() {
		return Optional.ofNullable(this.devanagariFile);
	}

	/** A paragraph of text in these fonts. */
	public Paragraph paragraph(String text, float size, boolean bold) {
		return new Paragraph(phrase(text, size, bold));
	}

	/** A table cell of text in these fonts, right-aligned for figures. */
	public PdfPCell cell(String text, float size, boolean bold, boolean right) {
		PdfPCell cell = new PdfPCell(phrase(text, size, bold));
		if (right) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		return cell;
	}

	/**
	 * An amount as the PDFs print it: English keeps "Rs." (Helvetica has no rupee sign);
	 * Hindi prints "₹" (the Devanagari font has it).
	 */
	public static String money(Money amount, Locale locale) {
		if ("hi".equals(locale.getLanguage())) {
			return amount.format();
		}
		long paise = amount.minor();
		String sign = (paise < 0) ? "-" : "";
		paise = Math.abs(paise);
		return String.format(Locale.ROOT, "%sRs. %,d.%02d", sign, paise / 100, paise % 100);
	}

	/** The text as a phrase, each character in a font that draws it. */
	public Phrase phrase(String text, float size, boolean bold) {
		FontSelector selector = new FontSelector();
		selector.addFont(new Font(Font.HELVETICA, size, bold ? Font.BOLD : Font.NORMAL));
		BaseFont hindi = bold ? this.devanagariBold : this.devanagari;
		if (hindi != null) {
			selector.addFont(new Font(hindi, size, Font.NORMAL));
		}
		return selector.process((text != null) ? text : "");
	}

	private static boolean drawsDevanagari(Path path) {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, path.toFile()).canDisplay('\u0939');
		}
		catch (IOException | java.awt.FontFormatException | RuntimeException ex) {
			logger.debug("Not a usable Devanagari font: " + path, ex);
			return false;
		}
	}

	private static Path boldBeside(Path regular) {
		if (regular == null || !regular.getFileName().toString().contains("-Regular")) {
			return null;
		}
		Path bold = regular.resolveSibling(regular.getFileName().toString().replace("-Regular", "-Bold"));
		return Files.isReadable(bold) ? bold : null;
	}

	private static BaseFont load(Path path) {
		if (path == null) {
			return null;
		}
		try {
			BaseFont font = BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			shapeWithJavaLayout();
			LayoutProcessor.loadFont(font, path.toString());
			return font;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not load the Devanagari font " + path, ex);
			return null;
		}
	}

	/** Turned on once for the process; it applies only to fonts loaded through it. */
	private static synchronized void shapeWithJavaLayout() {
		if (!LayoutProcessor.isEnabled()) {
			LayoutProcessor.enable();
		}
	}

}
