package ladakh.crafts.marketplace.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.OrderedMerge;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.shared.WaitingAges;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The only class that knows how a {@link Listing} is stored (collection
 * {@value #COLLECTION}, see docs/data-model.md; mapped by hand to and from documents
 * here, the stored shape being the JSON contract's: {@code priceMinor} +
 * {@code currency}). Each move is persisted as one conditional single-document update on
 * the listing it was decided from ({@code _id}, status, version and stock as read): empty
 * when another move landed first, so the caller reads again and decides again. Every
 * write carries the sync mark ({@link SearchVisibleChange}) and then tells the sync which
 * listing changed.
 */
@Repository
class ListingRepository {

	static final String COLLECTION = "listings";

	/**
	 * How often a move is decided again after a concurrent change of the same listing.
	 */
	static final int ATTEMPTS = 5;

	/** The states a buyer can find a listing in: each was published at some time. */
	static final List<ListingStatus> LIVE = List.of(ListingStatus.PUBLISHED, ListingStatus.PAUSED,
			ListingStatus.SOLD_OUT);

	/**
	 * Fields a move or an edit never writes: identity, photos, the version and the mark.
	 */
	private static final Set<String> UNTOUCHED = Set.of("_id", "sellerId", "photos", "createdAt", "version", "rev",
			"dirty");

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final CatalogSyncTrigger sync;

	ListingRepository(ReactiveMongoTemplate mongo, Clock clock, CatalogSyncTrigger sync) {
		this.mongo = mongo;
		this.clock = clock;
		this.sync = sync;
	}

	Instant now() {
		return this.clock.instant();
	}

	// ------------------------------------------------------------------ reading

	Mono<Listing> find(String id) {
		return first(Filters.eq("_id", id));
	}

	/** The seller's listing, or empty when there is none or it is another seller's. */
	Mono<Listing> find(String sellerId, String id) {
		return first(Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId)));
	}

	/** A seller's listings, last changed first, from {@code after} on. */
	Flux<Listing> ofSeller(String sellerId, After after, int limit) {
		return collection()
			.flatMapMany((listings) -> listings.find(after(Filters.eq("sellerId", sellerId), after, false))
				.sort(Sorts.descending("updatedAt", "_id"))
				.limit(limit))
			.map(ListingDocuments::listing);
	}

	/**
	 * Listings in these states, by last change either way, from {@code after} on: one
	 * read per state on index {@code status_updatedAt}, merged, each read in chunks only
	 * as far as the page needs ({@link OrderedMerge}). A single {@code $in} over the
	 * states sorted by time makes the embedded engine read every listing in them before
	 * sorting (100,000 live listings: 10 s for the officers' queue).
	 */
	Flux<Listing> inStatus(List<ListingStatus> statuses, boolean oldestFirst, After after, int limit) {
		Comparator<Listing> byChange = Comparator
			.comparing(Listing::updatedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
			.thenComparing(Listing::id);
		List<BiFunction<After, Integer, Flux<Listing>>> walks = names(statuses).stream()
			.<BiFunction<After, Integer, Flux<Listing>>>map(
					(status) -> (from, count) -> inOneStatus(status, oldestFirst, from, count))
			.toList();
		if (walks.size() == 1) {
			return walks.get(0).apply(after, limit);
		}
		// One index walk per status, each read only as far as the merged page needs.
		return new OrderedMerge<>(walks, oldestFirst ? byChange : byChange.reversed(), Listing::position)
			.first(after, limit)
			.flatMapIterable((page) -> page);
	}

	/**
	 * How many listings are in a state, and since when the oldest last changed: a count
	 * and one read, both on index {@code status_updatedAt}.
	 */
	Mono<Backlog> backlog(ListingStatus status) {
		return collection()
			.flatMap((listings) -> Mono.from(listings.countDocuments(Filters.eq("status", status.name()))))
			.zipWith(inOneStatus(status.name(), true, null, 1).next()
				.map((oldest) -> java.util.Optional.ofNullable(oldest.updatedAt()))
				.defaultIfEmpty(java.util.Optional.empty()))
			.map((read) -> new Backlog(read.getT1(), read.getT2().orElse(null)));
	}

	/**
	 * {@link #backlog} by how long each has waited: three counts on
	 * {@code status_updatedAt}.
	 */
	Mono<WaitingAges> ages(ListingStatus status, Instant now) {
		return WaitingAges.counted(now, (from, before) -> {
			List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", status.name())));
			if (from != null) {
				filters.add(Filters.gte("updatedAt", Date.from(from)));
			}
			if (before != null) {
				filters.add(Filters.lt("updatedAt", Date.from(before)));
			}
			return collection().flatMap((listings) -> Mono.from(listings.countDocuments(Filters.and(filters))));
		});
	}

	private Flux<Listing> inOneStatus(String status, boolean oldestFirst, After after, int limit) {
		return collection()
			.flatMapMany((listings) -> listings.find(after(Filters.eq("status", status), after, oldestFirst))
				.sort(oldestFirst ? Sorts.ascending("updatedAt", "_id") : Sorts.descending("updatedAt", "_id"))
				.limit(limit))
			.map(ListingDocuments::listing);
	}

	/**
	 * Whether any of the seller's listings was ever published: its first publication,
	 * read from index {@code sellerId_publishedAt} (one document, not all of the
	 * seller's). Every listing published is stored with {@code publishedAt}; listings
	 * stored live without it are given it by
	 * {@link ListingIndexRepository#backfillPublishedAt()}.
	 */
	Mono<Boolean> hasBeenPublished(String sellerId) {
		return collection().flatMap((listings) -> Mono
			.from(listings.find(Filters.and(Filters.eq("sellerId", sellerId), Filters.gte("publishedAt", new Date(0))))
				.projection(new Document("_id", 1))
				.sort(Sorts.ascending("publishedAt"))
				.limit(1)
				.first()))
			.hasElement();
	}

	// ------------------------------------------------------------------ writing

	/** Stores a new draft. */
	Mono<Listing> insert(Listing draft) {
		Instant now = now();
		List<Bson> sets = new ArrayList<>();
		ListingDocuments.document(draft).forEach((name, value) -> {
			if (!"_id".equals(name)) {
				sets.add(Updates.setOnInsert(name, value));
			}
		});
		Bson update = SearchVisibleChange.update(now, Updates.combine(sets));
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.updateOne(Filters.eq("_id", draft.id()), update, new UpdateOptions().upsert(true))))
			.then(changed(find(draft.id())));
	}

	/**
	 * Persists a move or an edit decided from {@code previous}: its details, status,
	 * review and stock as in {@code next}, conditional on the status, version and stock
	 * still being as read. Photos are not written here (see the photo methods).
	 * @return the stored listing, or empty when it changed meanwhile
	 */
	Mono<Listing> save(Listing previous, Listing next) {
		Document before = ListingDocuments.document(previous);
		List<Bson> changes = new ArrayList<>();
		ListingDocuments.document(next).forEach((name, value) -> {
			if (!UNTOUCHED.contains(name) && !Objects.equals(before.get(name), value)) {
				changes.add(Updates.set(name, value));
			}
		});
		if (next.version() != previous.version()) {
			changes.add(Updates.inc("version", next.version() - previous.version()));
		}
		return modify(Filters.and(same(previous), Filters.eq("status", previous.status().name()),
				version(previous.version()), stock(previous.stock())), Updates.combine(changes));
	}

	/**
	 * Reads a listing, lets it decide a move and persists it ({@link #save}); when
	 * another change landed in between, reads and decides again (the listing then refuses
	 * a move its new state no longer allows), at most {@code attempts} times.
	 * @param read reads the listing (NOT_FOUND when there is none)
	 * @param stale the CONFLICT key once the attempts are spent
	 */
	Mono<Listing> move(Supplier<Mono<Listing>> read, BiFunction<Listing, Instant, Listing> decide, int attempts,
			String stale) {
		return read.get().flatMap((listing) -> {
			Listing next = decide.apply(listing, now());
			return save(listing, next)
				.switchIfEmpty(Mono.defer(() -> (attempts > 1) ? move(read, decide, attempts - 1, stale)
						: Mono.error(Refusal.conflict((stale != null) ? stale : "listing.refused.stale"))));
		});
	}

	/**
	 * Appends the last photo of {@code next}, unless the listing was removed or another
	 * upload filled it meanwhile.
	 */
	Mono<Listing> appendPhoto(Listing previous, Listing next) {
		Listing.Photo photo = next.photos().get(next.photos().size() - 1);
		return modify(
				Filters.and(same(previous), Filters.ne("status", ListingStatus.REMOVED.name()),
						Filters.exists("photos." + (Listing.MAX_PHOTOS - 1), false)),
				Updates.combine(Updates.push("photos", ListingDocuments.photo(photo)),
						Updates.set("updatedAt", Date.from(next.updatedAt()))));
	}

	/** Removes one photo, if it is still there. */
	Mono<Listing> removePhoto(Listing previous, String photoId, Instant now) {
		return modify(Filters.and(same(previous), Filters.eq("photos.imageId", photoId)), Updates.combine(
				Updates.pull("photos", new Document("imageId", photoId)), Updates.set("updatedAt", Date.from(now))));
	}

	/** Writes the photos in {@code next}'s order, if they are still in the order read. */
	Mono<Listing> reorderPhotos(Listing previous, Listing next) {
		return modify(
				Filters.and(same(previous),
						Filters.eq("photos", previous.photos().stream().map(ListingDocuments::photo).toList())),
				Updates.combine(Updates.set("photos", next.photos().stream().map(ListingDocuments::photo).toList()),
						Updates.set("updatedAt", Date.from(next.updatedAt()))));
	}

	/**
	 * Marks all of a seller's listings changed (e.g. the seller was suspended).
	 * @return how many were marked
	 */
	Mono<Long> remarkSeller(String sellerId) {
		Instant now = now();
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.updateMany(Filters.eq("sellerId", sellerId), SearchVisibleChange.update(now))))
			.map((result) -> result.getModifiedCount())
			// Which listings is not known without reading them again: the sync scans.
			.doOnNext((count) -> this.sync.listingsChanged());
	}

	// ------------------------------------------------------------------ helpers

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	private Mono<Listing> first(Bson filter) {
		return collection().flatMap((listings) -> Mono.from(listings.find(filter).first()))
			.map(ListingDocuments::listing);
	}

	/** The update with the sync mark; the listing after it, or empty when unmatched. */
	private Mono<Listing> modify(Bson filter, Bson update) {
		Bson marked = SearchVisibleChange.update(now(), update);
		return changed(collection()
			.flatMap((listings) -> Mono.from(listings.findOneAndUpdate(filter, marked,
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))))
			.map(ListingDocuments::listing));
	}

	/**
	 * Tells the sync which listing changed after a write that went through, so it looks
	 * that listing up by id rather than searching for dirty listings.
	 */
	private Mono<Listing> changed(Mono<Listing> written) {
		return written.doOnNext((listing) -> this.sync.listingsChanged(List.of(listing.id())));
	}

	private static Bson same(Listing listing) {
		return Filters.and(Filters.eq("_id", listing.id()), Filters.eq("sellerId", listing.sellerId()));
	}

	/** Listings loaded before versions existed (demo data) count as version 0. */
	private static Bson version(long version) {
		return (version == 0) ? Filters.or(Filters.eq("version", 0L), Filters.exists("version", false))
				: Filters.eq("version", version);
	}

	/** A listing stored without stock has none. */
	private static Bson stock(int stock) {
		return (stock == 0) ? Filters.or(Filters.eq("stock", 0), Filters.exists("stock", false))
				: Filters.eq("stock", stock);
	}

	/**
	 * Past the position {@code after} in (updatedAt, _id) order: the range on updatedAt
	 * is what the index serves; only ties on it are filtered by id.
	 */
	private static Bson after(Bson filter, After after, boolean ascending) {
		if (after == null || after.at() == null) {
			return filter;
		}
		Date at = Date.from(after.at());
		return ascending
				? Filters.and(filter, Filters.gte("updatedAt", at),
						Filters.or(Filters.gt("updatedAt", at), Filters.gt("_id", after.id())))
				: Filters.and(filter, Filters.lte("updatedAt", at),
						Filters.or(Filters.lt("updatedAt", at), Filters.lt("_id", after.id())));
	}

	static List<String> names(List<ListingStatus> statuses) {
		return statuses.stream().map(Enum::name).sorted().toList();
	}

}
