package ladakh.crafts.marketplace.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Uploaded images, checked by their content whatever the file is called: only JPEG and
 * PNG (by their first bytes), with the size read from the header before any pixel is
 * decoded, so a decompression bomb is refused unread. Decoding reads only every n-th row
 * and column, so the raster is never much bigger than the size that will be stored (less
 * than twice the stored side each way). Images are scaled on a white background and
 * re-encoded as JPEG, which also drops any metadata (location, camera). Blocking: run
 * through {@link DecodeSlots}.
 */
public final class Images {

	private static final byte[] JPEG_START = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] PNG_START = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private Images() {
	}

	/**
	 * Reads an upload's format and size from its header, without decoding its pixels.
	 * Cheap enough for the request thread.
	 * @param bytes the upload
	 * @param maxPixels the most pixels accepted
	 * @return the format and size
	 * @throws Unreadable when it is not a JPEG or PNG we can read, or has too many pixels
	 */
	public static Header inspect(byte[] bytes, long maxPixels) throws Unreadable {
		return read(bytes, maxPixels, 0).header();
	}

	/**
	 * Decodes an upload for storing at most {@code maxSide} pixels on its longer side.
	 * @param bytes the upload
	 * @param maxPixels the most pixels accepted
	 * @param maxSide the longer side of the largest version that will be stored
	 * @return the image (subsampled) and the original's size
	 * @throws Unreadable when it is not a JPEG or PNG we can read, or has too many pixels
	 */
	public static Decoded decode(byte[] bytes, long maxPixels, int maxSide) throws Unreadable {
		if (maxSide < 1) {
			throw new IllegalArgumentException("maxSide must be positive");
		}
		return read(bytes, maxPixels, maxSide);
	}

	/**
	 * The step between rows and columns read so that the longer side still has at least
	 * {@code maxSide} pixels: the raster is then under twice the stored side each way.
	 */
	static int subsampling(int width, int height, int maxSide) {
		return Math.max(1, Math.max(width, height) / maxSide);
	}

	private static Decoded read(byte[] bytes, long maxPixels, int maxSide) throws Unreadable {
		Format format = format(bytes);
		ImageReader reader = ImageIO.getImageReadersByFormatName(format.readerName()).next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			Header header = new Header(format, reader.getWidth(0), reader.getHeight(0));
			if (header.pixels() > maxPixels) {
				throw new Unreadable(Reason.TOO_MANY_PIXELS);
			}
			if (maxSide == 0) {
				return new Decoded(null, header);
			}
			ImageReadParam parameters = reader.getDefaultReadParam();
			int step = subsampling(header.width(), header.height(), maxSide);
			parameters.setSourceSubsampling(step, step, 0, 0);
			return new Decoded(reader.read(0, parameters), header);
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(Reason.NOT_AN_IMAGE);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * JPEG or PNG by the first bytes. Another image format the JDK knows (GIF, BMP, TIFF,
	 * WBMP) is told apart from a file that is no image at all, for a clearer message.
	 */
	private static Format format(byte[] bytes) throws Unreadable {
		if (startsWith(bytes, JPEG_START)) {
			return Format.JPEG;
		}
		if (startsWith(bytes, PNG_START)) {
			return Format.PNG;
		}
		boolean otherImage;
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			otherImage = ImageIO.getImageReaders(input).hasNext();
		}
		catch (IOException ex) {
			otherImage = false;
		}
		throw new Unreadable(otherImage ? Reason.NOT_JPEG_OR_PNG : Reason.NOT_AN_IMAGE);
	}

	private static boolean startsWith(byte[] bytes, byte[] start) {
		return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
	}

	/**
	 * The image scaled down (never up) to at most {@code maxSide} on its longer side; the
	 * size is worked out from the original's, so subsampling never changes it.
	 */
	public static BufferedImage scaled(Decoded decoded, int maxSide) {
		int width = decoded.header().width();
		int height = decoded.header().height();
		double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * scale));
		int targetHeight = Math.max(1, (int) Math.round(height * scale));
		BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, targetWidth, targetHeight);
			graphics.drawImage(decoded.image(), 0, 0, targetWidth, targetHeight, null);
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

	/** The two formats taken. */
	public enum Format {

		JPEG("jpeg"), PNG("png");

		private final String readerName;

		Format(String readerName) {
			this.readerName = readerName;
		}

		String readerName() {
			return this.readerName;
		}

	}

	/**
	 * What an upload's header says.
	 *
	 * @param format JPEG or PNG
	 * @param width the original's width
	 * @param height the original's height
	 */
	public record Header(Format format, int width, int height) {

		public long pixels() {
			return (long) this.width * this.height;
		}

	}

	/**
	 * A decoded upload.
	 *
	 * @param image the pixels, read with subsampling (smaller than the original)
	 * @param header the original's format and size
	 */
	public record Decoded(BufferedImage image, Header header) {

	}

	/** Why an upload was refused. */
	public enum Reason {

		/** Not an image, or a damaged one. */
		NOT_AN_IMAGE,
		/** An image, but neither JPEG nor PNG (GIF, BMP, TIFF...). */
		NOT_JPEG_OR_PNG,
		/** More pixels than accepted. */
		TOO_MANY_PIXELS

	}

	/** The upload is not a JPEG or PNG we can read, or has too many pixels. */
	public static final class Unreadable extends IOException {

		private final Reason reason;

		Unreadable(Reason reason) {
			super(reason.name());
			this.reason = reason;
		}

		public Reason reason() {
			return this.reason;
		}

	}

}
