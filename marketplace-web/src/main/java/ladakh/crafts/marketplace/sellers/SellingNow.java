package ladakh.crafts.marketplace.sellers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Which sellers may sell today: ACTIVE and, when a validity date is stored, not past it
 * (the card's reading). For other areas that take money for a seller's goods: a listing
 * stays PUBLISHED while its seller is suspended, so the listing's status alone does not
 * say it can be bought.
 */
@Service
public class SellingNow {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	SellingNow(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Those of the given sellers who may sell today.
	 * @param sellerIds seller ids
	 * @return the ids of those selling; unknown ids are left out
	 */
	public Mono<Set<String>> among(Collection<String> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Mono.just(Set.of());
		}
		LocalDate today = LocalDate.now(this.clock);
		Query query = Query.query(Criteria.where("_id").in(sellerIds));
		query.fields().include("status").include("validUntil");
		return this.mongo.find(query, Document.class, "sellers")
			.filter((seller) -> sells(seller, today))
			.map((seller) -> seller.getString("_id"))
			.collect(Collectors.toSet());
	}

	/** Whether this seller record may sell on the given day. */
	public static boolean sells(Document seller, LocalDate today) {
		if (seller == null || !"ACTIVE".equals(seller.getString("status"))) {
			return false;
		}
		if (seller.get("validUntil") instanceof String iso && !iso.isBlank()) {
			try {
				return !LocalDate.parse(iso).isBefore(today);
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}
		return true;
	}

}
