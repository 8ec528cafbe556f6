package ladakh.crafts.marketplace.sellers.registration;

import java.io.IOException;

import ladakh.crafts.marketplace.media.Images;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Checks an applicant's photo by its content (whatever the file is called) and re-encodes
 * it as a JPEG of at most {@value #MAX_SIDE} pixels on the longer side, which also drops
 * any metadata (location, camera) the original carried.
 */
@Component
class PortraitPhotos {

	/** The most an upload may be. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 600;

	/** Refuses decompression bombs before decoding: no phone camera comes near this. */
	private static final long MAX_PIXELS = 50_000_000L;

	/**
	 * Decodes and re-encodes on the bounded elastic scheduler.
	 * @param bytes the upload
	 * @return the JPEG, or an {@link UnreadablePhoto} error when it is not an image
	 */
	Mono<byte[]> reencode(byte[] bytes) {
		return Mono.fromCallable(() -> reencodeNow(bytes)).subscribeOn(Schedulers.boundedElastic());
	}

	private static byte[] reencodeNow(byte[] bytes) throws IOException {
		try {
			return Images.jpeg(Images.scaled(Images.decode(bytes, MAX_PIXELS), MAX_SIDE));
		}
		catch (Images.Unreadable ex) {
			throw new UnreadablePhoto();
		}
	}

	/** The upload is not an image we can read. */
	static final class UnreadablePhoto extends RuntimeException {

		UnreadablePhoto() {
			super("Not a readable image");
		}

	}

}
