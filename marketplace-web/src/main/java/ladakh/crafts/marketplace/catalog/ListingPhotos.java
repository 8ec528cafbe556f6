package ladakh.crafts.marketplace.catalog;

import java.awt.image.BufferedImage;
import java.io.IOException;

import ladakh.crafts.marketplace.media.Images;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Checks a product photo by its content (whatever the file is called), refuses
 * decompression bombs and tiny images, and re-encodes it as a JPEG of at most
 * {@value #MAX_SIDE} pixels on the longer side plus a thumbnail of at most
 * {@value #THUMB_SIDE}. Re-encoding also drops metadata (location, camera).
 */
@Component
class ListingPhotos {

	/** The most an upload may be. */
	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final int MAX_SIDE = 1600;

	static final int THUMB_SIDE = 400;

	static final int MIN_SIDE = 100;

	private static final long MAX_PIXELS = 40_000_000L;

	/**
	 * Decodes and re-encodes on the bounded elastic scheduler.
	 * @param bytes the upload
	 * @return the image and thumbnail, or a {@link ListingRefused} (INVALID) when it is
	 * not a usable image
	 */
	Mono<Encoded> reencode(byte[] bytes) {
		if (bytes.length == 0) {
			return Mono.error(new ListingRefused(ListingRefused.Kind.INVALID, "listing.photo.missing"));
		}
		if (bytes.length > MAX_BYTES) {
			return Mono.error(new ListingRefused(ListingRefused.Kind.INVALID, "listing.photo.tooLarge"));
		}
		return Mono.fromCallable(() -> reencodeNow(bytes)).subscribeOn(Schedulers.boundedElastic());
	}

	private static Encoded reencodeNow(byte[] bytes) throws IOException {
		BufferedImage original;
		try {
			original = Images.decode(bytes, MAX_PIXELS);
		}
		catch (Images.Unreadable ex) {
			throw unreadable(ex.tooManyPixels() ? "listing.photo.tooManyPixels" : "listing.photo.unreadable");
		}
		if (Math.min(original.getWidth(), original.getHeight()) < MIN_SIDE) {
			throw unreadable("listing.photo.tooSmall");
		}
		BufferedImage image = Images.scaled(original, MAX_SIDE);
		BufferedImage thumb = Images.scaled(original, THUMB_SIDE);
		return new Encoded(Images.jpeg(image), image.getWidth(), image.getHeight(), Images.jpeg(thumb));
	}

	private static ListingRefused unreadable(String code) {
		return new ListingRefused(ListingRefused.Kind.INVALID, code);
	}

	/**
	 * A re-encoded photo.
	 *
	 * @param image the JPEG image
	 * @param width its width
	 * @param height its height
	 * @param thumbnail the JPEG thumbnail
	 */
	record Encoded(byte[] image, int width, int height, byte[] thumbnail) {

	}

}
