package ladakh.crafts.marketplace.reports.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ladakh.crafts.marketplace.shared.PdfFonts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the reports' PDFs share: an A4 document rendered on {@code boundedElastic} (it
 * blocks), tables with a header row in the fonts of {@link PdfFonts}, and the response
 * that shows it in the browser and is never cached.
 */
final class PdfPages {

	static final float TITLE = 15;

	static final float HEADING = 11;

	static final float TEXT = 9;

	private PdfPages() {
	}

	interface Body {

		void write(Document document) throws Exception;

	}

	static Mono<byte[]> render(Body body) {
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

	static PdfPTable table(PdfFonts fonts, String... heads) {
		PdfPTable table = new PdfPTable(heads.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setSpacingAfter(6);
		table.setHeaderRows(1);
		for (String head : heads) {
			table.addCell(fonts.cell(head, TEXT, true, false));
		}
		return table;
	}

	/** Hindi for a Hindi reader, else English. */
	static Locale language(Locale asked) {
		return (asked != null && "hi".equals(asked.getLanguage())) ? asked : Locale.ENGLISH;
	}

	static ResponseEntity<byte[]> response(String name, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.contentLength(pdf.length)
			.body(pdf);
	}

}
