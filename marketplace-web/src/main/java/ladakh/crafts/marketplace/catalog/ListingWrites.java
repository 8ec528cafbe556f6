package ladakh.crafts.marketplace.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How the catalog's write side changes a listing, shared by the sellers' writes
 * ({@link Listings}) and the officers' ({@link ListingReviews}): one conditional
 * single-document update that carries the sync mark, then the sync told which listing
 * changed.
 */
@Component
class ListingWrites {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final CatalogSyncTrigger sync;

	ListingWrites(ReactiveMongoTemplate mongo, Clock clock, CatalogSyncTrigger sync) {
		this.mongo = mongo;
		this.clock = clock;
		this.sync = sync;
	}

	Instant now() {
		return this.clock.instant();
	}

	CatalogSyncTrigger sync() {
		return this.sync;
	}

	Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(Listings.COLLECTION);
	}

	/** The document after the update, or empty when the filter matched nothing. */
	Mono<Document> modify(Bson filter, Bson update) {
		return collection().flatMap((listings) -> Mono.from(listings.findOneAndUpdate(filter, update,
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))));
	}

	Mono<Listing> find(Bson filter) {
		return collection().flatMap((listings) -> Mono.from(listings.find(filter).first())).map(Listing::of);
	}

	/**
	 * Tells the sync which listing changed after a write that went through, so it looks
	 * that listing up by id rather than searching for dirty listings.
	 */
	Mono<Listing> changed(Mono<Listing> written) {
		return written.doOnNext((listing) -> this.sync.listingsChanged(List.of(listing.id())));
	}

	/** Available → PUBLISHED, otherwise SOLD_OUT; each a conditional update. */
	Mono<Document> goLive(Bson filter, Instant now, Bson... extra) {
		Bson available = Filters.or(Filters.eq("madeToOrder", true), Filters.gt("stock", 0));
		Bson unavailable = Filters.and(Filters.ne("madeToOrder", true), Filters.lte("stock", 0));
		return modify(Filters.and(filter, available), move(ListingStatus.PUBLISHED, now, extra)).switchIfEmpty(
				Mono.defer(() -> modify(Filters.and(filter, unavailable), move(ListingStatus.SOLD_OUT, now, extra))));
	}

	/**
	 * A move to another status, with the caller's changes, a new version and the mark.
	 */
	static Bson move(ListingStatus to, Instant now, Bson... extra) {
		List<Bson> changes = new ArrayList<>(List.of(extra));
		changes.add(Updates.set("status", to.name()));
		changes.add(Updates.set("updatedAt", Date.from(now)));
		changes.add(Updates.inc("version", 1L));
		return SearchVisibleChange.update(now, changes.toArray(Bson[]::new));
	}

	static List<String> names(Set<ListingStatus> statuses) {
		return statuses.stream().map(Enum::name).sorted().toList();
	}

}
