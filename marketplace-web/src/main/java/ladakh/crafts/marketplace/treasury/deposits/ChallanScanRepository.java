package ladakh.crafts.marketplace.treasury.deposits;

import java.nio.ByteBuffer;

import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.reactivestreams.client.gridfs.GridFSBucket;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;
import org.bson.BsonString;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The GridFS bucket {@code challan_scans}: the challans' scans, where the house keeps its
 * uploads (GridFS, like the photos), in a bucket of their own so that nothing that serves
 * photos can ever serve a challan. Each upload has an id of its own; a challan sent twice
 * keeps the first one's scan and the second's is removed.
 */
@Component
class ChallanScanRepository {

	static final String BUCKET = "challan_scans";

	private final Mono<GridFSBucket> bucket;

	ChallanScanRepository(ReactiveMongoTemplate mongo) {
		this.bucket = mongo.getMongoDatabase().map((database) -> GridFSBuckets.create(database, BUCKET)).cache();
	}

	Mono<Void> store(String id, ChallanScan scan) {
		GridFSUploadOptions options = new GridFSUploadOptions()
			.metadata(new Document("contentType", scan.contentType()));
		return this.bucket
			.flatMap((bucket) -> Mono.from(bucket.uploadFromPublisher(new BsonString(id), id,
					Flux.just(ByteBuffer.wrap(scan.bytes())), options)))
			.then()
			.onErrorResume(DepositRepository::duplicate, (ex) -> Mono.empty());
	}

	Mono<Void> delete(String id) {
		return this.bucket.flatMap((bucket) -> Mono.from(bucket.delete(new BsonString(id))))
			.then()
			.onErrorResume(com.mongodb.MongoGridFSException.class, (ex) -> Mono.empty());
	}

	Flux<DataBuffer> content(String id) {
		return this.bucket.flatMapMany((bucket) -> bucket.downloadToPublisher(new BsonString(id)))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
	}

	Mono<Boolean> exists(String id) {
		return this.bucket
			.flatMap((bucket) -> Mono.from(bucket.find(com.mongodb.client.model.Filters.eq("_id", id)).first()))
			.map((file) -> true)
			.defaultIfEmpty(false);
	}

}
