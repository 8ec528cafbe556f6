package ladakh.crafts.marketplace.sellers.profiles;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.cards.CardStatus;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisan;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.cards.VerificationLinks;
import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Public shop pages of artisans, SHGs and training centres. Reads only public fields; the
 * products on the page come from {@code shared.ShopShelf}, which the storefront answers.
 */
@Service
public class SellerProfiles {

	private static final List<String> PUBLIC_FIELDS = List.of("_id", "type", "name", "story", "crafts", "village",
			"district", "registrationNumber", "status", "validUntil", "photoId", "shg.memberIds");

	private final ReactiveMongoTemplate mongo;

	private final CraftNames craftNames;

	private final RegisteredArtisans artisans;

	SellerProfiles(ReactiveMongoTemplate mongo, CraftNames craftNames, RegisteredArtisans artisans) {
		this.mongo = mongo;
		this.craftNames = craftNames;
		this.artisans = artisans;
	}

	/** The page of the seller with this id; empty when there is none. */
	public Mono<SellerProfile> find(String id, Locale locale) {
		Query query = Query.query(Criteria.where("_id").is(id).and("type").in("ARTISAN", "SHG", "TRAINING_CENTRE"));
		PUBLIC_FIELDS.forEach((field) -> query.fields().include(field));
		return this.mongo.findOne(query, Document.class, "sellers")
			.flatMap((seller) -> this.craftNames.names(strings(seller.get("crafts")), locale)
				.flatMap((crafts) -> profile(seller, crafts, locale)));
	}

	private Mono<SellerProfile> profile(Document seller, List<String> crafts, Locale locale) {
		String type = seller.getString("type");
		String status = seller.getString("status");
		String registrationNumber = seller.getString("registrationNumber");
		boolean selling;
		String verifyPath = null;
		if ("ARTISAN".equals(type)) {
			CardStatus cardStatus = CardStatus.of(status, RegisteredArtisan.dateOf(seller.get("validUntil")),
					this.artisans.today());
			selling = cardStatus == CardStatus.ACTIVE;
			if (registrationNumber != null && !registrationNumber.isBlank()) {
				verifyPath = VerificationLinks.path(registrationNumber);
			}
		}
		else {
			selling = "ACTIVE".equals(status);
		}
		boolean departmentRegistered = !"ARTISAN".equals(type) && selling;
		Document shg = (seller.get("shg") instanceof Document details) ? details : new Document();
		String photoId = seller.getString("photoId");
		return Mono.just(new SellerProfile(seller.getString("_id"), type, seller.getString("name"),
				LocalizedText.of(seller.get("story")).in(locale), crafts, seller.getString("village"),
				seller.getString("district"), (photoId != null && !photoId.isBlank()) ? "/media/" + photoId : null,
				verifyPath, departmentRegistered, selling, strings(shg.get("memberIds")).size()));
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

}
