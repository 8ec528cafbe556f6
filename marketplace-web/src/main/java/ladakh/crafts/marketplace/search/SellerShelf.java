package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
 * A seller's products for their shop page (which the sellers area owns and renders): the
 * public listings, newest first, read from MongoDB so a shop page never depends on the
 * index. Nothing for a seller who is not selling now.
 */
@Service
public class SellerShelf {

	public static final int SHOWN = 24;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	SellerShelf(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Mono<List<ProductCard>> listingsOf(String sellerId, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		return this.mongo.findById(sellerId, Document.class, "sellers")
			.filter((seller) -> SellerStanding.sellsNow(seller, today))
			.flatMap((seller) -> {
				Query query = Query
					.query(Criteria.where("sellerId").is(sellerId).and("status").in("PUBLISHED", "SOLD_OUT"))
					.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
					.limit(SHOWN);
				boolean verified = SellerStanding.verified(seller, today);
				return this.mongo.find(query, Document.class, "listings").map((listing) -> {
					Number price = listing.get("priceMinor", Number.class);
					String thumb = ListingPhotos.firstThumbnail(listing);
					return new ProductCard("/listings/" + listing.getString("_id"),
							LocalizedText.of(listing.get("title")).in(locale),
							(thumb != null) ? "/media/" + thumb : null, (price != null) ? price.longValue() : 0L,
							seller.getString("name"), seller.getString("type"), verified);
				}).collectList();
			})
			.defaultIfEmpty(List.of());
	}

}
