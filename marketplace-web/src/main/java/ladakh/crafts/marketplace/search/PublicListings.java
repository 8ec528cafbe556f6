package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The public product page's data, read from MongoDB (the system of record, so a page is
 * right even while the index catches up). Only a {@code PUBLISHED} or {@code SOLD_OUT}
 * listing of a seller who is selling now is public; anything else is "not found".
 */
@Service
public class PublicListings {

	/**
	 * Stall allocations as the exhibitions work stores them: {@code sellerId},
	 * {@code exhibitionId}, {@code stallNumber}; one whose exhibition has not ended is
	 * shown.
	 */
	static final String STALL_ALLOCATIONS = "stall_allocations";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	PublicListings(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Mono<PublicListing> find(String id) {
		LocalDate today = LocalDate.now(this.clock);
		Query query = Query.query(Criteria.where("_id").is(id).and("status").in("PUBLISHED", "SOLD_OUT"));
		return this.mongo.findOne(query, Document.class, "listings")
			.flatMap((listing) -> this.mongo
				.findOne(Query.query(Criteria.where("_id").is(listing.getString("sellerId"))), Document.class,
						"sellers")
				.filter((seller) -> SellerStanding.sellsNow(seller, today))
				.flatMap((seller) -> Mono
					.zip(craftName(listing.getString("craft")), stalls(seller.getString("_id"), today))
					.map((extra) -> listing(listing, seller, extra.getT1(), extra.getT2(), today))));
	}

	private Mono<LocalizedText> craftName(String slug) {
		if (slug == null) {
			return Mono.just(new LocalizedText(null, null));
		}
		return this.mongo.findById(slug, Document.class, "crafts")
			.map((craft) -> LocalizedText.of(craft.get("name")))
			.defaultIfEmpty(new LocalizedText(slug, null));
	}

	private Mono<List<PublicListing.Stall>> stalls(String sellerId, LocalDate today) {
		return this.mongo.find(Query.query(Criteria.where("sellerId").is(sellerId)), Document.class, STALL_ALLOCATIONS)
			.collectList()
			.flatMap((allocations) -> {
				if (allocations.isEmpty()) {
					return Mono.just(List.<PublicListing.Stall>of());
				}
				List<String> ids = allocations.stream().map((stall) -> stall.getString("exhibitionId")).toList();
				Query exhibitions = Query.query(Criteria.where("_id").in(ids).and("endsOn").gte(today.toString()))
					.with(Sort.by("startsOn"));
				return this.mongo.find(exhibitions, Document.class, "exhibitions")
					.collect(Collectors.toMap((exhibition) -> exhibition.getString("_id"), Function.identity()))
					.map((byId) -> allocations.stream()
						.filter((stall) -> byId.containsKey(stall.getString("exhibitionId")))
						.map((stall) -> stall(stall, byId.get(stall.getString("exhibitionId"))))
						.sorted(java.util.Comparator.comparing(PublicListing.Stall::startsOn,
								java.util.Comparator.nullsLast(String::compareTo)))
						.toList());
			});
	}

	private static PublicListing.Stall stall(Document stall, Document exhibition) {
		return new PublicListing.Stall(exhibition.getString("_id"), LocalizedText.of(exhibition.get("name")),
				exhibition.getString("place"), stall.getString("stallNumber"), exhibition.getString("startsOn"),
				exhibition.getString("endsOn"));
	}

	private static PublicListing listing(Document listing, Document seller, LocalizedText craftName,
			List<PublicListing.Stall> stalls, LocalDate today) {
		Number price = listing.get("priceMinor", Number.class);
		Number stock = listing.get("stock", Number.class);
		Number lead = listing.get("leadTimeDays", Number.class);
		Number weight = listing.get("weightGrams", Number.class);
		boolean madeToOrder = Boolean.TRUE.equals(listing.getBoolean("madeToOrder"));
		String status = listing.getString("status");
		int pieces = (stock != null) ? stock.intValue() : 0;
		boolean inStock = "PUBLISHED".equals(status) && (madeToOrder || pieces > 0);
		List<PublicListing.Photo> photos = ListingPhotos.of(listing)
			.stream()
			.map((photo) -> new PublicListing.Photo("/media/" + photo.getString("imageId"),
					(photo.getString("thumbId") != null) ? "/media/" + photo.getString("thumbId")
							: "/media/" + photo.getString("imageId"),
					integer(photo.get("width")), integer(photo.get("height"))))
			.toList();
		PublicListing.GiTag gi = (listing.get("giTag") instanceof Document tag)
				? new PublicListing.GiTag(tag.getString("name"), tag.getString("authorisedUserNumber")) : null;
		LocalizedText careNotes = (listing.get("careNotes") != null) ? LocalizedText.of(listing.get("careNotes"))
				: null;
		String currency = (listing.getString("currency") != null) ? listing.getString("currency") : "INR";
		return new PublicListing(listing.getString("_id"), LocalizedText.of(listing.get("title")),
				LocalizedText.of(listing.get("description")), listing.getString("craft"), craftName,
				strings(listing.get("materials")), listing.getString("dimensions"), integer(weight),
				(price != null) ? price.longValue() : 0L, currency, status, inStock, pieces, madeToOrder, integer(lead),
				photos, gi, careNotes, maker(seller, today), stalls);
	}

	static PublicListing.Maker maker(Document seller, LocalDate today) {
		return new PublicListing.Maker(seller.getString("_id"), seller.getString("name"), seller.getString("type"),
				seller.getString("district"), seller.getString("village"), seller.getString("registrationNumber"),
				seller.getString("status"), SellerStanding.verified(seller, today),
				SellerStanding.verificationPath(seller), "/sellers/" + seller.getString("_id"));
	}

	private static Integer integer(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

}
