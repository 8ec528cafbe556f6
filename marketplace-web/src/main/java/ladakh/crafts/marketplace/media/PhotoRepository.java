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
import org.springframework.stereotype.Component;

/**
 * The GridFS bucket {@code photos}: images under readable string ids that never change
 * content once written, with their content type, kind and owner as metadata. Only
 * {@link PhotoStore}, the media area's service, uses it.
 */
@Component
public class PhotoRepository {

	static final String BUCKET = "photos";

	private static final int DOWNLOAD_BUFFER_BYTES = 64 * 1024;

	private final Mono<GridFSBucket> bucket;

	public PhotoRepository(ReactiveMongoTemplate mongo) {
		this.bucket = mongo.getMongoDatabase().map((database) -> GridFSBuckets.create(database, BUCKET)).cache();
	}

	/**
	 * Finds a stored image's description.
	 * @param id the image id
	 * @return the image, or empty when there is none
	 */
	Mono<PhotoStore.StoredPhoto> find(String id) {
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.find(Filters.eq("_id", id)).first()))
			.map(PhotoRepository::describe);
	}

	/**
	 * Streams a stored image's bytes.
	 * @param id the image id
	 * @return the content, in chunks
	 */
	Flux<DataBuffer> content(String id) {
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
	Flux<String> existing(Collection<String> ids) {
		return this.bucket.flatMapMany((bucket) -> bucket.find(Filters.in("_id", ids)))
			.map((file) -> file.getId().asString().getValue());
	}

	/**
	 * Stores an image under its id.
	 * @param photo the image and its id
	 * @return completes once stored
	 */
	Mono<Void> store(PhotoStore.NewPhoto photo) {
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
	Mono<Void> delete(String id) {
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.delete(new BsonString(id))))
			.onErrorResume(MongoGridFSException.class, (ex) -> Mono.empty())
			.then();
	}

	private static PhotoStore.StoredPhoto describe(GridFSFile file) {
		BsonValue id = file.getId();
		Document metadata = (file.getMetadata() != null) ? file.getMetadata() : new Document();
		String contentType = metadata.getString("contentType");
		return new PhotoStore.StoredPhoto(id.asString().getValue(),
				(contentType != null) ? contentType : "application/octet-stream", file.getLength(),
				Instant.ofEpochMilli(file.getUploadDate().getTime()), metadata.getString("ownerId"));
	}

}
