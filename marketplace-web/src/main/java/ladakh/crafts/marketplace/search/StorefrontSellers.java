package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The storefront's only reads of sellers, kept in this one class: the sellers area offers
 * no public query for them yet, so this still reads the {@code sellers} documents (with
 * {@link SellerStanding}'s rule) and answers {@link ShownSeller}s. When the sellers area
 * publishes its directory, this class becomes a thin adapter over it and nothing else in
 * search changes.
 */
@Component
class StorefrontSellers {

	private static final List<String> FIELDS = List.of("_id", "name", "type", "district", "village",
			"registrationNumber", "status", "validUntil");

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	StorefrontSellers(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Every seller selling now, of the kinds the storefront shows, by id. */
	Mono<Map<String, ShownSeller>> sellingNow() {
		LocalDate today = today();
		Query sellers = Query
			.query(Criteria.where("status").is("ACTIVE").and("type").in((Object[]) SellerStanding.SELLER_TYPES));
		FIELDS.forEach((field) -> sellers.fields().include(field));
		return this.mongo.find(sellers, Document.class, "sellers")
			.filter((seller) -> SellerStanding.sellsNow(seller, today))
			.map((seller) -> shown(seller, today))
			.collect(Collectors.toMap(ShownSeller::id, Function.identity()));
	}

	/** The seller, if selling now. */
	Mono<ShownSeller> sellingNow(String sellerId) {
		LocalDate today = today();
		return this.mongo.findById(sellerId, Document.class, "sellers")
			.filter((seller) -> SellerStanding.sellsNow(seller, today))
			.map((seller) -> shown(seller, today));
	}

	/** These sellers as buyers may see them, selling now or not; unknown ids left out. */
	Mono<Map<String, ShownSeller>> of(Collection<String> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		LocalDate today = today();
		return this.mongo.find(Query.query(Criteria.where("_id").in(sellerIds)), Document.class, "sellers")
			.map((seller) -> shown(seller, today))
			.collect(Collectors.toMap(ShownSeller::id, Function.identity()));
	}

	/** How many sellers of this kind are ACTIVE. */
	Mono<Long> countActive(String type) {
		return this.mongo.count(Query.query(Criteria.where("type").is(type).and("status").is("ACTIVE")), "sellers");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ShownSeller shown(Document seller, LocalDate today) {
		return new ShownSeller(seller.getString("_id"), seller.getString("name"), seller.getString("type"),
				seller.getString("district"), seller.getString("village"), seller.getString("registrationNumber"),
				seller.getString("status"), SellerStanding.sellsNow(seller, today),
				SellerStanding.verified(seller, today), SellerStanding.verificationPath(seller));
	}

	/**
	 * A seller as buyers may see them today.
	 *
	 * @param id the seller
	 * @param name the name
	 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param village the village, or null
	 * @param registrationNumber or null
	 * @param status the seller's status
	 * @param sellsNow whether they may sell today
	 * @param verified a registration number held by a seller who sells today
	 * @param verificationPath an artisan's public verification page, or null
	 */
	record ShownSeller(String id, String name, String type, String district, String village, String registrationNumber,
			String status, boolean sellsNow, boolean verified, String verificationPath) {

	}

}
