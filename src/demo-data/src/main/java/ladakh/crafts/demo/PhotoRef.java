package ladakh.crafts.demo;

/**
 * A listing photo stored in the GridFS bucket {@code photos}.
 *
 * @param imageId the full-size image's id, e.g. {@code photo-lst-00001-1}
 * @param thumbId the thumbnail's id, e.g. {@code thumb-lst-00001-1}
 * @param width the full-size width in pixels
 * @param height the full-size height in pixels
 */
public record PhotoRef(String imageId, String thumbId, int width, int height) {

}
