package ladakh.crafts.demo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints a product photo for a listing with Java2D: a palette and motif per craft (woven
 * stripes for pashmina, a mandala for thangka, a silver lattice for filigree, ...),
 * varied by the photo's id so every photo differs and the same id always gives the same
 * picture. Nothing is downloaded and no window system is needed. Instances are
 * thread-safe.
 */
public final class CraftPhotoPainter {

	public static final int IMAGE_SIZE = 800;

	public static final int THUMBNAIL_SIZE = 240;

	private static final float JPEG_QUALITY = 0.85f;

	static {
		// Painting must never try to reach a display, on servers or in tests.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/**
	 * Paints the photo.
	 * @param craft the craft slug, which picks palette and motif
	 * @param photoId the photo's id, which seeds the variation
	 * @return the JPEG image and thumbnail
	 */
	public PaintedPhoto paint(String craft, String photoId) {
		return paint(craft, photoId, List.of());
	}

	/**
	 * Paints the photo in the listing's colours (see {@link PhotoColours}).
	 * @param craft the craft slug, which picks the motif
	 * @param photoId the photo's id, which seeds the variation
	 * @param colours the listing's colour codes, first the main one
	 * @return the JPEG image and thumbnail
	 */
	public PaintedPhoto paint(String craft, String photoId, List<String> colours) {
		BufferedImage image = new BufferedImage(IMAGE_SIZE, IMAGE_SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			Motifs.paint(craft, new Motifs.Canvas(g, IMAGE_SIZE, new Random(photoId.hashCode())));
		}
		finally {
			g.dispose();
		}
		PhotoColours.apply(image, colours);
		BufferedImage thumbnail = scale(image, THUMBNAIL_SIZE);
		return new PaintedPhoto(jpeg(image), IMAGE_SIZE, IMAGE_SIZE, jpeg(thumbnail), THUMBNAIL_SIZE, THUMBNAIL_SIZE);
	}

	/** Halves the size until close, then scales once: bilinear steps keep it smooth. */
	private static BufferedImage scale(BufferedImage source, int size) {
		BufferedImage current = source;
		int width = source.getWidth();
		do {
			width = Math.max(size, width / 2);
			BufferedImage next = new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.drawImage(current, 0, 0, width, width, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (width > size);
		return current;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode JPEG", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
