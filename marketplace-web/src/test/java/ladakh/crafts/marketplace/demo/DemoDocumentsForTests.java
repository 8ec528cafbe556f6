package ladakh.crafts.marketplace.demo;

import ladakh.crafts.demo.Listing;
import ladakh.crafts.demo.Seller;
import org.bson.Document;

/**
 * The demo loader's documents, for tests of other areas' demo data on a database of their
 * own.
 */
public final class DemoDocumentsForTests {

	private DemoDocumentsForTests() {
	}

	public static Document seller(Seller seller) {
		return DemoDocuments.seller(seller);
	}

	public static Document listing(Listing listing) {
		return DemoDocuments.listing(listing);
	}

}
