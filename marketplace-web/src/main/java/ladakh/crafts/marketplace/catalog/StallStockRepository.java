package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.catalog.sync.SearchVisibleChange;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * A listing's pieces at exhibition stalls, on the same documents as
 * {@link ListingRepository}: {@code stallStock.<exhibitionId>} counts the pieces at that
 * exhibition's stall, apart from {@code stock} (what online buyers can take). Moving
 * pieces is ONE conditional update that takes them from one count and adds them to the
 * other (docs/decisions/0056), so online checkout ({@link ListingStockRepository}) and
 * the stall never draw on the same piece. A stall sale takes pieces under its sale id,
 * recorded in {@code stallHolds} by the same update, like a checkout's reservation key
 * (decision 0022): a sale retried takes its pieces at most once.
 */
@Repository
class StallStockRepository {

	static final String STALL_STOCK = "stallStock";

	static final String STALL_HOLDS = "stallHolds";

	/** The most listings a seller's stall page lists. */
	static final int MAX_LISTINGS = 200;

	private final ReactiveMongoTemplate mongo;

	StallStockRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Online pieces to the stall, if the seller's live, ready-made listing has them. */
	Mono<Boolean> toStall(String sellerId, String listingId, String exhibitionId, int quantity, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("sellerId", sellerId),
				Filters.in("status", ListingRepository.names(ListingRepository.LIVE)), Filters.ne("madeToOrder", true),
				Filters.gte("stock", quantity));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity),
				Updates.inc(field(exhibitionId), quantity), Updates.set("updatedAt", Date.from(now)));
		return updated(filter, update)
			.flatMap((moved) -> moved ? soldOutAtZero(listingId, now).thenReturn(true) : Mono.just(false));
	}

	/** Stall pieces back online, if the stall has them. */
	Mono<Boolean> fromStall(String sellerId, String listingId, String exhibitionId, int quantity, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("sellerId", sellerId),
				Filters.gte(field(exhibitionId), quantity));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", quantity),
				Updates.inc(field(exhibitionId), -quantity), Updates.set("updatedAt", Date.from(now)));
		return updated(filter, update)
			.flatMap((moved) -> moved ? backOnSale(listingId, now).thenReturn(true) : Mono.just(false));
	}

	/**
	 * Takes stall pieces for a sale, unless the key already took them. Online stock is
	 * not touched, so search needs no mark.
	 */
	Mono<Boolean> sell(String sellerId, String listingId, String exhibitionId, String key, int quantity) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("sellerId", sellerId),
				Filters.gte(field(exhibitionId), quantity), Filters.ne(STALL_HOLDS, key));
		return updated(filter,
				Updates.combine(Updates.inc(field(exhibitionId), -quantity), Updates.push(STALL_HOLDS, key)));
	}

	/**
	 * Forgets sales' keys on a listing once no resend can arrive (their exhibition's
	 * sales have closed and the sales are counted).
	 */
	Mono<Void> release(String listingId, java.util.List<String> keys) {
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.updateOne(Filters.eq("_id", listingId), Updates.pullAll(STALL_HOLDS, keys))))
			.then();
	}

	/** Whether a sale's key holds pieces of the listing. */
	Mono<Boolean> holds(String listingId, String key) {
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.countDocuments(Filters.and(Filters.eq("_id", listingId), Filters.eq(STALL_HOLDS, key)))))
			.map((count) -> count > 0);
	}

	/**
	 * The seller's live ready-made listings with their online and stall pieces, by title
	 * (on index {@code sellerId_updatedAt}; a seller's listings are a few hundred at
	 * most).
	 */
	Flux<StallPieces> ofSeller(String sellerId, String exhibitionId) {
		Bson filter = Filters.and(Filters.eq("sellerId", sellerId),
				Filters.in("status", ListingRepository.names(ListingRepository.LIVE)), Filters.ne("madeToOrder", true));
		return collection()
			.flatMapMany((listings) -> listings.find(filter)
				.projection(new Document("_id", 1).append("title", 1)
					.append("priceMinor", 1)
					.append("currency", 1)
					.append("stock", 1)
					.append(field(exhibitionId), 1))
				.sort(Sorts.descending("updatedAt", "_id"))
				.limit(MAX_LISTINGS))
			.map((document) -> pieces(document, exhibitionId));
	}

	/**
	 * The seller's listings with pieces at any exhibition's stall (on index
	 * {@code sellerId_updatedAt}, like {@link #ofSeller}): what a seller who no longer
	 * holds a stall can still move back online.
	 */
	Flux<LeftAtStall> leftAtStalls(String sellerId) {
		Bson filter = Filters.and(Filters.eq("sellerId", sellerId), Filters.exists(STALL_STOCK));
		return collection()
			.flatMapMany((listings) -> listings.find(filter)
				.projection(new Document("_id", 1).append("title", 1).append(STALL_STOCK, 1))
				.sort(Sorts.descending("updatedAt", "_id"))
				.limit(MAX_LISTINGS))
			.concatMapIterable(StallStockRepository::left);
	}

	private static java.util.List<LeftAtStall> left(Document document) {
		Document stall = document.get(STALL_STOCK, Document.class);
		if (stall == null) {
			return java.util.List.of();
		}
		LocalizedText title = LocalizedText.of(document.get("title"));
		return stall.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof Number pieces && pieces.intValue() > 0)
			.map((entry) -> new LeftAtStall(document.getString("_id"), title, entry.getKey(),
					((Number) entry.getValue()).intValue()))
			.toList();
	}

	/** One of the seller's listings with its pieces, or empty when it is not theirs. */
	Mono<StallPieces> find(String sellerId, String listingId, String exhibitionId) {
		return collection()
			.flatMap((listings) -> Mono.from(
					listings.find(Filters.and(Filters.eq("_id", listingId), Filters.eq("sellerId", sellerId))).first()))
			.map((document) -> pieces(document, exhibitionId));
	}

	private static StallPieces pieces(Document document, String exhibitionId) {
		Document stall = document.get(STALL_STOCK, Document.class);
		Object atStall = (stall != null) ? stall.get(exhibitionId) : null;
		Object stock = document.get("stock");
		String currency = document.getString("currency");
		return new StallPieces(document.getString("_id"), LocalizedText.of(document.get("title")),
				Money.of((document.get("priceMinor") instanceof Number price) ? price.longValue() : 0L,
						(currency != null) ? currency : "INR"),
				(stock instanceof Number online) ? online.intValue() : 0,
				(atStall instanceof Number pieces) ? pieces.intValue() : 0);
	}

	private Mono<Void> soldOutAtZero(String listingId, Instant now) {
		return moveStatus(Filters.and(Filters.eq("_id", listingId),
				Filters.eq("status", ListingStatus.PUBLISHED.name()), Filters.lte("stock", 0)), ListingStatus.SOLD_OUT,
				now);
	}

	private Mono<Void> backOnSale(String listingId, Instant now) {
		return moveStatus(Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.SOLD_OUT.name()),
				Filters.gt("stock", 0)), ListingStatus.PUBLISHED, now);
	}

	private Mono<Void> moveStatus(Bson filter, ListingStatus to, Instant now) {
		return updated(filter, SearchVisibleChange.update(now, Updates.set("status", to.name()),
				Updates.set("updatedAt", Date.from(now))))
			.then();
	}

	private Mono<Boolean> updated(Bson filter, Bson update) {
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update)))
			.map((result) -> result.getModifiedCount() == 1);
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(ListingRepository.COLLECTION);
	}

	/** Exhibition ids are slugs ({@code [a-z0-9-]}): safe as a field name. */
	private static String field(String exhibitionId) {
		if (!exhibitionId.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("not an exhibition id");
		}
		return STALL_STOCK + "." + exhibitionId;
	}

}
