package ladakh.crafts.marketplace.media;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;

/**
 * Images (product photos and their thumbnails, portraits) as the other areas keep them:
 * the media area's service, stored by {@link PhotoRepository}.
 */
@Service
public class PhotoStore {

	private final PhotoRepository photos;

	public PhotoStore(PhotoRepository photos) {
		this.photos = photos;
	}

	/**
	 * Finds a stored image's description.
	 * @param id the image id
	 * @return the image, or empty when there is none
	 */
	public Mono<StoredPhoto> find(String id) {
		return this.photos.find(id);
	}

	/**
	 * Streams a stored image's bytes.
	 * @param id the image id
	 * @return the content, in chunks
	 */
	public Flux<DataBuffer> content(String id) {
		return this.photos.content(id);
	}

	/**
	 * Which of the given ids are already stored.
	 * @param ids the ids to look for
	 * @return the ids that exist
	 */
	public Flux<String> existing(Collection<String> ids) {
		return this.photos.existing(ids);
	}

	/**
	 * Stores an image under its id.
	 * @param photo the image and its id
	 * @return completes once stored
	 */
	public Mono<Void> store(NewPhoto photo) {
		return this.photos.store(photo);
	}

	/**
	 * Removes a stored image, e.g. when the record that was to point at it could not be
	 * saved. Removing an image that is not there is not an error.
	 * @param id the image id
	 * @return completes once removed
	 */
	public Mono<Void> delete(String id) {
		return this.photos.delete(id);
	}

	/**
	 * A stored image.
	 *
	 * @param id its id
	 * @param contentType its media type
	 * @param length its size in bytes
	 * @param uploadedAt when it was stored
	 * @param ownerId the record it was stored for (a listing, an application), or
	 * {@code null}
	 */
	public record StoredPhoto(String id, String contentType, long length, Instant uploadedAt, String ownerId) {

	}

	/**
	 * An image to store.
	 *
	 * @param id its id, e.g. {@code photo-lst-00001-1}
	 * @param contentType its media type
	 * @param kind full image or thumbnail
	 * @param ownerId what it belongs to, e.g. a listing id
	 * @param bytes the encoded image
	 */
	public record NewPhoto(String id, String contentType, Kind kind, String ownerId, byte[] bytes) {

	}

	/** Whether a file is a full image or a thumbnail. */
	public enum Kind {

		IMAGE("image"), THUMBNAIL("thumbnail");

		private final String value;

		Kind(String value) {
			this.value = value;
		}

		String value() {
			return this.value;
		}

	}

}
