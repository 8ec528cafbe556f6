package ladakh.crafts.marketplace.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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
		BufferedImage original = decode(bytes);
		if (Math.min(original.getWidth(), original.getHeight()) < MIN_SIDE) {
			throw unreadable("listing.photo.tooSmall");
		}
		BufferedImage image = scaled(original, MAX_SIDE);
		BufferedImage thumb = scaled(original, THUMB_SIDE);
		return new Encoded(jpeg(image), image.getWidth(), image.getHeight(), jpeg(thumb));
	}

	private static BufferedImage scaled(BufferedImage original, int maxSide) {
		int width = original.getWidth();
		int height = original.getHeight();
		double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * scale));
		int targetHeight = Math.max(1, (int) Math.round(height * scale));
		BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, targetWidth, targetHeight);
			graphics.drawImage(original, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw unreadable("listing.photo.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw unreadable("listing.photo.tooManyPixels");
				}
				return reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof ListingRefused refused) {
					throw refused;
				}
				throw unreadable("listing.photo.unreadable");
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
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
