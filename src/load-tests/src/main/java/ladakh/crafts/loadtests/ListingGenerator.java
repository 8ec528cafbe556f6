package ladakh.crafts.loadtests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bson.Document;

/**
 * Generates one listing from its number alone (its own random stream, derived from the
 * seed and the number), so listings can be generated in any order, or in parallel, and
 * are always the same. Sellers get listings in proportion to their weight.
 */
final class ListingGenerator {

	private static final Duration LISTING_AGE = Duration.ofDays(730);

	private static final Document TEXTILE_CARE = SellerGenerator.localized(
			"Dry clean only. Store folded, with neem leaves against moths.",
			"केवल ड्राई क्लीन करें। कीड़ों से बचाने के लिए नीम की पत्तियों के साथ तह करके रखें।");

	private static final Document WOOD_CARE = SellerGenerator
		.localized("Keep out of direct sun; wipe with a dry cloth.", "सीधी धूप से दूर रखें; सूखे कपड़े से पोंछें।");

	private final long seed;

	private final List<SellerPlan> sellers;

	private final long[] cumulativeWeights;

	private final Instant asOf;

	private final Instant dirtySince;

	private final String idPrefix;

	ListingGenerator(long seed, List<SellerPlan> sellers, Instant asOf, Instant dirtySince) {
		this(seed, sellers, asOf, dirtySince, "");
	}

	ListingGenerator(long seed, List<SellerPlan> sellers, Instant asOf, Instant dirtySince, String idPrefix) {
		this.idPrefix = idPrefix;
		this.seed = seed;
		this.sellers = sellers;
		this.asOf = asOf;
		this.dirtySince = dirtySince;
		this.cumulativeWeights = new long[sellers.size()];
		long total = 0;
		for (int i = 0; i < sellers.size(); i++) {
			total += sellers.get(i).weight();
			this.cumulativeWeights[i] = total;
		}
	}

