package ladakh.crafts.marketplace.sellers.demo;

import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the demo data holds one unit holder owned by a registered artisan and one
 * handloom weavers' co-operative, with a published listing each; a second run changes
 * nothing.
 */
@MockServerTest
class UnitsDemoDataTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void addsAUnitHolderAndACooperativeWithAListingEachOnce() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan("art-0003", "Artisan 3", "LEH/HC/2020/0003", "ACTIVE", null);
		SellersDemoData demo = new SellersDemoData(this.mongo);
		demo.load();
		Document unitAfterFirst = this.mongo.findById("unit-art-0003", Document.class, "sellers").block();
		demo.load();

		Document unit = this.mongo.findById("unit-art-0003", Document.class, "sellers").block();
		assertThat(unit).isEqualTo(unitAfterFirst);
		assertThat(unit.getString("type")).isEqualTo("UNIT_HOLDER");
		assertThat(unit.get("unit", Document.class).getString("ownerRegistration")).isEqualTo("LEH/HC/2020/0003");
		Document coop = this.mongo.findById("coop-ldk-cs-2019-0007", Document.class, "sellers").block();
		assertThat(coop.getString("type")).isEqualTo("CO_OPERATIVE");
		assertThat(coop.get("coop", Document.class).getBoolean("handloomWeavers")).isTrue();
		for (String listing : List.of("lst-demo-unit-1", "lst-demo-coop-1")) {
			Document stored = this.mongo.findById(listing, Document.class, "listings").block();
			assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
			assertThat(stored.getString("sellerId")).isIn("unit-art-0003", "coop-ldk-cs-2019-0007");
		}
	}

}
