package ladakh.crafts.marketplace.catalog;

import java.awt.image.BufferedImage;
import java.io.IOException;

import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.media.Images;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Checks a product photo by its content (whatever the file is called): a JPEG or PNG,
 * whose header shows neither too many pixels nor a tiny image; then re-encodes it, in one
 * of the shared decoding slots, as a JPEG of at most {@value #MAX_SIDE} pixels on the
 * longer side plus a thumbnail of at most {@value #THUMB_SIDE}. Re-encoding also drops
 * metadata (location, camera).
 */
@Component
class ListingPhotos {

	/** The most an upload may be. */
	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final int MAX_SIDE = 1600;

	static final int THUMB_SIDE = 400;

	static final int MIN_SIDE = 100;

	/**
	 * Sellers are signed in and photograph products in detail, so more than a portrait;
	 * decoding subsamples to the stored size, so this bounds decoding time, not memory.
	 */
	private static final long MAX_PIXELS = 40_000_000L;

	private final DecodeSlots slots;

	ListingPhotos(DecodeSlots slots) {
		this.slots = slots;
	}

	/**
	 * Checks the header on the calling thread, then decodes and re-encodes in a decoding
	 * slot.
	 * @param bytes the upload
	 * @return the image and thumbnail, or a {@link Refusal}: INVALID when it is not a
	 * usable image, UNAVAILABLE when no decoding slot came free
	 */
	Mono<Encoded> reencode(byte[] bytes) {
		if (bytes.length == 0) {
			return Mono.error(invalid("listing.photo.missing"));
		}
		if (bytes.length > MAX_BYTES) {
			return Mono.error(invalid("listing.photo.tooLarge"));
		}
		try {
			Images.Header header = Images.inspect(bytes, MAX_PIXELS);
			if (Math.min(header.width(), header.height()) < MIN_SIDE) {
				return Mono.error(invalid("listing.photo.tooSmall"));
			}
		}
		catch (Images.Unreadable ex) {
			return Mono.error(refusal(ex));
		}
		return this.slots.run(() -> reencodeNow(bytes))
			.onErrorMap(DecodeSlots.Busy.class, (ex) -> Refusal.unavailable("listing.photo.busy"));
	}

	private static Encoded reencodeNow(byte[] bytes) throws IOException {
		Images.Decoded original;
		try {
			original = Images.decode(bytes, MAX_PIXELS, MAX_SIDE);
		}
		catch (Images.Unreadable ex) {
			throw refusal(ex);
		}
		BufferedImage image = Images.scaled(original, MAX_SIDE);
		BufferedImage thumb = Images.scaled(original, THUMB_SIDE);
		return new Encoded(Images.jpeg(image), image.getWidth(), image.getHeight(), Images.jpeg(thumb));
	}

	private static Refusal refusal(Images.Unreadable ex) {
		return invalid(switch (ex.reason()) {
			case NOT_JPEG_OR_PNG -> "listing.photo.format";
			case TOO_MANY_PIXELS -> "listing.photo.tooManyPixels";
			case NOT_AN_IMAGE -> "listing.photo.unreadable";
		});
	}

	private static Refusal invalid(String code) {
		return Refusal.invalid(code).at("photo");
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
