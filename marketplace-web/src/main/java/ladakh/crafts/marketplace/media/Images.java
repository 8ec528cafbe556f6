package ladakh.crafts.marketplace.media;

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

/**
 * Uploaded images, checked by their content: decoded whatever the file is called (with
 * the pixel count read from the header first, so a decompression bomb is refused before
 * it is decoded), scaled on a white background, and re-encoded as JPEG, which also drops
 * any metadata (location, camera). Blocking: call from Schedulers.boundedElastic().
 */
public final class Images {

	private Images() {
	}

	/**
	 * Decodes an upload.
	 * @param bytes the upload
	 * @param maxPixels the most pixels accepted
	 * @return the image
	 * @throws Unreadable when it is not an image we can read, or too big
	 */
	public static BufferedImage decode(byte[] bytes, long maxPixels) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new Unreadable(false);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
					throw new Unreadable(true);
				}
				return reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof Unreadable unreadable) {
					throw unreadable;
				}
				throw new Unreadable(false);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The image scaled down (never up) to at most {@code maxSide} on its longer side.
	 */
	public static BufferedImage scaled(BufferedImage original, int maxSide) {
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

	/** The image as a JPEG of quality 0.85. */
	public static byte[] jpeg(BufferedImage image) throws IOException {
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

	/** The upload is not an image we can read, or has too many pixels. */
	public static final class Unreadable extends IOException {

		private final boolean tooManyPixels;

		Unreadable(boolean tooManyPixels) {
			super(tooManyPixels ? "Too many pixels" : "Not a readable image");
			this.tooManyPixels = tooManyPixels;
		}

		public boolean tooManyPixels() {
			return this.tooManyPixels;
		}

	}

}
