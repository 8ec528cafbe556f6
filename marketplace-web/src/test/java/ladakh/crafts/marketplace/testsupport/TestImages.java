package ladakh.crafts.marketplace.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/**
 * Images for upload tests: any format the JDK writes, and PNGs of any size written by
 * hand (a blank image of millions of pixels compresses to a few kilobytes, so a test
 * never holds its raster), whole or with their pixel data cut short.
 */
public final class TestImages {

	private TestImages() {
	}

	/** A small drawing in the given ImageIO format (gif, bmp, tiff, png, jpeg). */
	public static byte[] encoded(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2b5f8a));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalArgumentException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A white 8-bit RGB PNG of the given size, written without a raster. */
	public static byte[] blankPng(int width, int height) {
		return png(width, height, false);
	}

	/**
	 * A PNG whose header is whole (signature, size) but whose pixel data stops after a
	 * few rows: its size can be read, but decoding it fails.
	 */
	public static byte[] truncatedPng(int width, int height) {
		return png(width, height, true);
	}

	private static byte[] png(int width, int height, boolean truncated) {
		try {
			ByteArrayOutputStream file = new ByteArrayOutputStream();
			file.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.writeByte(8); // bit depth
			ihdr.writeByte(2); // RGB
			ihdr.writeByte(0);
			ihdr.writeByte(0);
			ihdr.writeByte(0);
			chunk(file, "IHDR", header.toByteArray());
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			int rows = truncated ? Math.min(height, 4) : height;
			byte[] row = new byte[1 + width * 3];
			java.util.Arrays.fill(row, (byte) 0xff);
			row[0] = 0; // filter: none
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed,
					new Deflater(Deflater.BEST_COMPRESSION))) {
				for (int y = 0; y < rows; y++) {
					deflate.write(row);
				}
			}
			chunk(file, "IDAT", compressed.toByteArray());
			chunk(file, "IEND", new byte[0]);
			return file.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(file);
		out.writeInt(data.length);
		byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
