package ladakh.crafts.marketplace.sellers.home;

import java.util.List;

import ladakh.crafts.marketplace.sellers.cards.CardStatus;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisan;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.home.SellerHomePage.Card;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A seller's own record for their home page. Only the fields the page shows are read.
 */
@Service
public class SellerHome {

	private static final List<String> FIELDS = List.of("_id", "type", "name", "registrationNumber", "district",
			"status", "validUntil");

	private final ReactiveMongoTemplate mongo;

	private final RegisteredArtisans artisans;

	SellerHome(ReactiveMongoTemplate mongo, RegisteredArtisans artisans) {
		this.mongo = mongo;
		this.artisans = artisans;
	}

	/** The home page of the seller with this id; empty when there is none. */
	public Mono<SellerHomePage> of(String sellerId) {
		Query query = Query.query(Criteria.where("_id").is(sellerId));
		FIELDS.forEach((field) -> query.fields().include(field));
		return this.mongo.findOne(query, Document.class, "sellers").map(this::page);
	}

	private SellerHomePage page(Document seller) {
		String type = seller.getString("type");
		String stored = seller.getString("status");
		String number = seller.getString("registrationNumber");
		number = (number == null || number.isBlank()) ? null : number;
		var validUntil = RegisteredArtisan.dateOf(seller.get("validUntil"));
		String status;
		Card card;
		if ("ARTISAN".equals(type)) {
			// The same judgement as the card and the verification page: past its
			// validity a registration is EXPIRED whatever is stored.
			CardStatus today = CardStatus.of(stored, validUntil, this.artisans.today());
			status = today.name();
			card = (number == null) ? Card.NOT_REGISTERED
					: (today == CardStatus.ACTIVE) ? Card.AVAILABLE : Card.NOT_ACTIVE;
		}
		else {
			status = (stored != null) ? stored : "PENDING";
			card = Card.NOT_AN_ARTISAN;
		}
		return new SellerHomePage(seller.getString("_id"), type, seller.getString("name"), number,
				seller.getString("district"), status, validUntil, card);
	}

}
