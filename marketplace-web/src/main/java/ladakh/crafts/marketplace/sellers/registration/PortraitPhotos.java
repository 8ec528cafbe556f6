package ladakh.crafts.marketplace.sellers.registration;

import java.io.IOException;

import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.media.Images;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Checks an applicant's photo by its content (whatever the file is called): a JPEG or PNG
 * of at most {@value #MAX_PIXELS} pixels, read from its header first; then re-encodes it
 * as a JPEG of at most {@value #MAX_SIDE} pixels on the longer side, which also drops any
 * metadata (location, camera) the original carried.
 */
@Component
class PortraitPhotos {

	/** The most an upload may be. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 600;

	/**
	 * 16 megapixels (4096 x 4096): more than a phone's usual photo, and a bound on what a
	 * 2 MB file may unpack to.
	 */
	static final long MAX_PIXELS = 16L * 1024 * 1024;

	private final DecodeSlots slots;

	PortraitPhotos(DecodeSlots slots) {
		this.slots = slots;
	}

	/**
	 * The problem with the photo that its header shows (not a JPEG or PNG, too many
	 * pixels), without decoding it; cheap enough for every form.
	 * @param bytes the upload
	 * @return the problem, or null when the header is fine
	 */
	static FieldProblem headerProblem(byte[] bytes) {
		try {
			Images.inspect(bytes, MAX_PIXELS);
			return null;
		}
		catch (Images.Unreadable ex) {
			return problem(ex);
		}
	}

	/**
	 * Decodes and re-encodes in one of the shared decoding slots.
	 * @param bytes the upload
	 * @return the JPEG; an {@link UnreadablePhoto} error when it is not an image we take,
	 * or {@link DecodeSlots.Busy} when no slot came free
	 */
	Mono<byte[]> reencode(byte[] bytes) {
		return this.slots.run(() -> reencodeNow(bytes));
	}

	private static byte[] reencodeNow(byte[] bytes) throws IOException {
		try {
			return Images.jpeg(Images.scaled(Images.decode(bytes, MAX_PIXELS, MAX_SIDE), MAX_SIDE));
		}
		catch (Images.Unreadable ex) {
			throw new UnreadablePhoto(problem(ex));
		}
	}

	private static FieldProblem problem(Images.Unreadable ex) {
		return switch (ex.reason()) {
			case NOT_JPEG_OR_PNG -> new FieldProblem("photo", "registration.error.photoFormat");
			case TOO_MANY_PIXELS ->
				new FieldProblem("photo", "registration.error.photoTooManyPixels", MAX_PIXELS / (1024 * 1024));
			case NOT_AN_IMAGE -> new FieldProblem("photo", "registration.error.photoUnreadable");
		};
	}

	/** The upload is not an image we take. */
	static final class UnreadablePhoto extends RuntimeException {

		private final FieldProblem problem;

		UnreadablePhoto(FieldProblem problem) {
			super(problem.messageKey());
			this.problem = problem;
		}

		FieldProblem problem() {
			return this.problem;
		}

	}

}
