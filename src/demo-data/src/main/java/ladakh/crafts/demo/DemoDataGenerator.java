package ladakh.crafts.demo;

import java.util.List;
import java.util.Random;

/**
 * Generates the department's demo data. The seed is fixed, so every run produces the same
 * data, down to ids, names, prices and dates: loading it twice changes nothing.
 */
public final class DemoDataGenerator {

	/** Bumped whenever the generated data changes shape or content. */
	public static final int VERSION = 3;

	static final long SEED = 0x1ADA_C4AF_75L;

	/**
	 * Generates the data set.
	 * @return the same data on every call
	 */
	public DemoData generate() {
		Random random = new Random(SEED);
		List<Craft> crafts = Crafts.all();
		List<Seller> sellers = new Sellers(random, crafts).generate();
		List<Listing> listings = new Listings(random, sellers.stream().filter(Sellers::lists).toList()).generate();
		return new DemoData(crafts, sellers, listings, Exhibitions.all());
	}

}
