package ladakh.crafts.marketplace.catalog.web;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;

/** Reads an uploaded photo's bytes, refusing anything larger than the limit. */
final class PhotoUploads {

	static final int MAX_BYTES = 8 * 1024 * 1024;

	private PhotoUploads() {
	}

	static Mono<byte[]> bytes(Part part) {
		if (!(part instanceof FilePart file)) {
			return Mono.error(Refusal.invalid("listing.photo.missing").at("photo"));
		}
		return DataBufferUtils.join(file.content(), MAX_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		})
			.onErrorMap(DataBufferLimitException.class, (ex) -> Refusal.invalid("listing.photo.tooLarge").at("photo"))
			.switchIfEmpty(Mono.error(() -> Refusal.invalid("listing.photo.missing").at("photo")));
	}

}
