package ladakh.crafts.demo;

/**
 * A painted product photo and its thumbnail, both JPEG.
 *
 * @param image the full-size JPEG bytes
 * @param width the full-size width
 * @param height the full-size height
 * @param thumbnail the thumbnail JPEG bytes
 * @param thumbnailWidth the thumbnail width
 * @param thumbnailHeight the thumbnail height
 */
public record PaintedPhoto(byte[] image, int width, int height, byte[] thumbnail, int thumbnailWidth,
		int thumbnailHeight) {

	public static final String CONTENT_TYPE = "image/jpeg";

}
