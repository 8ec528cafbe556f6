package ladakh.crafts.loadtests.scale;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The scale data set's documents: the same every time, beside the demo data's ids, and
 * consistent with each other (orders of its buyers for its listings, parts adding up).
 */
class ScaleDataSetTests {

	private static final Instant LOADED = Instant.parse("2026-11-20T10:00:00Z");

	private final ScaleDataSet data = ScaleDataSet.of(ScaleSizes.SMOKE, LOADED);

	@Test
	void theSameSeedAndSizesGiveTheSameDocuments() {
		ScaleDataSet again = ScaleDataSet.of(ScaleSizes.SMOKE, LOADED);

		assertThat(again.buyers().toList()).isEqualTo(this.data.buyers().toList());
		assertThat(again.orders().toList()).isEqualTo(this.data.orders().toList());
		assertThat(again.auditEvents().limit(500).toList()).isEqualTo(this.data.auditEvents().limit(500).toList());
		assertThat(again.catalog().listing(77)).isEqualTo(this.data.catalog().listing(77));
	}

	@Test
	void everyIdIsPrefixedSoTheSetSitsBesideTheDemoData() {
		assertThat(this.data.catalog().sellers())
			.allSatisfy((seller) -> assertThat(seller.getString("_id")).matches("x-(art|shg|tc)-\\d{4}"));
		assertThat(this.data.catalog().listing(1).getString("_id")).isEqualTo("x-lst-00001");
		assertThat(this.data.buyer(1).getString("_id")).isEqualTo("x-usr-buyer-00001");
		assertThat(this.data.order(1).order().getString("_id")).startsWith("ord-x-");
		assertThat(this.data.auditEvent(1).getString("_id")).startsWith("aud-x-");
	}

	@Test
	void ordersAreOfItsBuyersForItsListingsAndAddUp() {
		Set<String> sellers = new HashSet<>();
		this.data.catalog().sellers().forEach((seller) -> sellers.add(seller.getString("_id")));
		Set<String> ids = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		this.data.orders().forEach((documents) -> {
			Document order = documents.order();
			ids.add(order.getString("_id"));
			numbers.add(order.getString("number"));
			assertThat(order.getString("buyerId")).matches("x-usr-buyer-000(0[1-9]|[1-3]\\d|40)");
			assertThat(order.getString("number")).matches("LC-20(24|25|26)-\\d{6}");
			assertThat(order.getString("status")).isIn("PAID", "EXPIRED", "CANCELLED");
			List<String> partIds = order.getList("partIds", String.class);
			assertThat(documents.parts()).extracting((part) -> part.getString("_id")).isEqualTo(partIds);
			long subtotals = 0;
			for (Document part : documents.parts()) {
				assertThat(part.getString("orderId")).isEqualTo(order.getString("_id"));
				assertThat(part.getString("buyerId")).isEqualTo(order.getString("buyerId"));
				assertThat(part.getString("sellerId")).isIn(sellers);
				subtotals += part.getLong("subtotalMinor");
				for (Document line : part.getList("lines", Document.class)) {
					Document listing = this.data.catalog()
						.listing(Integer.parseInt(line.getString("listingId").substring("x-lst-".length())));
					assertThat(listing.getString("sellerId")).isEqualTo(part.getString("sellerId"));
					assertThat(line.getLong("unitPriceMinor")).isEqualTo(listing.getLong("priceMinor"));
				}
			}
			assertThat(order.getLong("totalMinor")).isEqualTo(subtotals);
		});
		assertThat(ids).hasSize(ScaleSizes.SMOKE.orders());
		assertThat(numbers).hasSize(ScaleSizes.SMOKE.orders());
	}

	@Test
	void ordersAreSettledSoNoSweeperPicksThemUp() {
		this.data.orders().map(ScaleDataSet.OrderDocuments::order).forEach((order) -> {
			if (order.getString("status").equals("PAID")) {
				assertThat(order.getBoolean("paidFollowUp")).isTrue();
			}
			else {
				assertThat(order.getBoolean("stockReleased")).isTrue();
			}
		});
	}

	@Test
	void auditEventsAreAboutTheSetsOwnSubjects() {
		this.data.auditEvents().limit(1_000).forEach((event) -> {
			assertThat(event.getString("subjectType")).isIn("LISTING", "ORDER", "USER");
			assertThat(event.getString("subjectId")).matches("(x-lst-|ord-x-|x-usr-buyer-).*");
			assertThat(event.getDate("at")).isBefore(java.util.Date.from(ScaleDataSet.AS_OF));
		});
	}

	@Test
	void sizesAreReadFromTheCommandLine() {
		assertThat(ScaleSizes.parse("full")).isEqualTo(ScaleSizes.FULL);
		assertThat(ScaleSizes.parse("smoke")).isEqualTo(ScaleSizes.SMOKE);
		assertThat(ScaleSizes.parse("listings=20000, auditEvents=5_000"))
			.isEqualTo(new ScaleSizes(10_000, 20_000, 20_000, 100_000, 5_000));
		assertThatIllegalArgumentException().isThrownBy(() -> ScaleSizes.parse("pages=3"));
	}

}
