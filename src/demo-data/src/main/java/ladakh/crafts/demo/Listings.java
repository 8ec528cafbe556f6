package ladakh.crafts.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates listings spread over artisans, SHGs and centres.
 */
final class Listings {

	static final int COUNT = 340;

	static final int PHOTO_SIZE = 800;

	/** Listings are dated in the months before this instant. */
	static final Instant NOW = Sellers.instant(2025, 300);

	private static final Map<String, String> GI_NAMES = Map.of(Crafts.PASHMINA, "Ladakh Pashmina", Crafts.WOOD_CARVING,
			"Ladakh Wood Carving");

	private final Random random;

	private final Variants variants = new Variants(new Random(DemoDataGenerator.SEED ^ 0x7A_11_E5L));

	private final List<Seller> artisans;

	private final List<Seller> shgs;

	private final List<Seller> centres;

	/** GI authorised-user numbers, by seller id and craft. */
	private final Map<String, String> authorisedUsers = new HashMap<>();

	Listings(Random random, List<Seller> sellers) {
		this.random = random;
		this.artisans = sellers.stream().filter((s) -> s.type() == SellerType.ARTISAN).toList();
		this.shgs = sellers.stream().filter((s) -> s.type() == SellerType.SHG).toList();
		this.centres = sellers.stream().filter((s) -> s.type() == SellerType.TRAINING_CENTRE).toList();
		authoriseGiUsers(sellers);
	}

	/** About two in three makers of a GI craft are registered as authorised users. */
	private void authoriseGiUsers(List<Seller> sellers) {
		Map<String, Integer> sequences = new HashMap<>();
		for (Seller seller : sellers) {
			for (String craft : seller.crafts()) {
				if (GI_NAMES.containsKey(craft) && this.random.nextInt(3) < 2) {
					int sequence = sequences.merge(craft, 1, Integer::sum);
					String code = craft.equals(Crafts.PASHMINA) ? "LPS" : "LWC";
					this.authorisedUsers.put(seller.id() + "/" + craft, "AU/%s/%04d".formatted(code, sequence));
				}
			}
		}
	}

	List<Listing> generate() {
		List<Listing> listings = new ArrayList<>();
		for (int i = 1; i <= COUNT; i++) {
			listings.add(listing("lst-%05d".formatted(i), pickSeller()));
		}
		return listings;
	}

	private Seller pickSeller() {
		int roll = this.random.nextInt(100);
		List<Seller> pool = (roll < 60) ? this.artisans : (roll < 85) ? this.shgs : this.centres;
		return Names.pick(this.random, pool);
	}

	private Listing listing(String id, Seller seller) {
		String craft = Names.pick(this.random, seller.crafts());
		Products.Product product = Names.pick(this.random, Products.of(craft));
		Variants.Variant variant = this.variants.next(craft, product);
		boolean madeToOrder = this.random.nextInt(100) < product.madeToOrderPercent();
		int stock = madeToOrder ? 0
				: (this.random.nextInt(5) == 0) ? 4 + this.random.nextInt(5) : 1 + this.random.nextInt(3);
		int leadTimeDays = madeToOrder ? 15 + 5 * this.random.nextInt(16) : 0;
		int photoCount = (this.random.nextInt(10) < 3) ? 2 : 1;
		List<PhotoRef> photos = new ArrayList<>();
		for (int n = 1; n <= photoCount; n++) {
			photos.add(new PhotoRef("photo-%s-%d".formatted(id, n), "thumb-%s-%d".formatted(id, n), PHOTO_SIZE,
					PHOTO_SIZE));
		}
		String authorised = this.authorisedUsers.get(seller.id() + "/" + craft);
		GiTag giTag = (authorised != null) ? new GiTag(GI_NAMES.get(craft), authorised) : null;
		Instant createdAt = later(seller.createdAt(),
				NOW.minus(Duration.ofMinutes(this.random.nextInt(60 * 24 * 300))));
		Instant updatedAt = (this.random.nextInt(4) == 0)
				? createdAt.plus(Duration.ofHours(1 + this.random.nextInt(500))) : createdAt;
		Localized title = Variants.title(product, variant);
		return new Listing(id, seller.id(), title, description(title, product, seller, madeToOrder, leadTimeDays),
				craft, product.materialList(), price(product) * 100L, "INR", stock, madeToOrder, leadTimeDays, photos,
				giTag, "PUBLISHED", createdAt, later(createdAt, updatedAt), Variants.colours(product, variant));
	}

	private Localized description(Localized title, Products.Product product, Seller seller, boolean madeToOrder,
			int leadTimeDays) {
		String district = seller.district() == District.LEH ? "Leh" : "Kargil";
		String maker = switch (seller.type()) {
			case ARTISAN -> seller.name();
			case SHG -> "the members of " + seller.name();
			case TRAINING_CENTRE -> "trainees of the " + seller.name().replace(", " + seller.village(), "");
		};
		String en = "%s, made by hand by %s in %s, %s district, of %s.".formatted(title.en(), maker, seller.village(),
				district, String.join(", ", product.materialList()));
		if (madeToOrder) {
			en += " Made to order in about %d days.".formatted(leadTimeDays);
		}
		if (!writesHindi(seller) || title.hi() == null) {
			// Many makers write in English only; the product page then says so in Hindi.
			return new Localized(en, null);
		}
		String hindiMaker = switch (seller.type()) {
			case ARTISAN -> seller.name() + " ने";
			case SHG -> seller.name() + " की सदस्यों ने";
			case TRAINING_CENTRE -> "प्रशिक्षण केंद्र के प्रशिक्षुओं ने";
		};
		String hi = "%s: %s %s (%s ज़िला) में हाथ से बनाया।".formatted(title.hi(), hindiMaker,
				Places.hindi(seller.village()), (seller.district() == District.LEH) ? "लेह" : "कारगिल");
		if (madeToOrder) {
			hi += " ऑर्डर पर लगभग %d दिनों में तैयार।".formatted(leadTimeDays);
		}
		return new Localized(en, hi);
	}

	/**
	 * Two makers in three write their descriptions in Hindi too; the same ones every run.
	 */
	private static boolean writesHindi(Seller seller) {
		return Math.floorMod(seller.id().hashCode(), 3) != 0;
	}

	/**
	 * A price in rupees, rounded the way makers price: to 50 below 2,000, else to 100.
	 */
	private long price(Products.Product product) {
		int rupees = product.minRupees() + this.random.nextInt(product.maxRupees() - product.minRupees() + 1);
		int step = (rupees < 2000) ? 50 : 100;
		long rounded = Math.round((double) rupees / step) * step;
		return Math.max(product.minRupees(), Math.min(product.maxRupees(), rounded));
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
