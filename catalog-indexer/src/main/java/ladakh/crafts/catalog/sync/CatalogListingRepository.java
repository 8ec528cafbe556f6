package ladakh.crafts.catalog.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.FindPublisher;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The listings collection as the indexer reads and marks it: the one class of the sync
 * that queries it (decision 43: every query here is served by an index). Listings come
 * back as the stored documents ({@link ListingDocuments} maps them); the sync's thread
 * blocks on the calls that return plain values, the status service composes the
 * {@link Mono}s.
 * <ul>
 * <li>by {@code _id} (lookups of named listings, mark clearing): the {@code _id} index;
 * <li>a rebuild's pages, {@code _id} after the last one, sorted by {@code _id}, limited:
 * the {@code _id} index, walked (a page reads about a page, on the embedded engine too);
 * <li>the dirty ones, their count and the oldest mark: {@value #DIRTY_INDEX}, declared
 * here ({@link #createIndexes()}); the oldest is the first entry after
 * {@code dirty = true}.
 * </ul>
 */
final class CatalogListingRepository {

	private static final Logger log = LoggerFactory.getLogger(CatalogListingRepository.class);

	static final String LISTINGS = "listings";

	/** The index of the dirty listings by the time they were marked. */
	static final String DIRTY_INDEX = "dirty_dirtySince";

	/**
	 * A mark time is a date after this one: the condition that lets an index serve "has a
	 * mark" as a range where {@code $exists} is only a filter.
	 */
	private static final Date ANY_MARK = new Date(0);

	private final MongoCollection<Document> listings;

	private final AtomicBoolean indexed = new AtomicBoolean();

	CatalogListingRepository(MongoDatabase database) {
		this.listings = database.getCollection(LISTINGS);
	}

	/**
	 * Declares the index the dirty reads need (creating an existing index is a no-op);
	 * once per instance. A refusal is logged, not raised: the reads are right without the
	 * index, only slower, and the sync must not stop on it.
	 */
	Mono<Void> createIndexes() {
		if (this.indexed.get()) {
			return Mono.empty();
		}
		return Mono
			.from(this.listings.createIndex(Indexes.compoundIndex(Indexes.ascending(SearchVisibleChange.DIRTY),
					Indexes.ascending(SearchVisibleChange.DIRTY_SINCE)), new IndexOptions().name(DIRTY_INDEX)))
			.doOnNext((created) -> this.indexed.set(true))
			.onErrorResume(MongoCommandException.class, (ex) -> {
				if (this.indexed.compareAndSet(false, true)) {
					log.warn("Catalog sync: index {} on {} could not be created ({}); the dirty listings are "
							+ "read without it", DIRTY_INDEX, LISTINGS, ex.getErrorMessage());
				}
				return Mono.empty();
			})
			.then();
	}

	/**
	 * Those of the given listings that are still dirty, by {@code _id} lookup, leaving
	 * out those waiting for a retry.
	 */
	List<Document> dirtyAmong(Collection<String> ids, Set<String> excluded, List<String> fields) {
		List<String> wanted = ids.stream().filter((id) -> !excluded.contains(id)).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		return Flux
			.from(this.listings
				.find(Filters.and(Filters.in("_id", wanted), Filters.eq(SearchVisibleChange.DIRTY, true)))
				.projection(Projections.include(fields)))
			.collectList()
			.block();
	}

	/** The next page of every listing in id order, for a rebuild. */
	List<Document> page(String afterId, int limit, List<String> fields) {
		Bson filter = (afterId != null) ? Filters.gt("_id", afterId) : new Document();
		return Flux
			.from(this.listings.find(filter)
				.projection(Projections.include(fields))
				.sort(Sorts.ascending("_id"))
				.limit(limit))
			.collectList()
			.block();
	}

	/**
	 * About how many listings there are, from the collection's own count (no document is
	 * read): a rebuild's progress is shown against it.
	 */
	long estimatedCount() {
		Long count = Mono.from(this.listings.estimatedDocumentCount()).block();
		return (count != null) ? count : 0;
	}

	/** The dirty listings' count. */
	Mono<Long> dirtyCount() {
		return Mono.from(this.listings.countDocuments(Filters.eq(SearchVisibleChange.DIRTY, true)));
	}

	/** The oldest mark among the dirty listings: one index entry, one document. */
	Mono<Instant> oldestMark() {
		return Mono
			.from(this.listings
				.find(Filters.and(Filters.eq(SearchVisibleChange.DIRTY, true),
						Filters.gte(SearchVisibleChange.DIRTY_SINCE, ANY_MARK)))
				.sort(Sorts.ascending(SearchVisibleChange.DIRTY_SINCE))
				.projection(Projections.include(SearchVisibleChange.DIRTY_SINCE))
				.limit(1)
				.first())
			.mapNotNull((oldest) -> (oldest.get(SearchVisibleChange.DIRTY_SINCE) instanceof Date since)
					? since.toInstant() : null);
	}

	/**
	 * The id and mark time of the dirty listings, as the collection returns them.
	 * @param limit the most to read, or 0 for all
	 * @param batchSize how many the server sends at a time, or 0 for its default
	 */
	Flux<DirtyMark> dirty(int limit, int batchSize) {
		FindPublisher<Document> find = this.listings.find(Filters.eq(SearchVisibleChange.DIRTY, true))
			.projection(Projections.include(SearchVisibleChange.DIRTY_SINCE));
		if (limit > 0) {
			find = find.limit(limit);
		}
		if (batchSize > 0) {
			find = find.batchSize(batchSize);
		}
		return Flux.from(find)
			.map((listing) -> new DirtyMark(String.valueOf(listing.get("_id")),
					(listing.get(SearchVisibleChange.DIRTY_SINCE) instanceof Date since) ? since : null));
	}

	/**
	 * Clears the marks only where {@code rev} is still the one written:
	 * {@code updateMany} statements of {@code _id} among up to {@code chunk} listings
	 * written at the same revision, and that {@code rev}.
	 */
	void clearMarks(Map<Long, List<String>> idsByRev, int chunk) {
		if (idsByRev.isEmpty()) {
			return;
		}
		Bson clear = Updates.combine(Updates.set(SearchVisibleChange.DIRTY, false),
				Updates.unset(SearchVisibleChange.DIRTY_SINCE));
		List<WriteModel<Document>> clears = new ArrayList<>();
		idsByRev.forEach((rev, ids) -> {
			for (int from = 0; from < ids.size(); from += chunk) {
				clears.add(new UpdateManyModel<>(
						Filters.and(Filters.in("_id", ids.subList(from, Math.min(from + chunk, ids.size()))),
								Filters.eq(SearchVisibleChange.REV, rev)),
						clear));
			}
		});
		Mono.from(this.listings.bulkWrite(clears)).block();
	}

	/** A dirty listing's id and when it was marked ({@code null} when it was not). */
	record DirtyMark(String id, Date since) {

	}

}
