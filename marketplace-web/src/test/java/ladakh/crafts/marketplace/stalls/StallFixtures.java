package ladakh.crafts.marketplace.stalls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Exhibitions on today, stalls allocated to sellers and listings with stock, stored as
 * the exhibitions' draw and the catalog store them; and reads of what the stall wrote.
 */
public final class StallFixtures {

	private final ReactiveMongoTemplate mongo;

	private final ListingFixtures listings;

	public StallFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		this.listings = new ListingFixtures(mongo);
	}

	/** An exhibition that began yesterday and ends in two days (India time). */
	public String exhibitionOnNow() {
		LocalDate today = IndiaTime.dayOf(Instant.now());
		return exhibition(today.minusDays(1), today.plusDays(2));
	}

	public String exhibition(LocalDate startsOn, LocalDate endsOn) {
		String id = "stall-fair-" + UUID.randomUUID().toString().substring(0, 8);
		this.mongo
			.insert(new Document("_id", id).append("name", new Document("en", "Stall Fair " + id).append("hi", "मेला"))
				.append("place", "Leh")
				.append("startsOn", startsOn.toString())
				.append("endsOn", endsOn.toString()), "exhibitions")
			.block();
		return id;
	}

	/** Gives the seller a stall at the exhibition, as a draw would. */
	public void stall(String exhibitionId, String stallNumber, String sellerId) {
		this.mongo
			.insert(new Document("_id", exhibitionId + ":" + stallNumber).append("exhibitionId", exhibitionId)
				.append("stallNumber", stallNumber)
				.append("sellerId", sellerId)
				.append("crafts", List.of()), "stall_allocations")
			.block();
	}

	/**
	 * Sets a stall's status as the fees area stores it: {@code OFFERED} (fee due today)
	 * or {@code CONFIRMED}.
	 */
	public void status(String exhibitionId, String stallNumber, String status) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(exhibitionId + ":" + stallNumber)),
				new org.springframework.data.mongodb.core.query.Update().set("status", status)
					.set("dueOn", IndiaTime.dayOf(Instant.now()).toString())
					.set("version", 1L),
				"stall_allocations")
			.block();
	}

	/**
	 * A PUBLISHED listing of a selling seller with this online stock, 1,000.00 rupees.
	 */
	public String listing(String sellerId, int stock) {
		this.listings.sellingSeller(sellerId);
		String id = this.listings.listing(sellerId, "PUBLISHED");
		this.mongo.getCollection(ListingFixtures.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("stock", stock), Updates.set("priceMinor", 100_000L)))))
			.block();
		return id;
	}

	public Document listingDocument(String id) {
		return this.listings.stored(id);
	}

	public int online(String listingId) {
		return listingDocument(listingId).get("stock", Number.class).intValue();
	}

	public int atStall(String listingId, String exhibitionId) {
		Document stall = listingDocument(listingId).get("stallStock", Document.class);
		return (stall != null && stall.get(exhibitionId) != null) ? stall.get(exhibitionId, Number.class).intValue()
				: 0;
	}

	public long sales(String sellerId) {
		return this.mongo.count(Query.query(Criteria.where("sellerId").is(sellerId)), "stall_sales").block();
	}

	public List<Document> ledgerLines(String sellerId) {
		return this.mongo.find(Query.query(Criteria.where("sellerId").is(sellerId)), Document.class, "revenue_ledger")
			.collectList()
			.block();
	}

	public static String seller() {
		return "art-stall-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
