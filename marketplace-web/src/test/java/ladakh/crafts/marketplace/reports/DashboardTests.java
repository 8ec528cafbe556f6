package ladakh.crafts.marketplace.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each staff role's home page (issue 18): the tiles count what the records hold, counted
 * here straight from the collections; the year's revenue equals the ledger's own sum;
 * every chart's drawing carries the figures of its table; each role sees its parts only.
 */
@MockServerTest
class DashboardTests {

	/** The registration area's collection, read here to count both ways. */
	private static final String APPLICATIONS = "artisan_applications";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Dashboards dashboards;

	@Test
	void anOfficersTilesCountTheWaitingApplicationsAndListingsAsTheRecordsHoldThem() {
		RegistrationFixtures applications = new RegistrationFixtures(this.mongo).basics();
		String old = applications.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(old)), Update.update("updatedAt", Date.from(longAgo)),
					APPLICATIONS)
			.block();
		applications.application(ApplicationStatus.TEST_PASSED, District.KARGIL, RegistrationFixtures.newMobile(),
				Instant.now());

		String page = page(SignedIn.officer(), "en");
		assertThat(tile(page, "awaiting-test")).isEqualTo(count(APPLICATIONS, "SUBMITTED")).isPositive();
		assertThat(tile(page, "tests-to-record")).isEqualTo(count(APPLICATIONS, "TEST_SCHEDULED"));
		assertThat(tile(page, "awaiting-approval")).isEqualTo(count(APPLICATIONS, "TEST_PASSED")).isPositive();
		assertThat(tile(page, "listings-awaiting")).isEqualTo(count("listings", "PENDING_REVIEW"));
		long oldestDays = Duration.between(oldest(APPLICATIONS, "SUBMITTED"), Instant.now()).toDays();
		assertThat(oldestDays).isGreaterThanOrEqualTo(400);
		assertThat(page).contains("oldest waiting " + oldestDays + " days");
		assertThat(page).contains("href=\"/staff/reports/revenue/" + FinancialYear.of(Instant.now()).label() + "\"");
	}

	@Test
	void theYearsRevenueOnTheHomePageIsTheLedgersOwnSumAndItsChartsMatchTheirTables() {
		this.dashboards.forget();
		String page = page(SignedIn.accounts(), "en");
		String fy = FinancialYear.of(Instant.now()).label();
		List<Document> sum = this.mongo.getCollection("revenue_ledger")
			.flatMapMany((ledger) -> ledger.aggregate(List.of(new Document("$match", new Document("fy", fy)),
					new Document("$group",
							new Document("_id", null).append("total", new Document("$sum", "$signedMinor"))))))
			.collectList()
			.block();
		long total = sum.isEmpty() ? 0 : ((Number) sum.get(0).get("total")).longValue();
		assertThat(tile(page, "revenue")).isEqualTo(total);
		for (String chart : List.of("dashboard-revenue-months", "dashboard-revenue-channels")) {
			String figure = figure(page, chart);
			List<Long> drawn = values(figure.substring(figure.indexOf("<svg"), figure.indexOf("</svg>")));
			List<Long> tabled = values(figure.substring(figure.indexOf("<table")));
			assertThat(drawn).as(chart).isEqualTo(tabled);
			assertThat(tabled.stream().mapToLong(Long::longValue).sum()).as(chart).isEqualTo(total);
		}
		assertThat(values(figure(page, "dashboard-revenue-months").split("<table")[1])).hasSize(12);
		assertThat(page).as("the clerk's home has no queue of applications").doesNotContain("id=\"dashboard-queues\"");
	}

	@Test
	void eachRoleSeesItsOwnPartsInEnglishAndHindi() {
		String instructor = page(SignedIn.instructor(), "en");
		assertThat(instructor).contains("id=\"dashboard-attendance\"")
			.doesNotContain("id=\"dashboard-revenue\"")
			.doesNotContain("id=\"dashboard-queues\"");
		String officer = page(SignedIn.officer(), "hi");
		assertThat(officer).contains("मुख पृष्ठ", "विभाग के निर्णय की प्रतीक्षा में", "id=\"dashboard-revenue\"")
			.doesNotContain("id=\"dashboard-attendance\"");
		MarketplaceUser reviewer = SignedIn.user("usr-test-reviewer", "reviewer@example.in",
				java.util.Set.of(ladakh.crafts.marketplace.system.security.Role.REVIEWER), null);
		assertThat(page(reviewer, "en")).as("the Commissioner's view: the whole department")
			.contains("id=\"dashboard-queues\"", "id=\"dashboard-revenue\"", "id=\"kpi-artisans\"");
		String admin = page(SignedIn.admin(), "en");
		assertThat(admin).contains("id=\"dashboard-queues\"", "id=\"dashboard-revenue\"", "id=\"kpi-artisans\"");
	}

	private String page(MarketplaceUser user, String language) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri("/staff/dashboard?lang=" + language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private long count(String collection, String status) {
		return this.mongo.count(Query.query(Criteria.where("status").is(status)), collection).block();
	}

	private Instant oldest(String collection, String status) {
		Query query = Query.query(Criteria.where("status").is(status))
			.with(org.springframework.data.domain.Sort.by("updatedAt"))
			.limit(1);
		return this.mongo.findOne(query, Document.class, collection)
			.block()
			.getDate("updatedAt")
			.toInstant()
			.truncatedTo(ChronoUnit.MILLIS);
	}

	private static long tile(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"kpi-" + id + "\"[\\s\\S]*?class=\"kpi__value\" data-value=\"(-?\\d+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("tile " + id).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static String figure(String page, String id) {
		int at = page.indexOf("id=\"" + id + "-figure\"");
		assertThat(at).as(id).isPositive();
		return page.substring(at, page.indexOf("</figure>", at));
	}

	private static List<Long> values(String markup) {
		List<Long> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-value=\"(-?\\d+)\"").matcher(markup);
		while (matcher.find()) {
			values.add(Long.parseLong(matcher.group(1)));
		}
		return values;
	}

}
