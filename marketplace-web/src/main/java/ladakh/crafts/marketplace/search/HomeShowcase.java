package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.shared.ProductCard;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What the home page shows: the crafts, the newest listings, how many sellers and
 * listings there are, and the exhibitions to come. Listings come from the catalog's
 * queries, not the index, so the home page never depends on it.
 */
@Service
public class HomeShowcase {

	static final int LATEST_LISTINGS = 12;

	static final int UPCOMING_EXHIBITIONS = 4;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final ShowcaseRepository showcase;

	private final Clock clock;

	HomeShowcase(ListingQueries listings, StorefrontSellers sellers, ShowcaseRepository showcase, Clock clock) {
		this.listings = listings;
		this.sellers = sellers;
		this.showcase = showcase;
		this.clock = clock;
	}

	public Flux<CraftTile> crafts(Locale locale) {
		return this.showcase.crafts()
			.map((craft) -> new CraftTile(craft.slug(), craft.name().in(locale), craft.description().in(locale)));
	}

	/**
	 * The newest published listings of sellers who are currently selling (a suspended or
	 * expired seller's products are not shown), each with its seller's name and kind.
	 */
	public Flux<ProductCard> latestListings(Locale locale) {
		return this.listings.newestPublished(LATEST_LISTINGS * 3)
			.collectList()
			.flatMapMany((listings) -> this.sellers.of(listings.stream().map(Listing::sellerId).distinct().toList())
				.flatMapMany((sellers) -> Flux.fromIterable(listings)
					.filter((listing) -> sellers.containsKey(listing.sellerId())
							&& sellers.get(listing.sellerId()).sellsNow())
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

	public Mono<Counts> counts() {
		return Mono
			.zip(this.sellers.countActive("ARTISAN"), this.sellers.countActive("SHG"),
					this.sellers.countActive("TRAINING_CENTRE"), this.listings.countPublished())
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

	/** How many active sellers of each kind, and published listings, there are. */
	public record Counts(long artisans, long selfHelpGroups, long trainingCentres, long listings) {

	}

	/** An exhibition in the reader's language with its dates ready to show. */
	public record ExhibitionItem(String id, String name, String place, String startsOn, String endsOn) {

	}

}
