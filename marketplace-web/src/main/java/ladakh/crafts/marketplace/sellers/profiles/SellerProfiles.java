package ladakh.crafts.marketplace.sellers.profiles;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.cards.CardStatus;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisan;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.cards.VerificationLinks;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.ProductCard;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Public shop pages of artisans, SHGs and training centres. Reads only public fields.
 */
@Service
public class SellerProfiles {

	static final int LISTINGS_SHOWN = 12;

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
		Mono<List<ProductCard>> listings = selling ? listings(seller, locale) : Mono.just(List.of());
		boolean sellingNow = selling;
		String verify = verifyPath;
		return listings.map((cards) -> new SellerProfile(seller.getString("_id"), type, seller.getString("name"),
				LocalizedText.of(seller.get("story")).in(locale), crafts, seller.getString("village"),
				seller.getString("district"), (photoId != null && !photoId.isBlank()) ? "/media/" + photoId : null,
				verify, departmentRegistered, sellingNow, strings(shg.get("memberIds")).size(), cards));
	}

	private Mono<List<ProductCard>> listings(Document seller, Locale locale) {
		Query query = Query.query(Criteria.where("sellerId").is(seller.getString("_id")).and("status").is("PUBLISHED"))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(LISTINGS_SHOWN);
		return this.mongo.find(query, Document.class, "listings").map((listing) -> {
			Number price = listing.get("priceMinor", Number.class);
			return new ProductCard("/listings/" + listing.getString("_id"),
					LocalizedText.of(listing.get("title")).in(locale), thumbUrl(listing),
					(price != null) ? price.longValue() : 0L, seller.getString("name"), seller.getString("type"), true);
		}).collectList();
	}

	private static String thumbUrl(Document listing) {
		List<?> photos = listing.get("photos", List.class);
		if (photos != null && !photos.isEmpty() && photos.get(0) instanceof Document photo
				&& photo.getString("thumbId") != null) {
			return "/media/" + photo.getString("thumbId");
		}
		return null;
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

}
