package ladakh.crafts.marketplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages show words, not codes: every staff page, in English and in Hindi, is read
 * as a person sees it (the text, not the markup) and fails on an enum constant
 * ({@code DISTRICT_PLAN}), a district code ({@code LEH}), a craft slug
 * ({@code thangka-painting}), an id of a record ({@code art-...}) or an ISO date
 * ({@code 2026-12-06}).
 */
@MockServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesShowLabelsTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String SELLER = "art-lbl-" + RUN;

	private static final String SHG = "shg-lbl-" + RUN;

	private static final String CENTRE = "tc-lbl-" + RUN;

	private static final String BATCH = "batch-lbl-" + RUN;

	private static final Pattern ENUM = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	/** Codes of one word; a registration number such as LEH/HC/2019/1234 is no code. */
	private static final Pattern CODE = Pattern.compile(
			"\\b(?:LEH|KARGIL|ACTIVE|PENDING|SUSPENDED|DRAFT|PUBLISHED|ENROLLED|COMPLETED|DROPPED|SUBMITTED|GRANT|FEMALE|MALE)\\b(?!/)");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private static final Pattern DEMO_ID = Pattern.compile("\\b(?:art|shg|tc|lst|app|ord|usr|aud|batch)-demo-\\d+");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	AuditTrail audit;

	private final List<String> ids = new ArrayList<>();

	private List<String> slugs;

	private String application;

	private String listing;

	@BeforeAll
	void seed() {
		new RegistrationFixtures(this.mongo).basics();
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.craft("thangka-painting", "Thangka painting", "थांका चित्रकला");
		sellers.artisan(SELLER, "Dolma Labels " + RUN, "LEH/HC/2019/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE",
				LocalDate.now().plusYears(2));
		sellers.insert(new Document("_id", SHG).append("type", "SHG")
			.append("name", "Labels Weavers SHG " + RUN)
			.append("district", "LEH")
			.append("block", "Leh")
			.append("village", "Stok")
			.append("crafts", List.of("thangka-painting"))
			.append("status", "PENDING")
			.append("shg", new Document("dateFormed", "2024-06-01").append("memberIds", List.of(SELLER))
				.append("officeBearers",
						new Document("presidentId", SELLER).append("secretaryId", SELLER).append("treasurerId", SELLER))
				.append("bankAccount", new Document("last4", "3210").append("ifsc", "SBIN0001234"))
				.append("fundBalanceMinor", 0L)));
		sellers.insert(new Document("_id", CENTRE).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, Stok")
			.append("district", "LEH")
			.append("block", "Leh")
			.append("village", "Stok")
			.append("crafts", List.of("thangka-painting", "wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 20)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 150_000L)
						.append("instructors", List.of())));
		this.mongo.insert(new Document("_id", BATCH).append("centreId", CENTRE)
			.append("craft", "thangka-painting")
			.append("startsOn", "2026-04-01")
			.append("endsOn", "2027-03-31")
			.append("capacity", 20)
			.append("seatsLeft", 19)
			.append("trainees", List.of(new Document("traineeId", "trn-lbl-" + RUN).append("name", "Tsering Labels")
				.append("status", "ENROLLED"))), "centre_batches")
			.block();
		RegistrationFixtures applications = new RegistrationFixtures(this.mongo);
		this.application = applications.application(ApplicationStatus.TEST_SCHEDULED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		this.listing = new ListingFixtures(this.mongo).listing(SELLER, "PENDING_REVIEW");
		this.mongo.updateFirst(
				Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(this.listing)),
				new Update().set("title", new Document("en", "Green Tara thangka").append("hi", "हरित तारा थांका"))
					.set("craft", "thangka-painting"),
				"listings")
			.block();
		this.audit.record(SignedIn.officer(), "SELLER_SUSPENDED", "SELLER", SELLER, "test", Map.of("from", "ACTIVE"))
			.block();
		this.audit
			.record(SignedIn.officer(), "LISTING_APPROVED", "LISTING", this.listing, null,
					Map.of("sellerId", SELLER, "status", "PUBLISHED"))
			.block();
		this.audit
			.record(SignedIn.officer(), "CENTRE_BATCH_ADDED", "TRAINING_CENTRE", CENTRE, null,
					Map.of("batchId", BATCH, "craft", "thangka-painting"))
			.block();
		this.ids.addAll(List.of(SELLER, SHG, CENTRE, BATCH, this.application, this.listing, "trn-lbl-" + RUN));
		this.slugs = this.mongo.findAll(Document.class, "crafts")
			.map((craft) -> craft.getString("_id"))
			.collectList()
			.block();
	}

	@Test
	void everyStaffPageShowsWordsNotCodesInEnglishAndHindi() {
		List<String> pages = List.of("/staff", "/staff/applications/new", "/staff/applications/" + this.application,
				"/staff/sellers?q=Dolma", "/staff/sellers/" + SELLER, "/staff/centres", "/staff/centres/" + CENTRE,
				"/staff/shgs", "/staff/shgs/new", "/staff/shgs/" + SHG, "/staff/listings",
				"/staff/listings/" + this.listing, "/staff/orders", "/staff/audit?seller=" + SELLER,
				"/staff/audit?seller=" + CENTRE, "/admin/users", "/admin/search", "/admin/search/synonyms");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "hi")) {
			for (String page : pages) {
				String text = visibleText(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				problems.addAll(found(ENUM, text, language, page));
				problems.addAll(found(CODE, text, language, page));
				problems.addAll(found(ISO_DATE, text, language, page));
				problems.addAll(found(DEMO_ID, text, language, page));
				for (String id : this.ids) {
					if (text.contains(id)) {
						problems.add(language + " " + page + ": id " + id);
					}
				}
				for (String slug : this.slugs) {
					if (Pattern.compile("(?<![\\w/-])" + Pattern.quote(slug) + "(?![\\w/-])").matcher(text).find()) {
						problems.add(language + " " + page + ": craft slug " + slug);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void centresShowTheirSchemeDistrictCraftsAndNameInTheReadersLanguage() {
		String english = visibleText("/staff/centres/" + CENTRE + "?lang=en");
		assertThat(english).contains("District plan", "Thangka painting", "Handicraft Training Centre, Stok",
				"1 Apr 2026");
		String hindi = visibleText("/staff/centres/" + CENTRE + "?lang=hi");
		assertThat(hindi).contains("ज़िला योजना", "थांका चित्रकला", "हस्तशिल्प प्रशिक्षण केंद्र, स्तोक");
		assertThat(visibleText("/staff/centres?lang=hi")).contains("हस्तशिल्प प्रशिक्षण केंद्र, स्तोक", "लेह");
	}

	private static List<String> found(Pattern pattern, String text, String language, String page) {
		List<String> problems = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			int from = Math.max(0, matcher.start() - 40);
			int to = Math.min(text.length(), matcher.end() + 40);
			problems
				.add(language + " " + page + ": \"" + matcher.group() + "\" in \"" + text.substring(from, to) + "\"");
		}
		return problems;
	}

	/**
	 * The page's text as a reader sees it: no markup, no scripts, no attribute values.
	 */
	private String visibleText(String uri) {
		String html = this.http.mutateWith(SignedIn.as(SignedIn.admin()))
			.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String text = html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<[^>]*>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
	}

}
