package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.shared.ProductCard;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What the home page shows: the crafts, the newest listings, how many sellers and
 * listings there are, and the exhibitions to come. The newest listings and the product
 * count come from the catalog index, from MongoDB only while it cannot answer; the counts
 * are kept for a short while (decision 44).
 */
@Service
@EnableConfigurationProperties(StorefrontProperties.class)
public class HomeShowcase {

	static final int LATEST_LISTINGS = 12;

	static final int UPCOMING_EXHIBITIONS = 4;

	private static final String PUBLISHED = ListingStatus.PUBLISHED.name();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final ShowcaseRepository showcase;

	private final IndexFirst index;

	private final Clock clock;

	private final ShortLived<Counts> counts;

	HomeShowcase(ListingQueries listings, StorefrontSellers sellers, ShowcaseRepository showcase, IndexFirst index,
			Clock clock, StorefrontProperties properties) {
		this.listings = listings;
		this.sellers = sellers;
		this.showcase = showcase;
		this.index = index;
		this.clock = clock;
		this.counts = new ShortLived<>(Mono.defer(this::count), properties.countsFor());
	}

	public Flux<CraftTile> crafts(Locale locale) {
		return this.showcase.crafts()
			.map((craft) -> new CraftTile(craft.slug(), craft.name().in(locale), craft.description().in(locale)));
	}

	/**
	 * The newest published listings of sellers who are currently selling (a suspended or
	 * expired seller's products are not shown), each with its seller's name and kind. The
	 * index answers; the sellers of its hits are checked in MongoDB by id, since the
	 * index learns of a registration running out only when the seller's listings are next
	 * indexed.
	 */
	public Flux<ProductCard> latestListings(Locale locale) {
		return this.index
			.read("the home page's listings", (search) -> search.newest(null, PUBLISHED, 1, LATEST_LISTINGS * 2)
				.flatMap((page) -> this.sellers.of(page.hits().stream().map(SearchHit::sellerId).distinct().toList())
					.map((sellers) -> page.hits()
						.stream()
						.filter((hit) -> sellsNow(sellers.get(hit.sellerId())))
						.limit(LATEST_LISTINGS)
						.map((hit) -> card(hit, sellers.get(hit.sellerId()), locale))
						.toList())),
					() -> latestFromCatalog(locale).collectList())
			.flatMapMany(Flux::fromIterable);
	}

	private static boolean sellsNow(StorefrontSellers.ShownSeller seller) {
		return seller != null && seller.sellsNow();
	}

	private static ProductCard card(SearchHit hit, StorefrontSellers.ShownSeller seller, Locale locale) {
		return IndexedCards.card(hit, seller.name(), seller.type(), "ACTIVE".equals(seller.status()), locale);
	}

	/** The same from MongoDB: newest published first, sellers checked one by one. */
	private Flux<ProductCard> latestFromCatalog(Locale locale) {
		return this.listings.newestPublished(LATEST_LISTINGS * 3)
			.collectList()
			.flatMapMany((listings) -> this.sellers.of(listings.stream().map(Listing::sellerId).distinct().toList())
				.flatMapMany((sellers) -> Flux.fromIterable(listings)
					.filter((listing) -> sellsNow(sellers.get(listing.sellerId())))
					.take(LATEST_LISTINGS)
					.map((listing) -> card(listing, sellers, locale))));
	}

	private static ProductCard card(Listing listing, Map<String, StorefrontSellers.ShownSeller> sellers,
			Locale locale) {
		StorefrontSellers.ShownSeller seller = sellers.get(listing.sellerId());
		return new ProductCard("/listings/" + listing.id(), listing.title().in(locale),
				ListingPhotos.firstThumbnailUrl(listing), listing.price(), seller.name(), seller.type(),
				"ACTIVE".equals(seller.status()));
	}

	/** The counts, as counted at most {@code marketplace.storefront.counts-for} ago. */
	public Mono<Counts> counts() {
		return this.counts.get();
	}

	private Mono<Counts> count() {
		Mono<Long> products = this.index.read("the product count",
				(search) -> search.newest(null, PUBLISHED, 1, 1).map(SearchPage::total), this.listings::countPublished);
		return Mono
			.zip(this.sellers.countActive("ARTISAN"), this.sellers.countActive("SHG"),
					this.sellers.countActive("TRAINING_CENTRE"), products)
			.map((counts) -> new Counts(counts.getT1(), counts.getT2(), counts.getT3(), counts.getT4()));
	}

	/** Exhibitions that have not ended yet, soonest first. */
	public Flux<ExhibitionItem> upcomingExhibitions(Locale locale) {
		return this.showcase.upcoming(LocalDate.now(this.clock), UPCOMING_EXHIBITIONS)
			.map((exhibition) -> new ExhibitionItem(exhibition.id(), exhibition.name().in(locale), exhibition.place(),
					day(exhibition.startsOn(), locale), day(exhibition.endsOn(), locale)));
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

	/**
	 * How many active sellers of each kind, and published listings, there are (from the
	 * index, of sellers selling now; while the index is down, every published one).
	 */
	public record Counts(long artisans, long selfHelpGroups, long trainingCentres, long listings) {

	}

	/** An exhibition in the reader's language with its dates ready to show. */
	public record ExhibitionItem(String id, String name, String place, String startsOn, String endsOn) {

	}

}
