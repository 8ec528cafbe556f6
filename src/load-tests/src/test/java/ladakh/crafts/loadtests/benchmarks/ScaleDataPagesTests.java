package ladakh.crafts.loadtests.benchmarks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.loadtests.scale.ScaleDataLoader;
import ladakh.crafts.loadtests.scale.ScaleDataSet;
import ladakh.crafts.loadtests.scale.ScaleSizes;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale data set's smoke test (part of the build): the small set loaded into a
 * running marketplace is what the marketplace reads. A generated buyer signs in with the
 * generated password and finds a generated order on the orders page and on its own page.
 */
class ScaleDataPagesTests {

	@Test
	void aGeneratedBuyerSignsInAndSeesTheirOrders() throws Exception {
		EmbeddedEngines engines = EmbeddedEngines.forTests();
		String database = "scale-smoke";
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.mongodb.database", database);
		settings.put("marketplace.catalog.index.alias", "scale-smoke-listings");
		settings.put("logging.level.root", "WARN");
		ScaleDataSet data = ScaleDataSet.of(ScaleSizes.SMOKE, Instant.now());
		try (MongoClient client = MongoClients.create(engines.mongoUri());
				InProcessMarketplace marketplace = InProcessMarketplace.start(settings)) {
			ScaleDataLoader.LoadReport loaded = new ScaleDataLoader(client.getDatabase(database), (line) -> {
			}).load(data).block();
			assertThat(loaded.inserted()).containsEntry("orders", (long) ScaleSizes.SMOKE.orders());

			ScaleDataSet.OrderDocuments generated = data.order(1);
			Document order = generated.order();
			String buyerId = order.getString("buyerId");
			int buyer = Integer.parseInt(buyerId.substring(buyerId.lastIndexOf('-') + 1));
			Browser browser = new Browser(marketplace::uri).signIn(ScaleDataSet.buyerLogin(buyer),
					ScaleDataSet.BUYER_PASSWORD);

			Browser.Answer orders = browser.get("/orders");
			assertThat(orders.status()).isEqualTo(200);
			assertThat(orders.body()).contains(order.getString("number"));
			Browser.Answer page = browser.get("/orders/" + order.getString("_id"));
			assertThat(page.status()).isEqualTo(200);
			String title = generated.parts().get(0).getList("lines", Document.class).get(0).getString("title");
			assertThat(page.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(title));
		}
	}

}
