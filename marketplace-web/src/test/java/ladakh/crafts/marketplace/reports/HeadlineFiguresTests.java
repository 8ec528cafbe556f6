package ladakh.crafts.marketplace.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshots;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page of headline figures (issue 18): open to anyone, in English and Hindi;
 * each figure counted again here straight from the records; and nothing on it names a
 * person, a mobile number or an address.
 */
@MockServerTest
class HeadlineFiguresTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	HeadlineFigures figures;

	@Autowired
	FunnelSnapshots funnel;

	@Autowired
	Dashboards dashboards;

	@Test
	void anyoneSeesTheFiguresTheRecordsHoldAndNoPersonalData() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String name = "Headline Artisan " + run;
		String mobile = "98" + String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));
		new SellerFixtures(this.mongo).artisan("art-hf-" + run, name, "LEH/HC/2020/" + (7000 + run.hashCode() % 900),
				"ACTIVE", LocalDate.now().plusYears(2));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("art-hf-" + run)),
				new org.springframework.data.mongodb.core.query.Update().set("mobile", mobile)
					.set("address", "House " + run + ", Changspa, Leh"),
				"sellers")
			.block();
		this.funnel.rebuild().block();
		this.dashboards.forget();
		this.figures.forget();

		String page = page("en");
		assertThat(figure(page, "artisans")).isEqualTo(active("ARTISAN")).isPositive();
		assertThat(figure(page, "shgs")).isEqualTo(active("SHG"));
		assertThat(figure(page, "trained")).isEqualTo(completedTrainees());
		String fy = FinancialYear.of(Instant.now()).label();
		assertThat(figure(page, "sales")).isEqualTo(makersSales(fy));
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		assertThat(main).doesNotContain(name, mobile, "Changspa", "@");
		assertThat(Pattern.compile("[6-9]\\d{9}").matcher(main).find()).as("no mobile number").isFalse();
		assertThat(page("hi")).contains("आँकड़ों में विभाग", "पंजीकृत कारीगर");
	}

	private String page(String language) {
		return this.http.get()
			.uri("/figures?lang=" + language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private long active(String kind) {
		return this.mongo.count(Query.query(Criteria.where("type").is(kind).and("status").is("ACTIVE")), "sellers")
			.block();
	}

	/** Every completed trainee of every batch, counted one by one. */
	private long completedTrainees() {
		return this.mongo.findAll(Document.class, "centre_batches")
			.flatMapIterable((batch) -> batch.getList("trainees", Document.class, List.of()))
			.filter((trainee) -> "COMPLETED".equals(trainee.getString("status")))
			.count()
			.block();
	}

	private long makersSales(String fy) {
		List<Document> sum = this.mongo.getCollection("revenue_ledger")
			.flatMapMany((ledger) -> ledger
				.aggregate(List.of(new Document("$match", new Document("fy", fy).append("payee", "SELLER")),
						new Document("$group",
								new Document("_id", null).append("total", new Document("$sum", "$signedMinor"))))))
			.collectList()
			.block();
		return sum.isEmpty() ? 0 : ((Number) sum.get(0).get("total")).longValue();
	}

	private static long figure(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"figure-" + id + "\"[\\s\\S]*?data-value=\"(-?\\d+)\"").matcher(page);
		assertThat(matcher.find()).as(id).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
