package ladakh.crafts.marketplace.catalog;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A small public read for other areas: whether a listing can be bought now, without
 * knowing the {@code listings} document.
 */
@Service
public class ListingStock {

	private final ReactiveMongoTemplate mongo;

	ListingStock(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The listing's availability, or empty when there is no such listing.
	 * @param listingId the listing
	 * @return what a buyer can get
	 */
	public Mono<Availability> of(String listingId) {
		return this.mongo.getCollection(Listings.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.find(Filters.eq("_id", listingId))
				.projection(Projections.include("status", "stock", "madeToOrder", "leadTimeDays"))
				.first()))
			.map(ListingStock::availability);
	}

	private static Availability availability(Document document) {
		boolean published = "PUBLISHED".equals(document.getString("status"));
		Number stock = document.get("stock", Number.class);
		Number lead = document.get("leadTimeDays", Number.class);
		return new Availability(published, (stock != null) ? stock.intValue() : 0,
				Boolean.TRUE.equals(document.getBoolean("madeToOrder")), (lead != null) ? lead.intValue() : null);
	}

	/**
	 * @param published whether buyers can see it
	 * @param stock pieces in stock
	 * @param madeToOrder whether made after an order
	 * @param leadTimeDays days to make one, or null
	 */
	public record Availability(boolean published, int stock, boolean madeToOrder, Integer leadTimeDays) {

		public boolean orderable() {
			return this.published && (this.madeToOrder || this.stock > 0);
		}

	}

}
