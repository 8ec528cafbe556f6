package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.ProductCard;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What the home page shows: the crafts, the newest listings, how many sellers and
 * listings there are, and the exhibitions to come. Reads MongoDB directly until the
 * catalog search API serves these.
 */
@Service
public class HomeShowcase {

	static final int LATEST_LISTINGS = 12;

	static final int UPCOMING_EXHIBITIONS = 4;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	HomeShowcase(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Flux<CraftTile> crafts(Locale locale) {
		Query query = new Query().with(Sort.by("sortOrder"));
		return this.mongo.find(query, Document.class, "crafts")
			.map((craft) -> new CraftTile(craft.getString("_id"), LocalizedText.of(craft.get("name")).in(locale),
					LocalizedText.of(craft.get("description")).in(locale)));
	}

	/**
	 * The newest published listings of sellers who are currently selling (a suspended or
	 * expired seller's products are not shown), each with its seller's name and kind.
	 */
	public Flux<ProductCard> latestListings(Locale locale) {
		Query query = Query.query(Criteria.where("status").is("PUBLISHED"))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(LATEST_LISTINGS * 3);
		return this.mongo.find(query, Document.class, "listings")
			.collectList()
			.flatMapMany((listings) -> sellersOf(listings).flatMapMany((sellers) -> Flux.fromIterable(listings)
				.filter((listing) -> SellerStanding.sellsNow(sellers.get(listing.getString("sellerId")),
						LocalDate.now(this.clock)))
				.take(LATEST_LISTINGS)
				.map((listing) -> card(listing, sellers, locale))));
	}

	private Mono<Map<String, Document>> sellersOf(List<Document> listings) {
		List<String> ids = listings.stream().map((listing) -> listing.getString("sellerId")).distinct().toList();
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, "sellers")
			.collect(Collectors.toMap((seller) -> seller.getString("_id"), Function.identity()));
	}

	private static ProductCard card(Document listing, Map<String, Document> sellers, Locale locale) {
		Document seller = sellers.getOrDefault(listing.getString("sellerId"), new Document());
		Number price = listing.get("priceMinor", Number.class);
		return new ProductCard("/listings/" + listing.getString("_id"),
				LocalizedText.of(listing.get("title")).in(locale), thumbUrl(listing),
				(price != null) ? price.longValue() : 0L, seller.getString("name"), seller.getString("type"),
				"ACTIVE".equals(seller.getString("status")));
	}

	private static String thumbUrl(Document listing) {
		List<?> photos = listing.get("photos", List.class);
		if (photos != null && !photos.isEmpty() && photos.get(0) instanceof Document photo
				&& photo.getString("thumbId") != null) {
			return "/media/" + photo.getString("thumbId");
		}
		return null;
	}

	public Mono<Counts> counts() {
		return Mono
			.zip(activeSellers("ARTISAN"), activeSellers("SHG"), activeSellers("TRAINING_CENTRE"),
					this.mongo.count(Query.query(Criteria.where("status").is("PUBLISHED")), "listings"))
			.map((counts) -> new Counts(counts.getT1(), counts.getT2(), counts.getT3(), counts.getT4()));
	}

	private Mono<Long> activeSellers(String type) {
		return this.mongo.count(Query.query(Criteria.where("type").is(type).and("status").is("ACTIVE")), "sellers");
	}

	/**
	 * Exhibitions that have not ended yet, soonest first. Dates are stored as ISO
	 * strings.
	 */
	public Flux<ExhibitionItem> upcomingExhibitions(Locale locale) {
		String today = LocalDate.now(this.clock).toString();
		Query query = Query.query(Criteria.where("endsOn").gte(today))
			.with(Sort.by("startsOn"))
			.limit(UPCOMING_EXHIBITIONS);
		return this.mongo.find(query, Document.class, "exhibitions")
			.map((exhibition) -> new ExhibitionItem(exhibition.getString("_id"),
					LocalizedText.of(exhibition.get("name")).in(locale), exhibition.getString("place"),
					day(exhibition.getString("startsOn"), locale), day(exhibition.getString("endsOn"), locale)));
	}

	private static String day(String isoDate, Locale locale) {
		try {
			return LocalDate.parse(isoDate).format(DAY.withLocale(locale));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return "";
		}
	}

	/** A craft in the reader's language. */
	public record CraftTile(String slug, String name, String description) {

	}

	/** How many active sellers of each kind, and published listings, there are. */
	public record Counts(long artisans, long selfHelpGroups, long trainingCentres, long listings) {

	}

	/** An exhibition in the reader's language with its dates ready to show. */
	public record ExhibitionItem(String id, String name, String place, String startsOn, String endsOn) {

	}

}
