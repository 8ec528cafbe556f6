package ladakh.crafts.marketplace.sellers.registration;

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
		BufferedImage original = decode(bytes);
		int width = original.getWidth();
		int height = original.getHeight();
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * scale));
		int targetHeight = Math.max(1, (int) Math.round(height * scale));
		BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, targetWidth, targetHeight);
			graphics.drawImage(original, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		return jpeg(target);
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new UnreadablePhoto();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new UnreadablePhoto();
				}
				return reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof UnreadablePhoto unreadable) {
					throw unreadable;
				}
				throw new UnreadablePhoto();
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

	/** The upload is not an image we can read. */
	static final class UnreadablePhoto extends RuntimeException {

		UnreadablePhoto() {
			super("Not a readable image");
		}

	}

}
