package ladakh.crafts.loadtests;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ladakh.crafts.demo.Craft;
import ladakh.crafts.demo.DemoDataGenerator;
import org.bson.Document;

/**
 * A generated catalog: the department's crafts, sellers (artisans, SHGs and training
 * centres of Leh and Kargil) and their listings, as the {@code crafts}, {@code sellers}
 * and {@code listings} documents of docs/data-model.md. Listings are new to the search
 * index: dirty at {@code rev} 1.
 * <p>
 * Deterministic: the same seed and sizes give the same documents, down to ids, names,
 * prices and dates (only {@code dirtySince} is the instant given). Ids follow the demo
 * data's patterns ({@code art-0001}, {@code shg-0001}, {@code tc-0001},
 * {@code lst-00001}), so never load both into one database.
 */
public final class CatalogDataSet {

	/** The benchmarks' seed. */
	public static final long SEED = 0x1ADA_B3AC_2026L;

	/** The data set's "today": registrations and listings are dated before it. */
	public static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

	private final long seed;

	private final List<Document> crafts;

	private final List<SellerPlan> sellers;

	private final int listingCount;

	private final ListingGenerator listings;

	private CatalogDataSet(long seed, int sellerCount, int listingCount, Instant dirtySince, String idPrefix) {
		if (listingCount < 0) {
			throw new IllegalArgumentException("listingCount must not be negative");
		}
		this.seed = seed;
		this.crafts = new DemoDataGenerator().generate().crafts().stream().map(CatalogDataSet::craft).toList();
		this.sellers = List.copyOf(new SellerGenerator(seed, AS_OF, idPrefix).generate(sellerCount));
		this.listingCount = listingCount;
		this.listings = new ListingGenerator(seed, this.sellers, AS_OF, dirtySince, idPrefix);
	}

	/**
	 * A data set.
	 * @param seed the seed
	 * @param sellerCount sellers, at least 3 (one of each kind)
	 * @param listingCount listings
	 * @param dirtySince the listings' {@code dirtySince}: when they were loaded
	 * @return the data set
	 */
	public static CatalogDataSet of(long seed, int sellerCount, int listingCount, Instant dirtySince) {
		return new CatalogDataSet(seed, sellerCount, listingCount, dirtySince, "");
	}

	/**
	 * A data set whose ids all start with a prefix ({@code x-art-0001},
	 * {@code x-lst-00001}), so it can be loaded beside the demo data.
	 * @param seed the seed
	 * @param sellerCount sellers, at least 3
	 * @param listingCount listings
	 * @param dirtySince the listings' {@code dirtySince}
	 * @param idPrefix put before every seller and listing id
	 * @return the data set
	 */
	public static CatalogDataSet prefixed(long seed, int sellerCount, int listingCount, Instant dirtySince,
			String idPrefix) {
		return new CatalogDataSet(seed, sellerCount, listingCount, dirtySince, idPrefix);
	}

	/**
	 * The benchmarks' data set: 100,000 listings from 10,000 sellers.
	 * @param dirtySince when they are loaded
	 * @return the data set
	 */
	public static CatalogDataSet benchmark(Instant dirtySince) {
		return of(SEED, 10_000, 100_000, dirtySince);
	}

	public long seed() {
		return this.seed;
	}

	public int sellerCount() {
		return this.sellers.size();
	}

	public int listingCount() {
		return this.listingCount;
	}

	/** The {@code crafts} documents. */
	public List<Document> crafts() {
		return this.crafts;
	}

	/** The {@code sellers} documents (shared: copy before changing one). */
	public List<Document> sellers() {
		return this.sellers.stream().map(SellerPlan::document).toList();
	}

	/**
	 * One listing, generated on demand.
	 * @param number from 1 to {@link #listingCount()}
	 * @return the {@code listings} document, a new instance on every call
	 */
	public Document listing(int number) {
		if (number < 1 || number > this.listingCount) {
			throw new IllegalArgumentException("No listing number " + number);
		}
		return this.listings.listing(number);
	}

	/** Every listing, in id order, generated as the stream is consumed. */
	public Stream<Document> listings() {
		return IntStream.rangeClosed(1, this.listingCount).mapToObj(this::listing);
	}

	private static Document craft(Craft craft) {
		return new Document("_id", craft.id()).append("name", localized(craft.name()))
			.append("description", localized(craft.description()))
			.append("department", craft.department().name())
			.append("sortOrder", craft.sortOrder());
	}

	private static Document localized(ladakh.crafts.demo.Localized text) {
		return SellerGenerator.localized(text.en(), text.hi());
	}

}
