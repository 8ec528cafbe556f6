package ladakh.crafts.marketplace.search.web;

import java.util.UUID;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.Seed;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for the home page's tests, which count and list everything there is: a database
 * and a catalog index of their own (one context for all subclasses), and counts that are
 * not kept between requests, so each test sees exactly what it seeded.
 */
abstract class OwnCatalogueTest {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void ownCatalogue(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "home-page-test");
		registry.add("marketplace.catalog.index.alias", () -> "test-home-page-" + RUN);
		registry.add("marketplace.storefront.counts-for", () -> "0s");
	}

	/**
	 * Empties the catalogue in MongoDB and the index: every listing is first taken down
	 * through the sync (removed listings stay in the index as not searchable), then
	 * {@link Seed#clear()}.
	 */
	static Seed clearEverywhere(ReactiveMongoTemplate mongo) {
		StorefrontFixtures catalogue = new StorefrontFixtures(mongo);
		mongo
			.updateMulti(StorefrontFixtures.everyListing(),
					org.springframework.data.mongodb.core.query.Update.update("status", "REMOVED"), "listings")
			.block();
		catalogue.touch(StorefrontFixtures.everyListing()).awaitIndexed(StorefrontFixtures.everyListing());
		return new Seed(mongo).clear();
	}

	/**
	 * Hands every listing seeded in MongoDB to the sync and waits until it is indexed.
	 */
	static void indexEverything(ReactiveMongoTemplate mongo) {
		new StorefrontFixtures(mongo).touch(StorefrontFixtures.everyListing())
			.awaitIndexed(StorefrontFixtures.everyListing());
	}

}
