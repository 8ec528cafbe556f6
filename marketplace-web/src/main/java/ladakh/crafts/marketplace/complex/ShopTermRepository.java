package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code complex_shop_terms} collection: one document per shop and term, {@code _id}
 * {@code <termId>:<shop>} and a unique index on the two, so a shop in a term is one
 * record with one holder; every move is a version-checked update of that record.
 */
@Repository
class ShopTermRepository {

	static final String COLLECTION = "complex_shop_terms";

	private final ReactiveMongoTemplate mongo;

	ShopTermRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new term's shops.
	 * @throws Refusal CONFLICT (in the Mono) when one of them exists already
	 */
	Mono<Void> insertAll(List<ShopTerm> shops) {
		return this.mongo.insert(shops.stream().map(ShopTermRepository::document).toList(), COLLECTION)
			.then()
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("complex.schedule.overlap"));
	}

	Mono<Void> removeOfTerms(List<String> termIds) {
		return this.mongo.remove(Query.query(Criteria.where("termId").in(termIds)), COLLECTION).then();
	}

	/** A term's shops, in plan order (A1..A10, B1..B10). */
	Mono<List<ShopTerm>> ofTerm(String termId) {
		return this.mongo
			.find(Query.query(Criteria.where("termId").is(termId)).limit(ComplexShops.NUMBERS.size()), Document.class,
					COLLECTION)
			.map(ShopTermRepository::shopTerm)
			.collectSortedList(Comparator.comparingInt((ShopTerm shop) -> ComplexShops.NUMBERS.indexOf(shop.shop())));
	}

	Mono<ShopTerm> find(String termId, String shop) {
		return this.mongo.findById(ShopTerm.idOf(termId, shop), Document.class, COLLECTION)
			.map(ShopTermRepository::shopTerm);
	}

	/**
	 * Stores a move if the record is still at the version it was read at.
	 * @return whether it was stored (false: another move came first)
	 */
	Mono<Boolean> save(ShopTerm moved, long readVersion) {
		Update update = new Update().set("sellerId", moved.sellerId())
			.set("spells", moved.spells().stream().map(ShopTermRepository::spell).toList())
			.set("version", moved.version());
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(moved.id()).and("version").is(readVersion)), update,
					COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Marks a shop for a swap if it is still at the version it was read at, unmarked.
	 * @return whether it was marked (false: another move or swap came first)
	 */
	Mono<Boolean> mark(ShopTerm marked, long readVersion) {
		Update update = new Update().set("pendingSwap", pendingSwap(marked.pendingSwap()))
			.set("version", marked.version());
		return this.mongo
			.updateFirst(Query.query(
					Criteria.where("_id").is(marked.id()).and("version").is(readVersion).and("pendingSwap").is(null)),
					update, COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Writes a swapped shop (new holder, mark cleared) if that swap's mark is still on
	 * it: once done, a repeat changes nothing.
	 * @return whether it was written now
	 */
	Mono<Boolean> completeSwap(ShopTerm swapped, String swapId) {
		Update update = new Update().set("sellerId", swapped.sellerId())
			.set("spells", swapped.spells().stream().map(ShopTermRepository::spell).toList())
			.unset("pendingSwap")
			.inc("version", 1);
		return this.mongo.updateFirst(markedFor(swapped.id(), swapId), update, COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Clears a swap's mark from a shop, if it is still on it; nothing else changes. */
	Mono<Boolean> unmark(String shopId, String swapId) {
		return this.mongo
			.updateFirst(markedFor(shopId, swapId), new Update().unset("pendingSwap").inc("version", 1), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Moves a shop's version on if it is still at the one read: a swap that read the
	 * older version can then no longer mark it (the sweep's way of undoing a half-marked
	 * swap).
	 */
	Mono<Boolean> fence(ShopTerm read) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(read.id()).and("version").is(read.version())),
					new Update().inc("version", 1), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Shops marked in that role by swaps recorded before the instant (index role_at). */
	Flux<ShopTerm> markedBefore(ShopTerm.PendingSwap.Role role, Instant before, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("pendingSwap.role").is(role.name()).and("pendingSwap.at").lt(before))
				.limit(limit), Document.class, COLLECTION)
			.map(ShopTermRepository::shopTerm);
	}

	/** Shops a marked swap gives to the seller (index pendingSwap.to). */
	Flux<ShopTerm> swappingTo(String sellerId, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("pendingSwap.to").is(sellerId)).limit(limit), Document.class, COLLECTION)
			.map(ShopTermRepository::shopTerm);
	}

	private static Query markedFor(String shopId, String swapId) {
		return Query.query(Criteria.where("_id").is(shopId).and("pendingSwap.id").is(swapId));
	}

	/**
	 * The shops held in terms that ended on or after {@code from} and before
	 * {@code before}: the rotation's history.
	 */
	Flux<ShopTerm> heldEnding(LocalDate from, LocalDate before) {
		return this.mongo
			.find(Query.query(Criteria.where("endsOn").gte(from.toString()).lt(before.toString())), Document.class,
					COLLECTION)
			.map(ShopTermRepository::shopTerm)
			.filter((shop) -> !shop.vacant());
	}

	/** The shops a seller holds, latest term first. */
	Flux<ShopTerm> heldBy(String sellerId, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId))
				.with(Sort.by(Sort.Direction.DESC, "startsOn"))
				.limit(limit), Document.class, COLLECTION)
			.map(ShopTermRepository::shopTerm);
	}

	/**
	 * A shop in a term once; a term's shops; the history by end day; a seller's; the
	 * sweep's marked shops; the shops a marked swap gives a seller.
	 */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("termId", Sort.Direction.ASC)
				.on("shop", Sort.Direction.ASC)
				.unique()
				.named("termId_shop"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("endsOn", Sort.Direction.ASC).named("endsOn")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
					.on("startsOn", Sort.Direction.DESC)
					.named("sellerId_startsOn")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("pendingSwap.role", Sort.Direction.ASC)
					.on("pendingSwap.at", Sort.Direction.ASC)
					.named("pendingSwap_role_at")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("pendingSwap.to", Sort.Direction.ASC).named("pendingSwap_to")))
			.then();
	}

	private static Document document(ShopTerm shop) {
		return new Document("_id", shop.id()).append("termId", shop.termId())
			.append("shop", shop.shop())
			.append("startsOn", shop.startsOn().toString())
			.append("endsOn", shop.endsOn().toString())
			.append("sellerId", shop.sellerId())
			.append("spells", shop.spells().stream().map(ShopTermRepository::spell).toList())
			.append("version", shop.version())
			.append("pendingSwap", pendingSwap(shop.pendingSwap()));
	}

	private static Document pendingSwap(ShopTerm.PendingSwap swap) {
		if (swap == null) {
			return null;
		}
		return new Document("id", swap.id()).append("role", swap.role().name())
			.append("partner", swap.partner())
			.append("to", swap.to())
			.append("reason", swap.reason())
			.append("by", swap.by())
			.append("roles", swap.roles())
			.append("at", Date.from(swap.at()));
	}

	private static ShopTerm.PendingSwap pendingSwap(Document document) {
		if (document == null) {
			return null;
		}
		return new ShopTerm.PendingSwap(document.getString("id"),
				ShopTerm.PendingSwap.Role.valueOf(document.getString("role")), document.getString("partner"),
				document.getString("to"), document.getString("reason"), document.getString("by"),
				document.getList("roles", String.class, List.of()), document.getDate("at").toInstant());
	}

	private static Document spell(Spell spell) {
		return new Document("sellerId", spell.sellerId()).append("grant", spell.grant().name())
			.append("reason", spell.reason())
			.append("by", spell.by())
			.append("at", Date.from(spell.at()))
			.append("ending", (spell.ending() != null) ? spell.ending().name() : null)
			.append("endedAt", (spell.endedAt() != null) ? Date.from(spell.endedAt()) : null)
			.append("endReason", spell.endReason());
	}

	private static ShopTerm shopTerm(Document document) {
		return new ShopTerm(document.getString("termId"), document.getString("shop"),
				LocalDate.parse(document.getString("startsOn")), LocalDate.parse(document.getString("endsOn")),
				document.getString("sellerId"),
				document.getList("spells", Document.class, List.of()).stream().map(ShopTermRepository::spell).toList(),
				((Number) document.get("version")).longValue(),
				pendingSwap(document.get("pendingSwap", Document.class)));
	}

	private static Spell spell(Document document) {
		String ending = document.getString("ending");
		Date endedAt = document.getDate("endedAt");
		return new Spell(document.getString("sellerId"), Spell.Grant.valueOf(document.getString("grant")),
				document.getString("reason"), document.getString("by"), document.getDate("at").toInstant(),
				(ending != null) ? Spell.Ending.valueOf(ending) : null, (endedAt != null) ? endedAt.toInstant() : null,
				document.getString("endReason"));
	}

}
