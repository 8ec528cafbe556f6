package ladakh.crafts.marketplace.media;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.gridfs.GridFSBucket;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Images (product photos and their thumbnails) in the GridFS bucket {@code photos}, under
 * readable string ids that never change content once written.
 */
@Service
public class PhotoStore {

	public static final String BUCKET = "photos";

	private static final int DOWNLOAD_BUFFER_BYTES = 64 * 1024;

	private final Mono<GridFSBucket> bucket;

	public PhotoStore(ReactiveMongoTemplate mongo) {
		this.bucket = mongo.getMongoDatabase().map((database) -> GridFSBuckets.create(database, BUCKET)).cache();
	}

	/**
	 * Finds a stored image's description.
	 * @param id the image id
	 * @return the image, or empty when there is none
	 */
	public Mono<StoredPhoto> find(String id) {
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.find(Filters.eq("_id", id)).first()))
			.map(PhotoStore::describe);
	}

	/**
	 * Streams a stored image's bytes.
	 * @param id the image id
	 * @return the content, in chunks
	 */
	public Flux<DataBuffer> content(String id) {
		return this.bucket
			.flatMapMany(
					(bucket) -> bucket.downloadToPublisher(new BsonString(id)).bufferSizeBytes(DOWNLOAD_BUFFER_BYTES))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
	}

	/**
	 * Which of the given ids are already stored.
	 * @param ids the ids to look for
	 * @return the ids that exist
	 */
	public Flux<String> existing(Collection<String> ids) {
		return this.bucket.flatMapMany((bucket) -> bucket.find(Filters.in("_id", ids)))
			.map((file) -> file.getId().asString().getValue());
	}

	/**
	 * Stores an image under its id.
	 * @param photo the image and its id
	 * @return completes once stored
	 */
	public Mono<Void> store(NewPhoto photo) {
		GridFSUploadOptions options = new GridFSUploadOptions()
			.metadata(new Document("contentType", photo.contentType()).append("kind", photo.kind().value())
				.append("ownerId", photo.ownerId()));
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.uploadFromPublisher(new BsonString(photo.id()),
				photo.id(), Flux.just(ByteBuffer.wrap(photo.bytes())), options)))
			.then();
	}

	/**
	 * Removes a stored image, e.g. when the record that was to point at it could not be
	 * saved. Removing an image that is not there is not an error.
	 * @param id the image id
	 * @return completes once removed
	 */
	public Mono<Void> delete(String id) {
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.delete(new BsonString(id))))
			.onErrorResume(MongoGridFSException.class, (ex) -> Mono.empty())
			.then();
	}

	private static StoredPhoto describe(GridFSFile file) {
		BsonValue id = file.getId();
		Document metadata = (file.getMetadata() != null) ? file.getMetadata() : new Document();
		String contentType = metadata.getString("contentType");
		return new StoredPhoto(id.asString().getValue(),
				(contentType != null) ? contentType : "application/octet-stream", file.getLength(),
				Instant.ofEpochMilli(file.getUploadDate().getTime()), metadata.getString("ownerId"));
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
