package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import ladakh.crafts.catalog.index.SellingRule;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The only class that reads and writes the {@code sellers} collection (field names as in
 * docs/data-model.md), mapping each document to a {@link Seller} by hand. Every status
 * move is one update conditional on the status the seller was loaded with. Public only
 * for the sellers area's sub-packages; other areas use {@link SellerDirectory}.
 */
@Repository
public class SellerRepository {

	static final String COLLECTION = "sellers";

	private final ReactiveMongoTemplate mongo;

	SellerRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The seller with this id, or empty. */
	public Mono<Seller> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(SellerDocuments::seller);
	}

	/** The seller with this id if it is of this kind, or empty. */
	public Mono<Seller> find(String id, SellerKind kind) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(id).and("type").is(kind.name())), Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/** The given sellers, in no particular order; unknown ids are left out. */
	public Flux<Seller> findAll(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.mongo
			.find(Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids))), Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/**
	 * The districts of the given sellers, by id (the {@code _id} index, 500 ids a read:
	 * the most an {@code $in} is served with); unknown ids and sellers without one are
	 * left out.
	 */
	public Mono<java.util.Map<String, String>> districtsOf(Collection<String> ids) {
		List<String> all = List.copyOf(new LinkedHashSet<>(ids));
		List<List<String>> slices = new java.util.ArrayList<>();
		for (int i = 0; i < all.size(); i += 500) {
			slices.add(all.subList(i, Math.min(all.size(), i + 500)));
		}
		return Flux.fromIterable(slices).concatMap((slice) -> {
			Query query = Query.query(Criteria.where("_id").in(slice));
			query.fields().include("district");
			return this.mongo.find(query, Document.class, COLLECTION);
		})
			.filter((seller) -> seller.getString("district") != null)
			.collectMap((seller) -> seller.getString("_id"), (seller) -> seller.getString("district"));
	}

	/** The given sellers that are of this kind. */
	public Flux<Seller> findAll(Collection<String> ids, SellerKind kind) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.mongo
			.find(Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids)).and("type").is(kind.name())),
					Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/**
	 * The ACTIVE sellers of these kinds (whether each sells today is the aggregate's
	 * call).
	 */
	public Flux<Seller> activeOfKinds(Collection<SellerKind> kinds) {
		return this.mongo.find(Query.query(Criteria.where("status")
			.is(SellerStatus.ACTIVE.name())
			.and("type")
			.in(kinds.stream().map(Enum::name).toList())), Document.class, COLLECTION).map(SellerDocuments::seller);
	}

	/** How many sellers of this kind are ACTIVE. */
	public Mono<Long> countActive(SellerKind kind) {
		return this.mongo.count(
				Query.query(Criteria.where("type").is(kind.name()).and("status").is(SellerStatus.ACTIVE.name())),
				COLLECTION);
	}

	/** Every seller of a kind, by name. */
	public Flux<Seller> ofKindByName(SellerKind kind) {
		return ofKind(kind, Sort.by("name"));
	}

	/**
	 * A page of the sellers of a kind, by name then id, from {@code after} on: index
	 * {@code type_name_id} serves the range on name, ties only are filtered by id.
	 */
	public Flux<Seller> ofKindByName(SellerKind kind, After after, int limit) {
		Criteria kindIs = Criteria.where("type").is(kind.name());
		Criteria criteria = (after == null) ? kindIs
				: new Criteria().andOperator(kindIs, Criteria.where("name").gte(after.key()), new Criteria()
					.orOperator(Criteria.where("name").gt(after.key()), Criteria.where("_id").gt(after.id())));
		return this.mongo
			.find(Query.query(criteria).with(Sort.by("name", "_id")).limit(limit), Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/** A page of the sellers of a kind, by id, after {@code afterId} (index type_id). */
	public Flux<Seller> ofKindById(SellerKind kind, String afterId, int limit) {
		Criteria criteria = Criteria.where("type").is(kind.name());
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	private Flux<Seller> ofKind(SellerKind kind, Sort sort) {
		return this.mongo
			.find(Query.query(Criteria.where("type").is(kind.name())).with(sort), Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/** The seller of this kind holding this (already normalised) registration number. */
	public Mono<Seller> byRegistrationNumber(String number, SellerKind kind) {
		return this.mongo
			.findOne(Query.query(Criteria.where("registrationNumber").is(number).and("type").is(kind.name())),
					Document.class, COLLECTION)
			.map(SellerDocuments::seller);
	}

	/** Whether the seller's record carries this portrait. */
	public Mono<Boolean> carriesPhoto(String sellerId, String photoId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(sellerId).and("photoId").is(photoId)),
				COLLECTION);
	}

	/** Stores a new seller; fails on a taken id. */
	public Mono<Void> insert(Seller seller) {
		return this.mongo.insert(SellerDocuments.document(seller), COLLECTION).then();
	}

	/**
	 * Stores the seller unless its id is taken (an idempotent upsert: a retried
	 * registration changes nothing).
	 */
	public Mono<Void> insertIfAbsent(Seller seller) {
		Update update = new Update();
		SellerDocuments.document(seller).forEach((field, value) -> {
			if (!"_id".equals(field)) {
				update.setOnInsert(field, value);
			}
		});
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(seller.id())), update, COLLECTION).then();
	}

	/**
	 * Persists the seller's status move, only if the stored status is still the one it
	 * was loaded with.
	 * @return false when someone else moved it first (nothing written)
	 */
	public Mono<Boolean> saveStatus(Seller seller) {
		Query query = Query.query(Criteria.where("_id").is(seller.id()).and("status").is(seller.loadedStatus().name()));
		Update update = new Update().set("status", seller.status().name());
		if (seller.statusChangedAt() != null) {
			update.set("statusReason", seller.statusReason())
				.set("statusChangedAt", SellerDocuments.date(seller.statusChangedAt()));
		}
		if (seller.shg() != null && seller.shg().approvedBy() != null) {
			update.set("shg.approvedBy", seller.shg().approvedBy())
				.set("shg.approvedAt", SellerDocuments.date(seller.shg().approvedAt()));
		}
		return this.mongo.updateFirst(query, update, COLLECTION).map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Moves an SHG's fund balance by {@code change}, only while the SHG is ACTIVE and,
	 * when {@code change} is negative, the balance covers it: one atomic update, so
	 * concurrent uses never overdraw the fund.
	 * @return false when the guard did not hold (nothing written)
	 */
	public Mono<Boolean> moveFundBalance(String shgId, Money change) {
		Criteria guard = Criteria.where("_id")
			.is(shgId)
			.and("type")
			.is(SellerKind.SHG.name())
			.and("status")
			.is(SellerStatus.ACTIVE.name());
		if (change.isNegative()) {
			guard = guard.and("shg.fundBalanceMinor").gte(change.negated().minor());
		}
		return this.mongo
			.updateFirst(Query.query(guard), new Update().inc("shg.fundBalanceMinor", change.minor()), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Puts back a fund move whose ledger entry could not be written. */
	public Mono<Void> undoFundMove(String shgId, Money change) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(shgId)),
					new Update().inc("shg.fundBalanceMinor", -change.minor()), COLLECTION)
			.then();
	}

	/**
	 * Names an instructor at a training centre ({@code centre.instructors}), once: the
	 * current placements' projection, which decides who instructs there.
	 */
	public Mono<Void> addCentreInstructor(String centreId, String userId, String name) {
		Query query = Query.query(Criteria.where("_id")
			.is(centreId)
			.and("type")
			.is(SellerKind.TRAINING_CENTRE.name())
			.and("centre.instructors.userId")
			.ne(userId));
		return this.mongo
			.updateFirst(query,
					new Update().push("centre.instructors", new Document("userId", userId).append("name", name)),
					COLLECTION)
			.then();
	}

	/** Takes an instructor off a training centre's {@code centre.instructors}. */
	public Mono<Void> removeCentreInstructor(String centreId, String userId) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id").is(centreId).and("type").is(SellerKind.TRAINING_CENTRE.name())),
					new Update().pull("centre.instructors", new Document("userId", userId)), COLLECTION)
			.then();
	}

}
