package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.List;

import ladakh.crafts.marketplace.sellers.registration.ApplicationDraft;
import ladakh.crafts.marketplace.sellers.registration.ApplicationDraft.Upload;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the multipart application form. The photo is read up to the size limit and no
 * further, so an oversized upload is reported, not held in memory.
 */
final class ApplicationFormReader {

	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	private ApplicationFormReader() {
	}

	static Mono<ApplicationDraft> read(ServerWebExchange exchange, String consentText) {
		return exchange.getMultipartData()
			.flatMap((parts) -> photo(parts.getFirst("photo")).map((photo) -> draft(parts, consentText, photo))
				.defaultIfEmpty(draft(parts, consentText, null)));
	}

	private static ApplicationDraft draft(MultiValueMap<String, Part> parts, String consentText, Upload photo) {
		List<String> crafts = parts.getOrDefault("crafts", List.of())
			.stream()
			.map(ApplicationFormReader::value)
			.filter((craft) -> !craft.isBlank())
			.toList();
		return new ApplicationDraft(value(parts, "name"), value(parts, "parentage"), value(parts, "dateOfBirth"),
				value(parts, "gender"), value(parts, "mobile"), value(parts, "district"), value(parts, "block"),
				value(parts, "village"), value(parts, "pinCode"), crafts, value(parts, "yearsOfPractice"),
				value(parts, "trainingCentreId"), value(parts, "batchId"), "on".equals(value(parts, "consent")),
				consentText, photo);
	}

	private static Mono<Upload> photo(Part part) {
		if (!(part instanceof FilePart file) || file.filename().isBlank()) {
			return Mono.empty();
		}
		return DataBufferUtils.join(file.content(), MAX_PHOTO_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return new Upload(bytes, false);
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new Upload(null, true)))
			.defaultIfEmpty(new Upload(new byte[0], false));
	}

	private static String value(MultiValueMap<String, Part> parts, String name) {
		Part part = parts.getFirst(name);
		return (part != null) ? value(part) : "";
	}

	private static String value(Part part) {
		return (part instanceof FormFieldPart field) ? field.value() : "";
	}

}