	Document listing(int number) {
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + number);
		SellerPlan seller = seller(random);
		String id = this.idPrefix + "lst-%05d".formatted(number);
		String craft = pick(random, seller.crafts());
		Products.Kind kind = pick(random, Products.of(craft));
		Products.Qualifier qualifier = (random.nextInt(10) < 7) ? pick(random, Products.qualifiers(craft)) : null;
		String titleEn = localSpelling(random, kind.en() + ((qualifier != null) ? ", " + qualifier.en() : ""));
		String titleHi = (random.nextInt(10) < 4) ? kind.hi() + ((qualifier != null) ? ", " + qualifier.hi() : "")
				: null;
		boolean madeToOrder = random.nextInt(100) < kind.madeToOrderPercent();
		int leadTimeDays = madeToOrder ? 15 + 5 * random.nextInt(16) : 0;
		String status = status(random);
		int stock = (madeToOrder || status.equals("SOLD_OUT")) ? 0
				: (random.nextInt(5) == 0) ? 4 + random.nextInt(9) : 1 + random.nextInt(3);
		String giName = Products.GI_NAMES.get(craft);
		String authorised = seller.giNumbers().get(craft);
		long sellerSince = ((Date) seller.document().get("createdAt")).toInstant().toEpochMilli();
		long earliest = Math.max(sellerSince, this.asOf.minus(LISTING_AGE).toEpochMilli());
		Instant createdAt = Instant
			.ofEpochMilli(earliest + random.nextLong(Math.max(1, this.asOf.toEpochMilli() - earliest)));
		Instant updatedAt = (random.nextInt(4) == 0)
				? later(createdAt, createdAt.plus(Duration.ofHours(1 + random.nextInt(2000)))) : createdAt;
		boolean reviewed = !status.equals("DRAFT") && !status.equals("PENDING_REVIEW");
		Document review = null;
		if (reviewed) {
			review = new Document("decision", status.equals("REMOVED") ? "TAKEN_DOWN" : "APPROVED")
				.append("by", "usr-officer-bench")
				.append("at", Date.from(createdAt.plus(Duration.ofHours(2))))
				.append("reason", status.equals("REMOVED") ? "The photos do not show the product" : null);
		}
		return new Document("_id", id).append("sellerId", seller.id())
			.append("title", SellerGenerator.localized(titleEn, titleHi))
			.append("description", description(seller, titleEn, kind, madeToOrder, leadTimeDays))
			.append("craft", craft)
			.append("materials", kind.materials())
			.append("priceMinor", price(random, kind) * 100L)
			.append("currency", "INR")
			.append("stock", stock)
			.append("madeToOrder", madeToOrder)
			.append("leadTimeDays", leadTimeDays)
			.append("photos", photos(random, id))
			.append("giTag",
					(giName != null && authorised != null)
							? new Document("name", giName).append("authorisedUserNumber", authorised) : null)
			.append("status", status)
			.append("dimensions", kind.dimensions())
			.append("weightGrams", kind.weightGrams() + 10 * random.nextInt(Math.max(1, kind.weightGrams() / 50)))
			.append("careNotes", careNotes(random, craft))
			.append("review", review)
			.append("publishedAt", reviewed ? Date.from(createdAt.plus(Duration.ofHours(2))) : null)
			.append("statusReason", status.equals("REMOVED") ? "The photos do not show the product" : null)
			.append("createdAt", Date.from(createdAt))
			.append("updatedAt", Date.from(updatedAt))
			.append("version", 0L)
			.append("rev", 1L)
			.append("dirty", true)
			.append("dirtySince", Date.from(this.dirtySince));
	}

	private SellerPlan seller(SplittableRandom random) {
		long roll = random.nextLong(this.cumulativeWeights[this.cumulativeWeights.length - 1]);
		int low = 0;
		int high = this.cumulativeWeights.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.cumulativeWeights[mid] > roll) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return this.sellers.get(low);
	}

	/**
	 * Mostly published; a few sold out, paused, awaiting review, drafts or taken down.
	 */
	private static String status(SplittableRandom random) {
		int roll = random.nextInt(1000);
		if (roll < 940) {
			return "PUBLISHED";
		}
		if (roll < 970) {
			return "SOLD_OUT";
		}
		if (roll < 985) {
			return "PAUSED";
		}
		if (roll < 990) {
			return "PENDING_REVIEW";
		}
		return (roll < 995) ? "DRAFT" : "REMOVED";
	}

	/** About one seller in ten writes a craft word the local way. */
	private static String localSpelling(SplittableRandom random, String title) {
		if (random.nextInt(10) != 0) {
			return title;
		}
		for (Map.Entry<String, List<String>> entry : Products.LOCAL_SPELLINGS.entrySet()) {
			String word = entry.getKey();
			String variant = pick(random, entry.getValue());
			if (title.contains(word)) {
				return title.replace(word, variant);
			}
			String lower = word.toLowerCase(java.util.Locale.ROOT);
			if (title.contains(lower)) {
				return title.replace(lower, variant.toLowerCase(java.util.Locale.ROOT));
			}
		}
		return title;
	}

	private static Document description(SellerPlan seller, String title, Products.Kind kind, boolean madeToOrder,
			int leadTimeDays) {
		String district = "LEH".equals(seller.village().district()) ? "Leh" : "Kargil";
		String en = "%s, made by hand by %s in %s, %s district, of %s.".formatted(title, seller.maker(),
				seller.village().name(), district, String.join(", ", kind.materials()));
		String hi = "%s, %s में हाथ से बना।".formatted(kind.hi(), seller.village().hi());
		if (madeToOrder) {
			en += " Made to order in about %d days.".formatted(leadTimeDays);
			hi += " ऑर्डर पर लगभग %d दिनों में तैयार।".formatted(leadTimeDays);
		}
		return SellerGenerator.localized(en, hi);
	}

	private static Document careNotes(SplittableRandom random, String craft) {
		return switch (craft) {
			case "pashmina-weaving", "hosiery-hand-knitting", "ladakhi-garment-making", "embroidery", "namda-making",
					"carpet-weaving" ->
				TEXTILE_CARE;
			case "wood-carving", "dragon-painting" -> WOOD_CARE;
			default -> (random.nextBoolean()) ? null : SellerGenerator.localized(
					"Handle with care; every piece is made by hand.", "सावधानी से रखें; हर वस्तु हाथ से बनी है।");
		};
	}

	private static List<Document> photos(SplittableRandom random, String id) {
		int count = 1 + random.nextInt(3);
		List<Document> photos = new ArrayList<>(count);
		for (int n = 1; n <= count; n++) {
			photos.add(new Document("imageId", "photo-%s-%d".formatted(id, n))
				.append("thumbId", "thumb-%s-%d".formatted(id, n))
				.append("width", 800)
				.append("height", 800));
		}
		return photos;
	}

	/** Rupees, rounded the way makers price: to 50 below 2,000, else to 100. */
	private static long price(SplittableRandom random, Products.Kind kind) {
		int rupees = kind.minRupees() + random.nextInt(kind.maxRupees() - kind.minRupees() + 1);
		int step = (rupees < 2000) ? 50 : 100;
		long rounded = Math.round((double) rupees / step) * step;
		return Math.max(kind.minRupees(), Math.min(kind.maxRupees(), rounded));
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static <T> T pick(SplittableRandom random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
