package ladakh.crafts.marketplace.reviews;

import java.awt.image.BufferedImage;
import java.io.IOException;

import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.media.Images;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A review's photo, checked as listing photos are (the media area's {@link Images}): by
 * its content, a JPEG or PNG whose header shows neither too many pixels nor a tiny image;
 * then re-encoded in one of the shared decoding slots as a JPEG of at most
 * {@value #MAX_SIDE} pixels on the longer side, which also drops location and camera
 * data. Stored in the media area with the review as its owner.
 */
@Component
class ReviewPhotos {

	/** The most an upload may be. */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	static final int MAX_SIDE = 1200;

	static final int MIN_SIDE = 100;

	/** Bounds decoding time; decoding subsamples to the stored size. */
	private static final long MAX_PIXELS = 40_000_000L;

	private final DecodeSlots slots;

	private final PhotoStore store;

	ReviewPhotos(DecodeSlots slots, PhotoStore store) {
		this.slots = slots;
		this.store = store;
	}

	/**
	 * Checks the header on the calling thread, then re-encodes in a decoding slot.
	 * @return the JPEG, or a {@link Refusal} beside the photo field (INVALID, or
	 * UNAVAILABLE when no slot came free)
	 */
	Mono<byte[]> reencode(byte[] bytes) {
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

	Mono<Void> store(String photoId, String reviewId, byte[] jpeg) {
		return this.store.store(new PhotoStore.NewPhoto(photoId, "image/jpeg", PhotoStore.Kind.IMAGE, reviewId, jpeg));
	}

	Mono<Void> delete(String photoId) {
		return this.store.delete(photoId);
	}

	private static byte[] reencodeNow(byte[] bytes) throws IOException {
		Images.Decoded original;
		try {
			original = Images.decode(bytes, MAX_PIXELS, MAX_SIDE);
		}
		catch (Images.Unreadable ex) {
			throw refusal(ex);
		}
		BufferedImage image = Images.scaled(original, MAX_SIDE);
		return Images.jpeg(image);
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

}
