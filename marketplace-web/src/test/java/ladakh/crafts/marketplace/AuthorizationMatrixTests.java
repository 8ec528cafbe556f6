package ladakh.crafts.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.reviews.Reviews;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MappedRoutes;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The authorization matrix, generated from the application's own route list: every mapped
 * route × every HTTP method (HEAD and OPTIONS included) × every kind of person → allow or
 * deny, plus ownership (seller A never reads or changes seller B's data), CSRF on every
 * state-changing request, and a check that no mapped route is missing from the table: a
 * new route fails the build until its row says who may use it.
 * <p>
 * What counts as what, from the response alone:
 * <ul>
 * <li><b>DENY</b>: 401, 403, 404, or a redirect to exactly {@code /login} (the sign-in
 * page the entry point sends an anonymous browser to). 404 is how a handler refuses a
 * seller-owned id that is not the caller's.
 * <li><b>ALLOW</b>: anything else below 500: 2xx; 3xx to anywhere but the bare sign-in
 * page (a form that succeeded, {@code /login?error}, {@code /login?signedOut}); and 4xx
 * answers other than 401/403/404 (400, 409, 422), because those come from the handler
 * checking the input or the record's state, so the request got past the rules.
 * <li>A 5xx is never an answer: the case fails whatever it expected.
 * </ul>
 * Each state-changing case gets its own fresh record (an application in the right state,
 * a seller, a user, a trainee), so an allowed principal meets the record in the state the
 * action needs and the outcome does not depend on the order of the cases.
 */
@MockServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/**
	 * Who asks: nobody, two buyers, two sellers of each kind (artisans A and B, two SHGs,
	 * two training centres), a trainee, each staff role, and the metrics scraper's
	 * account. The rows name who works on a route; the REVIEWER is added to or taken from
	 * every row by one rule ({@link #asReviewerMay}).
	 */
	enum Who {

		ANONYMOUS, BUYER, BUYER_B, SELLER_A, SELLER_B, SHG_A, SHG_B, CENTRE_A, CENTRE_B, TRAINEE, INSTRUCTOR, OFFICER,
		ACCOUNTS, REVIEWER, ADMIN, METRICS

	}

	enum Outcome {

		ALLOW, DENY

	}

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String SELLER_A = "art-mx-a-" + RUN;

	private static final String SELLER_B = "art-mx-b-" + RUN;

	private static final String SHG = "shg-mx-" + RUN;

	private static final String OTHER_SHG = "shg-mx-other-" + RUN;

	private static final String SCHEME = "MX_SCHEME_" + RUN;

	private static final String CENTRE = "tc-mx-" + RUN;

	private static final String OTHER_CENTRE = "tc-mx-other-" + RUN;

	private static final String BATCH = "batch-mx-" + RUN;

	private static final String KIT = "trn-mx-kit-" + RUN + ":" + SCHEME;

	private static final String LISTING = "lst-mx-" + RUN;

	/** A trainee of the matrix batch, and their paid stipend line (issue 17). */
	private static final String STIPEND_TRAINEE = "trn-mx-stp-" + RUN;

	private static final String STIPEND_LINE = STIPEND_TRAINEE + ":2026-05";

	/** Another trainee of the matrix batch, whose history the trainee never sees. */
	private static final String OTHER_TRAINEE = "trn-mx-stp-b-" + RUN;

	private static final String TRAINEE_USER = "usr-mx-trainee-" + RUN;

	private static final Set<Who> TRAINEES = EnumSet.of(Who.TRAINEE);

	private static final String EXHIBITION = "fair-mx-" + RUN;

	private static final String PAYOUT_RUN = "PR-mx-" + RUN;

	private static final String STALL_APPLICATION = "sap-mx-" + RUN;

	/** A complex term of its own, in years no other test uses. */
	private static final String COMPLEX_TERM = (9100 + (int) (Math.random() * 800)) + "-01-01";

	private static final String ORDER = "ord-mx-pay-" + RUN;

	private static final String LOGIN_PASSWORD = "Matrix-Peak-7421";

	private static final String BUYER_LOGIN = "mx-buyer-" + RUN + "@example.in";

	private static final int NUMBER_BASE = 1000 + (int) (Math.random() * 8000);

	private static final String NUMBER_A = "LEH/HC/2019/" + NUMBER_BASE;

	private static final String NUMBER_B = "LEH/HC/2019/" + (NUMBER_BASE + 1);

	/** The sign-in and sign-out filters answer before any rule, for any account. */
	private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);

	/** Every person; the metrics account reaches nothing but the metrics endpoint. */
	private static final Set<Who> EVERYONE = EnumSet.complementOf(EnumSet.of(Who.METRICS));

	private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.METRICS));

	private static final Set<Who> SELLERS = EnumSet.of(Who.SELLER_A, Who.SELLER_B, Who.SHG_A, Who.SHG_B, Who.CENTRE_A,
			Who.CENTRE_B);

	private static final Set<Who> ARTISANS = EnumSet.of(Who.SELLER_A, Who.SELLER_B);

	private static final Set<Who> SHGS = EnumSet.of(Who.SHG_A, Who.SHG_B);

	private static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);

	private static final Set<Who> OFFICERS = EnumSet.of(Who.OFFICER, Who.ADMIN);

	/** Who sees an exhibition's stalls and records their fees. */
	private static final Set<Who> FEE_DESK = EnumSet.of(Who.OFFICER, Who.ADMIN, Who.ACCOUNTS);

	private static final Set<Who> STAFF_READERS = EnumSet.of(Who.INSTRUCTOR, Who.OFFICER, Who.ADMIN);

	private static final Set<Who> STAFF_HOME = EnumSet.of(Who.INSTRUCTOR, Who.OFFICER, Who.ACCOUNTS, Who.ADMIN);

	private static final Set<Who> FUND_READERS = EnumSet.of(Who.OFFICER, Who.ADMIN, Who.ACCOUNTS);

	private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

	private static final Set<Who> BUYERS = EnumSet.of(Who.BUYER, Who.BUYER_B);

	/** The seeded orders are buyer A's: buyer B is told they do not exist. */
	private static final Set<Who> BUYER_A = EnumSet.of(Who.BUYER);

	private static final Set<Who> PAYMENT_RECORDERS = EnumSet.of(Who.ACCOUNTS, Who.ADMIN);

	/**
	 * Handled by Spring Security's filters, not by a mapped handler.
	 */
	private static final Set<String> FILTER_ENDPOINTS = Set.of("POST /login", "POST /logout");

	/**
	 * Authenticated by a signature over the request instead of a session, so exempt from
	 * CSRF: without a token they still reach the handler, which refuses an unsigned body
	 * with 400.
	 */
	private static final Set<String> SIGNED_WEBHOOKS = Set.of("POST /webhooks/stripe");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationContext context;

	/**
	 * The sweep's clients, made once per person: a mutated client builds its whole
	 * handler chain, which cost more than most of the requests.
	 */
	private final Map<Who, WebTestClient> clientsWithCsrf = new EnumMap<>(Who.class);

	private RegistrationFixtures applications;

	private SellerFixtures sellers;

	private ListingFixtures listings;

	private String listingA;

	private String statusReference;

	private String statusMobile;

	private String instructorApplication;

	private String buyerOrder;

	private String codOrder;

	/** The delivered part the current review case writes about. */
	private String reviewPart;

	@Autowired
	ladakh.crafts.marketplace.treasury.deposits.TreasuryDeposits treasuryDeposits;

	/** The matrix's treasury deposit (issue 16), recorded with a scan. */
	private String treasuryDeposit;

	@BeforeAll
	void seed() {
		this.treasuryDeposit = this.treasuryDeposits
			.record(ladakh.crafts.marketplace.treasury.deposits.NewDeposit.read("MX" + RUN + "GRN", "2026-11-02",
					"District Treasury Leh", "0851", "1000", "Matrix clerk", LocalDate.now()),
					ladakh.crafts.marketplace.treasury.deposits.ChallanScan
						.check("%PDF-1.4 matrix".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
					SignedIn.accounts())
			.block()
			.id();
		this.applications = new RegistrationFixtures(this.mongo).basics();
		this.sellers = new SellerFixtures(this.mongo);
		this.listings = new ListingFixtures(this.mongo);
		this.listingA = this.listings.listing(SELLER_A, "DRAFT");
		LocalDate valid = LocalDate.now().plusYears(3);
		this.sellers.craft("thangka-painting", "Thangka painting", "थांका चित्रकला");
		this.sellers.artisan(SELLER_A, "Deskit Angmo " + RUN, NUMBER_A, "ACTIVE", valid);
		this.sellers.artisan(SELLER_B, "Padma Dolkar " + RUN, NUMBER_B, "ACTIVE", valid);
		this.sellers.insert(shg(SHG, "Matrix Weavers SHG " + RUN, "ACTIVE"));
		this.sellers.insert(shg(OTHER_SHG, "Other Weavers SHG " + RUN, "ACTIVE"));
		// A prepared payout run paying seller A (issue 16, decision 0069).
		Date payoutAt = new Date();
		this.mongo
			.insert(new Document("_id", PAYOUT_RUN).append("upTo", "2026-04-30")
				.append("thresholdMinor", 50_000L)
				.append("currency", "INR")
				.append("status", "PREPARED")
				.append("totalMinor", 90_000L)
				.append("sellers", 1)
				.append("preparedBy", "accounts")
				.append("preparedAt", payoutAt)
				.append("movedBy", "accounts")
				.append("movedAt", payoutAt), "payout_runs")
			.block();
		this.mongo
			.insert(new Document("_id", PAYOUT_RUN + ":" + SELLER_A).append("runId", PAYOUT_RUN)
				.append("sellerId", SELLER_A)
				.append("name", "Deskit Angmo " + RUN)
				.append("amountMinor", 90_000L)
				.append("currency", "INR")
				.append("items", 1)
				.append("negativeItems", 0)
				.append("utr", null)
				.append("paidAt", null), "payout_lines")
			.block();
		this.mongo
			.insert(new Document("_id", EXHIBITION).append("name", new Document("en", "Matrix Fair " + RUN))
				.append("place", "Leh")
				.append("startsOn", "2099-09-20")
				.append("endsOn", "2099-09-26"), "exhibitions")
			.block();
		// Seller A holds a stall at the matrix fair (issue 15, selling at the stall).
		this.mongo
			.insert(new Document("_id", EXHIBITION + ":A-1").append("exhibitionId", EXHIBITION)
				.append("stallNumber", "A-1")
				.append("sellerId", SELLER_A)
				.append("crafts", List.of()), "stall_allocations")
			.block();
		this.mongo
			.insert(new Document("_id", EXHIBITION + ":M-1").append("exhibitionId", EXHIBITION)
				.append("stallNumber", "M-1")
				.append("sellerId", SELLER_A)
				.append("status", "OFFERED")
				.append("kind", "HANDICRAFT")
				.append("widthDm", 30)
				.append("depthDm", 30)
				.append("feeMinor", 100_000L)
				.append("currency", "INR")
				.append("dueOn", "2099-09-01")
				.append("version", 0L), "stall_allocations")
			.block();
		this.mongo
			.insert(new Document("_id", EXHIBITION).append("destination", "IITF_DELHI")
				.append("places", 2)
				.append("travel", List.of())
				.append("version", 0L), "deputations")
			.block();
		ladakh.crafts.marketplace.exhibitions.DrawSeed complexSeed = ladakh.crafts.marketplace.exhibitions.DrawSeed
			.of("matrix " + RUN);
		this.mongo
			.insert(new Document("_id", COMPLEX_TERM).append("startsOn", COMPLEX_TERM)
				.append("endsOn", COMPLEX_TERM.substring(0, 4) + "-03-31")
				.append("months", 3)
				.append("policy", "reserved-rotation-lottery/1")
				.append("seed",
						new Document("publicValue", complexSeed.publicValue()).append("sha256", complexSeed.sha256()))
				.append("placed", List.of())
				.append("waiting", List.of())
				.append("history", List.of())
				.append("generatedBy", "usr-test-officer")
				.append("generatedAt", new java.util.Date()), "complex_terms")
			.block();
		this.mongo
			.insert(new Document("_id", STALL_APPLICATION).append("exhibitionId", EXHIBITION)
				.append("sellerId", SELLER_A)
				.append("sellerKind", "ARTISAN")
				.append("crafts", List.of("thangka-painting"))
				.append("listingIds", List.of())
				.append("kind", "HANDICRAFT")
				.append("widthDm", 30)
				.append("depthDm", 30)
				.append("status", "APPLIED")
				.append("appliedAt", new java.util.Date())
				.append("version", 0L), "stall_applications")
			.block();
		this.mongo
			.insert(new Document("_id", "fund-mx-" + RUN).append("shgId", OTHER_SHG)
				.append("kind", "GRANT")
				.append("amountMinor", 5_000_000L)
				.append("note", "Other SHG grant " + RUN)
				.append("at", new java.util.Date())
				.append("by", "usr-test-officer"), "shg_fund_entries")
			.block();
		this.sellers.insert(new Document("_id", CENTRE).append("type", "TRAINING_CENTRE")
			.append("name", "Matrix Training Centre " + RUN)
			.append("district", "LEH")
			.append("village", "Leh")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre", new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 1000)
				.append("courseMonths", 12)
				.append("monthlyStipendMinor", 150_000L)
				.append("instructors", List
					.of(new Document("userId", SignedIn.instructor().id()).append("name", "Test Instructor")))));
		this.sellers.insert(new Document("_id", OTHER_CENTRE).append("type", "TRAINING_CENTRE")
			.append("name", "Other Training Centre " + RUN)
			.append("district", "KARGIL")
			.append("village", "Kargil")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 10)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 150_000L)
						.append("instructors", List.of())));
		this.mongo.insert(
				new Document("_id", BATCH).append("centreId", CENTRE)
					.append("craft", "wood-carving")
					.append("startsOn", "2026-04-01")
					.append("endsOn", "2027-03-31")
					.append("capacity", 1000)
					.append("seatsLeft", 998)
					.append("trainees",
							List.of(matrixTrainee(STIPEND_TRAINEE, "Matrix Trainee A " + RUN),
									matrixTrainee(OTHER_TRAINEE, "Matrix Trainee B " + RUN))),
				"centre_batches")
			.block();
		this.mongo
			.insert(new Document("_id", SCHEME)
				.append("name", new Document("en", "Matrix scheme " + RUN).append("hi", "योजना " + RUN))
				.append("department", "HANDICRAFT")
				.append("centreKind", "ELEMENTARY")
				.append("courseMonths", 12)
				.append("intakeMin", 10)
				.append("intakeMax", 10)
				.append("rates",
						List.of(new Document("effectiveFrom", "2010-04-01").append("monthlyMinor", 25_000L)
							.append("reason", "As published")))
				.append("subsidyPercent", 75)
				.append("provided", List.of())
				.append("kit", List.of())
				.append("version", 0L), "training_schemes")
			.block();
		// A centre's product (issue 17, stock) the listing row lists.
		this.mongo
			.insert(new Document("_id", "cpr-mx-" + RUN).append("centreId", CENTRE)
				.append("batchId", BATCH)
				.append("craft", "wood-carving")
				.append("titleEn", "Matrix carved table")
				.append("titleHi", "")
				.append("descriptionEn", "Made by the matrix batch")
				.append("made", 2)
				.append("priceMinor", 250_000L)
				.append("currency", "INR")
				.append("listingId", null)
				.append("madeAt", new java.util.Date())
				.append("by", "usr-test-officer"), "centre_products")
			.block();
		// A tool kit application (issue 17, stock) the kit rows act on.
		this.mongo
			.insert(new Document("_id", KIT).append("traineeId", "trn-mx-kit-" + RUN)
				.append("name", "Matrix Trainee")
				.append("centreId", CENTRE)
				.append("batchId", BATCH)
				.append("schemeId", SCHEME)
				.append("items", List.of("loom"))
				.append("costMinor", 2_400_000L)
				.append("subsidyPercent", 75)
				.append("shareMinor", 600_000L)
				.append("currency", "INR")
				.append("status", "APPLIED")
				.append("paymentReference", null)
				.append("appliedAt", new java.util.Date())
				.append("changedAt", new java.util.Date())
				.append("version", 0L), "kit_applications")
			.block();
		this.mongo
			.insert(new Document("_id", STIPEND_LINE).append("traineeId", STIPEND_TRAINEE)
				.append("batchId", BATCH)
				.append("month", "2026-05")
				.append("stipend", null)
				.append("amountMinor", 10_000L)
				.append("reason", "Matrix")
				.append("state", "PAID")
				.append("approvedBy", "usr-test-officer")
				.append("paymentReference", "DBT0001")
				.append("at", new java.util.Date()), "stipend_lines")
			.block();
		this.mongo
			.insert(new Document("_id", OTHER_TRAINEE + ":2026-05").append("traineeId", OTHER_TRAINEE)
				.append("batchId", BATCH)
				.append("month", "2026-05")
				.append("stipend", null)
				.append("amountMinor", 45_678L)
				.append("reason", "Matrix B")
				.append("state", "PAID")
				.append("approvedBy", "usr-test-officer")
				.append("paymentReference", "DBT0009")
				.append("at", new java.util.Date()), "stipend_lines")
			.block();
		this.mongo
			.insert(new Document("_id", TRAINEE_USER).append("traineeId", STIPEND_TRAINEE)
				.append("centreId", CENTRE)
				.append("batchId", BATCH), "trainee_accounts")
			.block();
		String statusApplication = this.applications.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		Document stored = this.applications.applicationDocument(statusApplication);
		this.statusReference = stored.getString("reference");
		this.statusMobile = stored.get("applicant", Document.class).getString("mobile");
		this.instructorApplication = this.applications.application(ApplicationStatus.TEST_SCHEDULED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		user("usr-mx-buyer-" + RUN, BUYER_LOGIN, List.of("BUYER"), null, LOGIN_PASSWORD);
		// An offline order of the signed-in test buyer: the return page shows it, and a
		// card retry answers 409 (not a card order) without changing anything.
		this.mongo
			.insert(new Document("_id", ORDER).append("number", "LC-MX-PAY-" + RUN)
				.append("buyerId", SignedIn.buyer().id())
				.append("paymentMethod", "UPI")
				.append("gateway", "OFFLINE")
				.append("status", "AWAITING_PAYMENT")
				.append("totalMinor", 100_000L)
				.append("currency", "INR")
				.append("createdAt", new java.util.Date()), "orders")
			.block();
		this.mongo
			.insert(new Document("_id", LISTING).append("sellerId", SELLER_A)
				.append("title", new Document("en", "Matrix thangka " + RUN))
				.append("craft", "thangka-painting")
				.append("priceMinor", 100_000L)
				.append("currency", "INR")
				.append("stock", 1)
				.append("status", "PUBLISHED")
				.append("createdAt", new java.util.Date()), "listings")
			.block();
		// An order of the signed-in test buyer, waiting for an offline payment.
		this.buyerOrder = "ord-mx-" + RUN;
		this.mongo
			.insert(new Document("_id", this.buyerOrder).append("number", "LC-MX-" + RUN)
				.append("buyerId", SignedIn.buyer().id())
				.append("contact",
						new Document("name", "Matrix Buyer").append("email", "mx@example.in")
							.append("phone", "9419012345"))
				.append("paymentMethod", "UPI")
				.append("gateway", "OFFLINE")
				.append("status", "AWAITING_PAYMENT")
				.append("totalMinor", 100_000L)
				.append("currency", "INR")
				.append("reservedUntil", new java.util.Date(System.currentTimeMillis() + 3_600_000))
				.append("partIds", List.of(this.buyerOrder + "-1"))
				.append("reservations", List.of())
				.append("start",
						new Document("gateway", "OFFLINE").append("method", "UPI")
							.append("payee", "Department")
							.append("reference", "LC-MX-" + RUN))
				.append("checkoutKey", "mx:" + RUN)
				.append("createdAt", new java.util.Date()), "orders")
			.block();
		this.mongo
			.insert(new Document("_id", this.buyerOrder + "-1").append("orderId", this.buyerOrder)
				.append("orderNumber", "LC-MX-" + RUN)
				.append("buyerId", SignedIn.buyer().id())
				.append("sellerId", SELLER_A)
				.append("status", "AWAITING_PAYMENT")
				.append("lines", List.of())
				.append("subtotalMinor", 100_000L)
				.append("currency", "INR")
				.append("createdAt", new java.util.Date()), "order_parts")
			.block();
		this.codOrder = "ord-mx-cod-" + RUN;
		this.mongo
			.insert(new Document("_id", this.codOrder).append("number", "LC-MX-COD-" + RUN)
				.append("buyerId", "usr-mx-cod-buyer")
				.append("paymentMethod", "CASH_ON_DELIVERY")
				.append("status", "AWAITING_PAYMENT")
				.append("totalMinor", 100_000L)
				.append("currency", "INR")
				.append("reservations", List.of())
				.append("checkoutKey", "mx-cod:" + RUN)
				.append("createdAt", new java.util.Date()), "orders")
			.block();
		this.mongo
			.insert(new Document("_id", this.codOrder + "-1").append("orderId", this.codOrder)
				.append("buyerId", "usr-mx-cod-buyer")
				.append("sellerId", SELLER_A)
				.append("status", "AWAITING_PAYMENT")
				.append("lines", List.of())
				.append("subtotalMinor", 100_000L)
				.append("currency", "INR")
				.append("createdAt", new java.util.Date()), "order_parts")
			.block();
	}

	// ------------------------------------------------------------------ the table

	/**
	 * Every endpoint of the accounts and sellers areas, with the people who may use it.
	 * Paths are the mapping's own pattern; the request fills in seeded or fresh ids.
	 */
	private List<Endpoint> table() {
		List<Endpoint> table = new ArrayList<>();
		// The foundation's pages and assets, and the CSRF token for scripts. Who may see
		// a stored image is decided by its owner record (decision 27, MediaAccessTests):
		// here an id that does not exist, which is 404 for everyone.
		table.add(get("/", EVERYONE, () -> "/"));
		table.add(get("/style", EVERYONE, () -> "/style"));
		table.add(get("/favicon.ico", EVERYONE, () -> "/favicon.ico"));
		table.add(get("/media/{id}", NOBODY, () -> "/media/mx-no-such-image-" + RUN));
		table.add(get("/api/v1/csrf", EVERYONE, () -> "/api/v1/csrf"));
		// The API's OpenAPI document is public and read only (decision 39).
		table.add(get("/v3/api-docs", EVERYONE, () -> "/v3/api-docs"));
		table.add(get("/v3/api-docs.yaml", EVERYONE, () -> "/v3/api-docs.yaml"));
		// Accounts: sign-in, sign-up, sign-out, who am I, administration.
		table.add(get("/login", EVERYONE, () -> "/login"));
		table.add(post("/login", ANYONE, () -> "/login",
				() -> form("username", BUYER_LOGIN, "password", LOGIN_PASSWORD)));
		table.add(get("/signup", EVERYONE, () -> "/signup"));
		table.add(post("/signup", EVERYONE, () -> "/signup", () -> {
			String login = "mx-signup-" + next() + "@example.in";
			return form("name", "Matrix Buyer", "login", login, "password", LOGIN_PASSWORD, "confirm", LOGIN_PASSWORD);
		}));
		// Logging out without a session is harmless: the logout filter answers (to
		// /login?signedOut) before the rules are consulted.
		table.add(post("/logout", ANYONE, () -> "/logout", LinkedMultiValueMap::new));
		table.add(get("/account", SIGNED_IN, () -> "/account"));
		table.add(get("/api/v1/me", SIGNED_IN, () -> "/api/v1/me"));
		table.add(get("/account/password", SIGNED_IN, () -> "/account/password"));
		table.add(post("/account/password", SIGNED_IN, () -> "/account/password",
				() -> form("current", "not the password", "password", LOGIN_PASSWORD, "confirm", LOGIN_PASSWORD)));
		table.add(get("/admin/users", ADMIN_ONLY, () -> "/admin/users"));
		table.add(post("/admin/users", ADMIN_ONLY, () -> "/admin/users", () -> form("login",
				"mx-staff-" + next() + "@example.in", "name", "Matrix Staff", "roles", "INSTRUCTOR")));
		table.add(post("/admin/users/{id}/roles", ADMIN_ONLY, () -> "/admin/users/" + freshUser() + "/roles",
				() -> form("roles", "INSTRUCTOR", "reason", "matrix")));
		table.add(post("/admin/users/{id}/enabled", ADMIN_ONLY, () -> "/admin/users/" + freshUser() + "/enabled",
				() -> form("enabled", "false", "reason", "matrix")));

		// Registration: the public application and status check.
		table.add(get("/register/artisan", EVERYONE, () -> "/register/artisan"));
		table.add(multipart("/register/artisan", EVERYONE, () -> "/register/artisan"));
		table.add(get("/register/artisan/submitted", EVERYONE, () -> "/register/artisan/submitted?reference=X"));
		table.add(get("/register/status", EVERYONE, () -> "/register/status"));
		table.add(post("/register/status", EVERYONE, () -> "/register/status",
				() -> form("reference", this.statusReference, "mobile", this.statusMobile)));

		// The staff console and applications.
		table.add(get("/staff", STAFF_READERS, () -> "/staff"));
		table.add(get("/staff/applications/new", OFFICERS, () -> "/staff/applications/new"));
		table.add(get("/staff/audit", OFFICERS, () -> "/staff/audit?action=SELLER_SUSPENDED"));
		table.add(multipart("/staff/applications/new", OFFICERS, () -> "/staff/applications/new"));
		table.add(get("/staff/applications/{id}", STAFF_READERS,
				() -> "/staff/applications/" + this.instructorApplication));
		table.add(post("/staff/applications/{id}/schedule", OFFICERS,
				() -> "/staff/applications/" + application(ApplicationStatus.SUBMITTED) + "/schedule",
				() -> form("date", LocalDate.now().plusDays(7).toString(), "place", "Leh", "instructorId",
						RegistrationFixtures.INSTRUCTOR_ID)));
		table.add(post("/staff/applications/{id}/marks", STAFF_READERS,
				() -> "/staff/applications/" + application(ApplicationStatus.TEST_SCHEDULED) + "/marks",
				() -> form("technique", "8", "finish", "8", "design", "8", "speed", "8", "remarks", "Fine work")));
		table.add(post("/staff/applications/{id}/approve", OFFICERS,
				() -> "/staff/applications/" + application(ApplicationStatus.TEST_PASSED) + "/approve",
				LinkedMultiValueMap::new));
		table.add(post("/staff/applications/{id}/reject", OFFICERS,
				() -> "/staff/applications/" + application(ApplicationStatus.SUBMITTED) + "/reject",
				() -> form("reason", "Not a craft we register")));

		// Sellers in the staff console.
		table.add(get("/staff/sellers", STAFF_READERS, () -> "/staff/sellers?q=Padma"));
		table.add(get("/staff/sellers/{id}", STAFF_READERS, () -> "/staff/sellers/" + SELLER_B));
		table.add(post("/staff/sellers/{id}/suspend", OFFICERS,
				() -> "/staff/sellers/" + freshArtisan("ACTIVE") + "/suspend", () -> form("reason", "Matrix check")));
		table.add(post("/staff/sellers/{id}/reinstate", OFFICERS,
				() -> "/staff/sellers/" + freshArtisan("SUSPENDED") + "/reinstate",
				() -> form("reason", "Matrix check")));
		table.add(get("/staff/sellers/{sellerId}/id-card.pdf", OFFICERS,
				() -> "/staff/sellers/" + SELLER_B + "/id-card.pdf"));

		// Identity cards, verification, public seller pages, the seller's own pages.
		// Only an artisan has a card (an SHG or a centre gets 404), only an SHG a fund
		// (each its own: see anShgSellerReadsOnlyItsOwnFund).
		table.add(get("/seller/id-card.pdf", ARTISANS, () -> "/seller/id-card.pdf"));
		table.add(get("/seller/fund", SHGS, () -> "/seller/fund"));
		table.add(get("/seller", SELLERS, () -> "/seller"));
		table.add(get("/verify", EVERYONE, () -> "/verify?number=" + NUMBER_A));
		table.add(get("/verify/{*number}", EVERYONE, () -> "/verify/" + NUMBER_A));
		table.add(get("/sellers/{id}", EVERYONE, () -> "/sellers/" + SELLER_A));

		// SHGs.
		table.add(get("/staff/shgs", FUND_READERS, () -> "/staff/shgs"));
		table.add(get("/staff/shgs/new", OFFICERS, () -> "/staff/shgs/new"));
		// An incomplete form: 400 with messages proves the handler was reached, and no
		// SHG is created per case.
		table.add(post("/staff/shgs", OFFICERS, () -> "/staff/shgs", () -> form("name", "Matrix SHG")));
		table.add(get("/staff/shgs/{id}", FUND_READERS, () -> "/staff/shgs/" + SHG));
		table.add(post("/staff/shgs/{id}/approval", OFFICERS, () -> "/staff/shgs/" + freshPendingShg() + "/approval",
				LinkedMultiValueMap::new));
		table.add(post("/staff/shgs/{id}/fund-entries", OFFICERS, () -> "/staff/shgs/" + SHG + "/fund-entries",
				() -> form("kind", "GRANT", "amountRupees", "100", "note", "Matrix grant")));
		// A login that is neither a mobile number nor an email: 400 beside the field
		// proves
		// the handler was reached, and no account is created per case.
		table.add(post("/staff/shgs/{id}/sign-in", OFFICERS, () -> "/staff/shgs/" + SHG + "/sign-in",
				() -> form("login", "not a login")));

		// Issue 17 (kinds): unit holders and co-operative societies, officers only. An
		// incomplete form answers 400 (nothing registered); a login that is none answers
		// 400 beside the field (no account created).
		table.add(get("/staff/units", OFFICERS, () -> "/staff/units"));
		table.add(get("/staff/units/new", OFFICERS, () -> "/staff/units/new"));
		table.add(post("/staff/units", OFFICERS, () -> "/staff/units", () -> form("name", "Matrix Unit")));
		table.add(get("/staff/units/{id}", OFFICERS, () -> "/staff/units/" + unitSeller("UNIT_HOLDER")));
		table.add(post("/staff/units/{id}/sign-in", OFFICERS,
				() -> "/staff/units/" + unitSeller("UNIT_HOLDER") + "/sign-in", () -> form("login", "not a login")));
		table.add(get("/staff/cooperatives", OFFICERS, () -> "/staff/cooperatives"));
		table.add(get("/staff/cooperatives/new", OFFICERS, () -> "/staff/cooperatives/new"));
		table.add(post("/staff/cooperatives", OFFICERS, () -> "/staff/cooperatives",
				() -> form("name", "Matrix Society")));
		table.add(get("/staff/cooperatives/{id}", OFFICERS, () -> "/staff/cooperatives/" + unitSeller("CO_OPERATIVE")));
		table.add(post("/staff/cooperatives/{id}/sign-in", OFFICERS,
				() -> "/staff/cooperatives/" + unitSeller("CO_OPERATIVE") + "/sign-in",
				() -> form("login", "not a login")));

		// Issue 17 (kinds): common facility centres. Staff read; only officers add
		// machines and record breakdowns and servicing (an incomplete form: 400). Sellers
		// book for themselves; seller A's booking is not found for anyone else.
		table.add(get("/staff/cfcs", STAFF_READERS, () -> "/staff/cfcs"));
		table.add(get("/staff/cfcs/out-of-order", STAFF_READERS, () -> "/staff/cfcs/out-of-order?days=3"));
		table.add(get("/staff/cfcs/{id}", STAFF_READERS, () -> "/staff/cfcs/" + cfcSeed()));
		table.add(post("/staff/cfcs/{id}/machines", OFFICERS, () -> "/staff/cfcs/" + cfcSeed() + "/machines",
				() -> form("name", "Matrix loom")));
		table.add(get("/staff/cfcs/machines/{id}", STAFF_READERS, () -> "/staff/cfcs/machines/" + machineSeed()));
		table.add(post("/staff/cfcs/machines/{id}/breakdowns", OFFICERS,
				() -> "/staff/cfcs/machines/" + machineSeed() + "/breakdowns", () -> form("note", "")));
		table.add(post("/staff/cfcs/machines/{id}/servicing", OFFICERS,
				() -> "/staff/cfcs/machines/" + machineSeed() + "/servicing", () -> form("note", "")));
		table.add(get("/seller/cfcs", SELLERS, () -> "/seller/cfcs"));
		table.add(post("/seller/cfcs/bookings", SELLERS, () -> "/seller/cfcs/bookings",
				() -> form("machineId", machineSeed())));
		// Issue 17 (kinds): instructors' placements, officers only (an empty form: 400).
		table.add(get("/staff/placements", OFFICERS, () -> "/staff/placements"));
		table.add(post("/staff/placements", OFFICERS, () -> "/staff/placements", () -> form("login", "")));
		table.add(post("/seller/cfcs/bookings/{id}/cancel", EnumSet.of(Who.SELLER_A),
				() -> "/seller/cfcs/bookings/" + freshBooking() + "/cancel", LinkedMultiValueMap::new));

		// Training centres.
		Set<Who> centreReaders = STAFF_READERS;
		table.add(get("/staff/centres", centreReaders, () -> "/staff/centres"));
		table.add(get("/staff/centres/{id}", centreReaders, () -> "/staff/centres/" + CENTRE));
		table.add(post("/staff/centres/{id}/batches", OFFICERS, () -> "/staff/centres/" + CENTRE + "/batches",
				() -> form("craft", "wood-carving", "startsOn", "2026-06-01", "endsOn", "2027-05-31")));
		table.add(post("/staff/centres/{id}/batches/{batchId}/trainees", OFFICERS,
				() -> "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/trainees",
				() -> form("name", "Matrix Trainee")));
		// The seeded centre names the test instructor as one of its instructors.
		table.add(post("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/status", STAFF_READERS,
				() -> "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/trainees/" + freshTrainee("ENROLLED")
						+ "/status",
				() -> form("status", "COMPLETED")));
		table.add(post(
				"/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/outcome", OFFICERS, () -> "/staff/centres/"
						+ CENTRE + "/batches/" + BATCH + "/trainees/" + freshTrainee("COMPLETED") + "/outcome",
				() -> form("outcome", "SELLING", "artisanId", "")));
		table.add(post("/staff/centres/{id}/sign-in", OFFICERS, () -> "/staff/centres/" + CENTRE + "/sign-in",
				() -> form("login", "not a login")));

		// Training schemes: staff read them; only officers and admins set a new rate.
		table.add(get("/staff/training/schemes", centreReaders, () -> "/staff/training/schemes"));
		table.add(get("/staff/training/schemes/{id}", centreReaders, () -> "/staff/training/schemes/" + SCHEME));
		table.add(post("/staff/training/schemes/{id}/rates", OFFICERS,
				() -> "/staff/training/schemes/" + SCHEME + "/rates",
				() -> form("rate", "300", "effectiveFrom", "2099-04-01", "reason", "Matrix order", "version", "0")));

		// The stock register (issue 17, stock): officers read and enter; an instructor
		// reads the stock of a centre they teach at (StockPagesTests: any other is 404).
		// A
		// quantity of 0 or an unknown item answers 400 beside the field: nothing moves.
		table.add(get("/staff/stock", OFFICERS, () -> "/staff/stock"));
		table.add(get("/staff/centres/{id}/stock", STAFF_READERS, () -> "/staff/centres/" + CENTRE + "/stock"));
		table.add(post("/staff/stock/movements", OFFICERS, () -> "/staff/stock/movements",
				() -> form("holder", "store", "lineId", "stk-mx-" + next(), "kind", "RECEIPT", "itemId", "yarn",
						"quantity", "0", "reference", "GRN-MX")));
		table.add(post("/staff/stock/counts", OFFICERS, () -> "/staff/stock/counts",
				() -> form("holder", "store", "lineId", "cnt-mx-" + next(), "itemId", "no-such-item", "book", "0",
						"counted", "1", "reason", "matrix")));
		// Reorder levels (issue 18): officers and admins; a level that is no number
		// answers 400 beside the field, so nothing changes.
		table.add(get("/staff/stock/reorder-levels", OFFICERS, () -> "/staff/stock/reorder-levels"));
		table.add(post("/staff/stock/reorder-levels/{itemId}", OFFICERS, () -> "/staff/stock/reorder-levels/dyes",
				() -> form("level", "some")));
		// A centre's product stock: staff who may see the centre read it; officers record
		// pieces made (an incomplete form: 400) and list the seeded one for sale (listed
		// once: then 409).
		table.add(get("/staff/centres/{id}/products", STAFF_READERS, () -> "/staff/centres/" + CENTRE + "/products"));
		table.add(post("/staff/centres/{id}/products", OFFICERS, () -> "/staff/centres/" + CENTRE + "/products",
				() -> form("batchId", BATCH, "pieces", "0")));
		table.add(post("/staff/centres/{id}/products/{productId}/listing", OFFICERS,
				() -> "/staff/centres/" + CENTRE + "/products/cpr-mx-" + RUN + "/listing", LinkedMultiValueMap::new));
		// Tool kits: officers only. An enrolled trainee may not apply (409); the seeded
		// application is approved once (then 409), a payment without a reference is 400,
		// and issuing an unpaid kit is 409.
		table.add(get("/staff/kits", OFFICERS, () -> "/staff/kits"));
		table.add(post("/staff/kits", OFFICERS, () -> "/staff/kits",
				() -> form("centreId", CENTRE, "batchId", BATCH, "traineeId", freshTrainee("ENROLLED"))));
		table.add(get("/staff/kits/{id}", OFFICERS, () -> "/staff/kits/" + KIT));
		table.add(post("/staff/kits/{id}/approval", OFFICERS, () -> "/staff/kits/" + KIT + "/approval",
				LinkedMultiValueMap::new));
		table.add(post("/staff/kits/{id}/payment", OFFICERS, () -> "/staff/kits/" + KIT + "/payment",
				() -> form("reference", "")));
		table.add(post("/staff/kits/{id}/issue", OFFICERS, () -> "/staff/kits/" + KIT + "/issue",
				LinkedMultiValueMap::new));

		// Attendance (issue 17, decision 0061): staff open the sheets and send marks (the
		// test instructor teaches at the seeded centre; an empty send keeps nothing and
		// answers 200 or a redirect); only officers and admins read the daily reports and
		// upload punch logs (an empty file: 400, nothing saved). The service worker's
		// script is public.
		table.add(get("/staff/attendance", STAFF_READERS, () -> "/staff/attendance"));
		table.add(get("/staff/attendance/sw.js", EVERYONE, () -> "/staff/attendance/sw.js"));
		table.add(get("/staff/attendance/centres/{centreId}/batches/{batchId}", STAFF_READERS,
				() -> "/staff/attendance/centres/" + CENTRE + "/batches/" + BATCH));
		table.add(post("/staff/attendance/centres/{centreId}/batches/{batchId}/marks", STAFF_READERS,
				() -> "/staff/attendance/centres/" + CENTRE + "/batches/" + BATCH + "/marks",
				LinkedMultiValueMap::new));
		table.add(post("/staff/attendance/centres/{centreId}/batches/{batchId}/queued-marks", STAFF_READERS,
				() -> "/staff/attendance/centres/" + CENTRE + "/batches/" + BATCH + "/queued-marks",
				LinkedMultiValueMap::new));
		table.add(get("/staff/attendance/report", OFFICERS, () -> "/staff/attendance/report"));
		table.add(get("/staff/attendance/report.csv", OFFICERS, () -> "/staff/attendance/report.csv"));
		table.add(get("/staff/attendance/centres/{centreId}", OFFICERS, () -> "/staff/attendance/centres/" + CENTRE));
		table.add(get("/staff/attendance/centres/{centreId}/report.csv", OFFICERS,
				() -> "/staff/attendance/centres/" + CENTRE + "/report.csv"));
		table.add(multipart("/staff/attendance/centres/{centreId}/punches", OFFICERS,
				() -> "/staff/attendance/centres/" + CENTRE + "/punches"));

		// Issue 17, stipends (decision 0062): officers and admins compute, approve, pay
		// and
		// correct; the centre's instructor looks. A paid line refuses approval and
		// payment
		// with 409 (past the rules); bad forms answer 400.
		String stipends = "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/stipends";
		table.add(get("/staff/centres/{id}/batches/{batchId}/stipends", STAFF_READERS, () -> stipends));
		table.add(post("/staff/centres/{id}/batches/{batchId}/stipends", OFFICERS, () -> stipends,
				() -> form("month", "not a month")));
		table.add(post("/staff/centres/{id}/batches/{batchId}/stipends/{lineId}/approve", OFFICERS,
				() -> stipends + "/" + STIPEND_LINE + "/approve", () -> form("month", "2026-05")));
		table.add(post("/staff/centres/{id}/batches/{batchId}/stipends/{lineId}/paid", OFFICERS,
				() -> stipends + "/" + STIPEND_LINE + "/paid", () -> form("month", "2026-05", "reference", "DBT0002")));
		table.add(post("/staff/centres/{id}/batches/{batchId}/stipends/corrections", OFFICERS,
				() -> stipends + "/corrections",
				() -> form("month", "2026-05", "traineeId", STIPEND_TRAINEE, "amount", "", "reason", "")));
		// A trainee's own history (no id in the address: the account says whose), and the
		// statement the centre prints for a trainee.
		table.add(get("/trainee", TRAINEES, () -> "/trainee"));
		table.add(get("/trainee/statement.pdf", TRAINEES, () -> "/trainee/statement.pdf"));
		table.add(get("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/statement.pdf", STAFF_READERS,
				() -> "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/trainees/" + OTHER_TRAINEE
						+ "/statement.pdf"));
		table.add(get("/staff/training/holidays", OFFICERS, () -> "/staff/training/holidays"));
		table.add(post("/staff/training/holidays", OFFICERS, () -> "/staff/training/holidays",
				() -> form("day", "", "nameEn", "")));

		// The storefront (search area): public pages and the public search API.
		table.add(get("/search", EVERYONE, () -> "/search?craft=thangka-painting"));
		table.add(get("/listings/{id}", EVERYONE, () -> "/listings/" + LISTING));
		table.add(get("/crafts/{slug}", EVERYONE, () -> "/crafts/thangka-painting"));
		table.add(get("/api/v1/search", EVERYONE, () -> "/api/v1/search?craft=thangka-painting&sort=newest"));
		table.add(get("/api/v1/suggest", EVERYONE, () -> "/api/v1/suggest?q=th"));
		table.add(get("/api/v1/listings/{id}", EVERYONE, () -> "/api/v1/listings/" + LISTING));
		// Exhibitions: the public calendar and each exhibition's page.
		table.add(get("/exhibitions", EVERYONE, () -> "/exhibitions"));
		table.add(get("/exhibitions/{id}", EVERYONE, () -> "/exhibitions/" + EXHIBITION));
		table.add(get("/exhibitions/policy", EVERYONE, () -> "/exhibitions/policy"));
		// Exhibitions for officers: incomplete forms answer 400 beside the fields, a
		// stale
		// version 409, an empty upload 400; nothing is saved.
		table.add(get("/staff/exhibitions", OFFICERS, () -> "/staff/exhibitions"));
		table.add(get("/staff/exhibitions/new", OFFICERS, () -> "/staff/exhibitions/new"));
		table.add(post("/staff/exhibitions", OFFICERS, () -> "/staff/exhibitions", () -> form("nameEn", "Matrix")));
		table.add(get("/staff/exhibitions/{id}", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION));
		table.add(post("/staff/exhibitions/{id}", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION,
				() -> form("nameEn", "Matrix")));
		table
			.add(get("/staff/exhibitions/{id}/stalls", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION + "/stalls"));
		table.add(post("/staff/exhibitions/{id}/stalls", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION + "/stalls",
				() -> form("number", "A-1")));
		table.add(post("/staff/exhibitions/{id}/stalls/{number}/delete", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/stalls/A-1/delete", () -> form("version", "-1")));
		table.add(multipart("/staff/exhibitions/{id}/stalls/upload", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/stalls/upload"));
		table.add(get("/staff/exhibitions/{id}/applications", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/applications"));
		// The draw: officers run it (no public value: 400); its record is public once
		// drawn, and this exhibition has none, which is 404 for everyone.
		table.add(get("/staff/exhibitions/{id}/draw", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION + "/draw"));
		table.add(post("/staff/exhibitions/{id}/draw", OFFICERS, () -> "/staff/exhibitions/" + EXHIBITION + "/draw",
				LinkedMultiValueMap::new));
		table.add(get("/exhibitions/{id}/draw", NOBODY, () -> "/exhibitions/" + EXHIBITION + "/draw"));
		// Reserved-category claims (stallmoney): only officers verify or reject a claim
		// (no reason: 400).
		table.add(post("/staff/exhibitions/{id}/applications/{applicationId}/claims/{category}", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/applications/" + STALL_APPLICATION + "/claims/AWARDEE",
				LinkedMultiValueMap::new));
		// Stall fees by card (stallmoney): only seller A pays for seller A's stall M-1
		// (no card gateway here: 409); everyone else is told it does not exist.
		table.add(post("/seller/exhibitions/{id}/stalls/{number}/pay", EnumSet.of(Who.SELLER_A),
				() -> "/seller/exhibitions/" + EXHIBITION + "/stalls/M-1/pay", LinkedMultiValueMap::new));
		// Stall applications: any seller applies for their own seller (an empty form:
		// 400);
		// only seller A may withdraw seller A's application (409 here: the window is not
		// open; everyone else is told it does not exist).
		table.add(get("/seller/exhibitions", SELLERS, () -> "/seller/exhibitions"));
		table.add(get("/seller/exhibitions/{id}/apply", SELLERS, () -> "/seller/exhibitions/" + EXHIBITION + "/apply"));
		table.add(post("/seller/exhibitions/{id}/apply", SELLERS, () -> "/seller/exhibitions/" + EXHIBITION + "/apply",
				LinkedMultiValueMap::new));
		table.add(post("/seller/exhibitions/applications/{applicationId}/withdraw", EnumSet.of(Who.SELLER_A),
				() -> "/seller/exhibitions/applications/" + STALL_APPLICATION + "/withdraw", LinkedMultiValueMap::new));
		// Stalls and fees after the draw: accounts staff and officers see the stalls and
		// record fees (a reference too short: 400); only officers change a stall by hand
		// (no reason: 400). Only seller A may give up seller A's stall M-1; everyone else
		// is told it does not exist.
		table.add(get("/staff/exhibitions/{id}/allocations", FEE_DESK,
				() -> "/staff/exhibitions/" + EXHIBITION + "/allocations"));
		table.add(post("/staff/exhibitions/{id}/allocations/{number}/fee", FEE_DESK,
				() -> "/staff/exhibitions/" + EXHIBITION + "/allocations/A-1/fee", () -> form("reference", "x")));
		table.add(post("/staff/exhibitions/{id}/allocations/{number}/allocate", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/allocations/A-1/allocate", LinkedMultiValueMap::new));
		table.add(post("/staff/exhibitions/{id}/allocations/{number}/take-back", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/allocations/A-1/take-back", LinkedMultiValueMap::new));
		table.add(post("/staff/exhibitions/{id}/allocations/{number}/move", OFFICERS,
				() -> "/staff/exhibitions/" + EXHIBITION + "/allocations/A-1/move", LinkedMultiValueMap::new));
		table.add(post("/seller/exhibitions/{id}/stalls/{number}/give-up", EnumSet.of(Who.SELLER_A),
				() -> "/seller/exhibitions/" + EXHIBITION + "/stalls/M-1/give-up", LinkedMultiValueMap::new));

		// Selling at the stall: only the seller holding the stall (seller A) reaches its
		// pages; an empty form is 400 past the rules; everyone else is told it does not
		// exist. The service worker's script is public.
		table.add(get("/seller/stalls", SELLERS, () -> "/seller/stalls"));
		table.add(get("/seller/stalls/{id}", EnumSet.of(Who.SELLER_A), () -> "/seller/stalls/" + EXHIBITION));
		table.add(get("/seller/stalls/{id}/tags.pdf", EnumSet.of(Who.SELLER_A),
				() -> "/seller/stalls/" + EXHIBITION + "/tags.pdf"));
		table.add(get("/seller/stalls/sw.js", EVERYONE, () -> "/seller/stalls/sw.js"));
		table.add(post("/seller/stalls/{id}/stock", EnumSet.of(Who.SELLER_A),
				() -> "/seller/stalls/" + EXHIBITION + "/stock", LinkedMultiValueMap::new));
		table.add(post("/seller/stalls/{id}/sales", EnumSet.of(Who.SELLER_A),
				() -> "/seller/stalls/" + EXHIBITION + "/sales", LinkedMultiValueMap::new));
		table.add(post("/seller/stalls/{id}/queued-sales", EnumSet.of(Who.SELLER_A),
				() -> "/seller/stalls/" + EXHIBITION + "/queued-sales", LinkedMultiValueMap::new));
		// stallfix: pieces left at a stall go back online from the list, for any seller
		// (the listing must be theirs: another's is 404; an empty form is 400).
		table.add(post("/seller/stalls/{id}/back-online", SELLERS,
				() -> "/seller/stalls/" + EXHIBITION + "/back-online", LinkedMultiValueMap::new));

		// The artisan complex: the plan and each term's record are public; officers
		// generate the schedule and move shops (empty forms: 400, nothing changes); a
		// seller sees only their own shops, with no seller id in the address.
		table.add(get("/artisan-complex", EVERYONE, () -> "/artisan-complex"));
		table.add(get("/artisan-complex/terms/{id}", EVERYONE, () -> "/artisan-complex/terms/" + COMPLEX_TERM));
		table.add(get("/staff/artisan-complex", OFFICERS, () -> "/staff/artisan-complex"));
		table.add(post("/staff/artisan-complex/schedule", OFFICERS, () -> "/staff/artisan-complex/schedule",
				LinkedMultiValueMap::new));
		table.add(get("/staff/artisan-complex/terms/{id}", OFFICERS,
				() -> "/staff/artisan-complex/terms/" + COMPLEX_TERM));
		for (String move : List.of("allot", "surrender", "swap")) {
			table.add(post("/staff/artisan-complex/terms/{id}/" + move, OFFICERS,
					() -> "/staff/artisan-complex/terms/" + COMPLEX_TERM + "/" + move, LinkedMultiValueMap::new));
		}
		table.add(get("/seller/artisan-complex", SELLERS, () -> "/seller/artisan-complex"));
		// Deputations: officers make an exhibition one and record travel (empty forms:
		// 400).
		table.add(get("/staff/deputations", OFFICERS, () -> "/staff/deputations"));
		table.add(post("/staff/deputations", OFFICERS, () -> "/staff/deputations", LinkedMultiValueMap::new));
		table.add(get("/staff/deputations/{id}", OFFICERS, () -> "/staff/deputations/" + EXHIBITION));
		table.add(post("/staff/deputations/{id}/travel", OFFICERS, () -> "/staff/deputations/" + EXHIBITION + "/travel",
				LinkedMultiValueMap::new));
		// Catalog: the seller's own listings (seller A owns them; seller B gets 404) and
		// the officers' review. Each state-changing case gets a fresh listing in the
		// state the action needs.
		Set<Who> owner = EnumSet.of(Who.SELLER_A);
		table.add(get("/seller/listings", SELLERS, () -> "/seller/listings"));
		table.add(get("/seller/listings/new", SELLERS, () -> "/seller/listings/new"));
		// An incomplete form: 400 beside the fields, nothing saved.
		table.add(post("/seller/listings", SELLERS, () -> "/seller/listings", () -> form("titleEn", "Matrix")));
		table.add(get("/seller/listings/{id}", owner, () -> "/seller/listings/" + this.listingA));
		table.add(post("/seller/listings/{id}", owner, () -> "/seller/listings/" + this.listingA,
				() -> form("titleEn", "Matrix", "version", "0")));
		table.add(get("/seller/listings/{id}/photos", owner, () -> "/seller/listings/" + this.listingA + "/photos"));
		table.add(multipart("/seller/listings/{id}/photos", owner,
				() -> "/seller/listings/" + this.listingA + "/photos"));
		table.add(post("/seller/listings/{id}/photos/{photoId}/delete", owner,
				() -> photoPath("/seller/listings/", "/delete"), LinkedMultiValueMap::new));
		table.add(post("/seller/listings/{id}/photos/{photoId}/move", owner,
				() -> photoPath("/seller/listings/", "/move"), () -> form("direction", "down")));
		table.add(post("/seller/listings/{id}/submit", owner,
				() -> listingPath("/seller/listings/", "DRAFT", "/submit"), LinkedMultiValueMap::new));
		table.add(post("/seller/listings/{id}/pause", owner,
				() -> listingPath("/seller/listings/", "PUBLISHED", "/pause"), LinkedMultiValueMap::new));
		table.add(post("/seller/listings/{id}/resume", owner,
				() -> listingPath("/seller/listings/", "PAUSED", "/resume"), LinkedMultiValueMap::new));
		table.add(post("/seller/listings/{id}/delete", owner,
				() -> listingPath("/seller/listings/", "DRAFT", "/delete"), LinkedMultiValueMap::new));
		table.add(get("/api/v1/seller/listings", SELLERS, () -> "/api/v1/seller/listings"));
		// A form body where JSON is expected: 415 from the handler's codec, nothing
		// saved.
		table.add(post("/api/v1/seller/listings", SELLERS, () -> "/api/v1/seller/listings", LinkedMultiValueMap::new));
		table.add(get("/api/v1/seller/listings/{id}", owner, () -> "/api/v1/seller/listings/" + this.listingA));
		// An empty JSON body without a version: 400 naming the field, nothing saved.
		table.add(new Endpoint(HttpMethod.PUT, "/api/v1/seller/listings/{id}", owner,
				() -> "/api/v1/seller/listings/" + this.listingA, null, false));
		table.add(new Endpoint(HttpMethod.DELETE, "/api/v1/seller/listings/{id}", owner,
				() -> listingPath("/api/v1/seller/listings/", "DRAFT", ""), null, false));
		table.add(multipart("/api/v1/seller/listings/{id}/photos", owner,
				() -> "/api/v1/seller/listings/" + this.listingA + "/photos"));
		table.add(new Endpoint(HttpMethod.DELETE, "/api/v1/seller/listings/{id}/photos/{photoId}", owner,
				() -> photoPath("/api/v1/seller/listings/", ""), null, false));
		table.add(post("/api/v1/seller/listings/{id}/submit", owner,
				() -> listingPath("/api/v1/seller/listings/", "DRAFT", "/submit"), LinkedMultiValueMap::new));
		table.add(post("/api/v1/seller/listings/{id}/pause", owner,
				() -> listingPath("/api/v1/seller/listings/", "PUBLISHED", "/pause"), LinkedMultiValueMap::new));
		table.add(post("/api/v1/seller/listings/{id}/resume", owner,
				() -> listingPath("/api/v1/seller/listings/", "PAUSED", "/resume"), LinkedMultiValueMap::new));
		table.add(get("/staff/listings", OFFICERS, () -> "/staff/listings"));
		table.add(get("/staff/listings/{id}", OFFICERS, () -> "/staff/listings/" + this.listingA));
		table.add(post("/staff/listings/{id}/approve", OFFICERS,
				() -> listingPath("/staff/listings/", "PENDING_REVIEW", "/approve"), LinkedMultiValueMap::new));
		table.add(post("/staff/listings/{id}/reject", OFFICERS,
				() -> listingPath("/staff/listings/", "PENDING_REVIEW", "/reject"), () -> form("reason", "Matrix")));
		table.add(post("/staff/listings/{id}/take-down", OFFICERS,
				() -> listingPath("/staff/listings/", "PUBLISHED", "/take-down"), () -> form("reason", "Matrix")));
		// Search: the staff synonym list. Each change gets a fresh group of its own; an
		// add with one spelling answers 400 beside the field, so no group is made.
		table.add(get("/admin/search/synonyms", OFFICERS, () -> "/admin/search/synonyms"));
		table.add(post("/admin/search/synonyms", OFFICERS, () -> "/admin/search/synonyms",
				() -> form("terms", "only-one-spelling")));
		table.add(get("/admin/search/synonyms/{id}", OFFICERS, () -> "/admin/search/synonyms/" + freshSynonymGroup()));
		table.add(post("/admin/search/synonyms/{id}", OFFICERS, () -> "/admin/search/synonyms/" + freshSynonymGroup(),
				() -> form("terms", "mxchanged, mxaltered")));
		table.add(post("/admin/search/synonyms/{id}/delete", OFFICERS,
				() -> "/admin/search/synonyms/" + freshSynonymGroup() + "/delete", LinkedMultiValueMap::new));
		// The search index's staff page (catalog issue): officers and admins.
		table.add(get("/admin/search", OFFICERS, () -> "/admin/search"));
		table.add(get("/api/v1/admin/search/status", OFFICERS, () -> "/api/v1/admin/search/status"));
		// A second request while one is pending answers "already requested": still
		// allowed.
		table.add(post("/admin/search/rebuild", OFFICERS, () -> "/admin/search/rebuild", LinkedMultiValueMap::new));
		// Fulfilment (orders issue): buyers their own orders (the test buyer owns the
		// seeded ones; anyone else gets 404), sellers their own parts (seller A owns
		// them;
		// seller B gets 404). Each step gets a fresh part in the state it needs; the
		// API's
		// JSON steps answer the owner 400 to a form body, after the ownership check.
		Set<Who> buyer = EnumSet.of(Who.BUYER);
		table.add(get("/orders", SIGNED_IN, () -> "/orders"));
		table.add(get("/orders/{id}", buyer, () -> "/orders/" + freshOrder("PAID").getString("_id")));
		table.add(get("/orders/{id}/invoice.pdf", buyer,
				() -> "/orders/" + freshOrder("PAID").getString("_id") + "/invoice.pdf"));
		table.add(post("/orders/{id}/cancel", buyer,
				() -> "/orders/" + new FulfilmentFixtures(this.mongo)
					.order(SignedIn.buyer().id(), null, "AWAITING_PAYMENT", "AWAITING_PAYMENT",
							new FulfilmentFixtures.Item(SELLER_A, LISTING, 1, 100_000L))
					.getString("_id") + "/cancel",
				LinkedMultiValueMap::new));
		table.add(post("/orders/{id}/parts/{partId}/cancel", buyer, () -> buyerCancelPath(""),
				() -> form("reason", "Matrix")));
		table.add(post("/api/v1/orders/{id}/parts/{partId}/cancel", buyer, () -> buyerCancelPath("/api/v1"),
				() -> form("reason", "Matrix")));
		table.add(get("/seller/orders", SELLERS, () -> "/seller/orders"));
		table.add(get("/seller/orders/{partId}", owner, () -> "/seller/orders/" + freshPart("PAID")));
		table.add(get("/seller/orders/{partId}/packing-slip.pdf", owner,
				() -> "/seller/orders/" + freshPart("PAID") + "/packing-slip.pdf"));
		table.add(post("/seller/orders/{partId}/pack", owner, () -> "/seller/orders/" + freshPart("PAID") + "/pack",
				LinkedMultiValueMap::new));
		table.add(post("/seller/orders/{partId}/ship", owner, () -> "/seller/orders/" + freshPart("PACKED") + "/ship",
				() -> form("carrier", "India Post", "trackingNumber", "EE1")));
		table.add(post("/seller/orders/{partId}/deliver", owner,
				() -> "/seller/orders/" + freshPart("SHIPPED") + "/deliver", LinkedMultiValueMap::new));
		table.add(post("/seller/orders/{partId}/cancel", owner, () -> "/seller/orders/" + freshPart("PAID") + "/cancel",
				() -> form("reason", "Matrix")));
		// The returns policy: each seller their own; an invalid window answers 400 beside
		// the field, so nothing is saved.
		table.add(get("/seller/orders/policy", SELLERS, () -> "/seller/orders/policy"));
		// A seller's statement (issue 16): every seller their own (the id is the
		// signed-in seller's; SellerStatementTests shows another's is never shown).
		table.add(get("/seller/statement", SELLERS, () -> "/seller/statement"));
		table.add(get("/seller/statement.pdf", SELLERS, () -> "/seller/statement.pdf"));
		table.add(post("/seller/orders/policy", SELLERS, () -> "/seller/orders/policy",
				() -> form("returnWindowDays", "many")));
		// The shipping rule: each seller their own; an invalid day count answers 400.
		table.add(get("/seller/orders/shipping", SELLERS, () -> "/seller/orders/shipping"));
		table.add(post("/seller/orders/shipping", SELLERS, () -> "/seller/orders/shipping",
				() -> form("dispatchDays", "many")));
		table.add(post("/seller/orders/{partId}/return", owner,
				() -> "/seller/orders/" + freshPart("DELIVERED") + "/return", () -> form("reason", "Matrix")));
		table.add(get("/api/v1/seller/orders", SELLERS, () -> "/api/v1/seller/orders"));
		for (String step : List.of("pack", "ship", "deliver", "cancel", "return")) {
			String status = switch (step) {
				case "ship" -> "PACKED";
				case "deliver" -> "SHIPPED";
				case "return" -> "DELIVERED";
				default -> "PAID";
			};
			table.add(post("/api/v1/seller/orders/{partId}/" + step, owner,
					() -> "/api/v1/seller/orders/" + freshPart(status) + "/" + step, LinkedMultiValueMap::new));
		}
		// Payments: Stripe's webhook is open to anyone (an unsigned body answers 400:
		// nothing is done); the return page and the card retry are the buyer's own
		// (anyone else's order is not found; a retry of an offline order answers 409).
		table.add(post("/webhooks/stripe", EVERYONE, () -> "/webhooks/stripe", () -> form("id", "evt_forged")));
		Set<Who> orderOwner = EnumSet.of(Who.BUYER);
		table.add(get("/checkout/return", orderOwner, () -> "/checkout/return?order=" + ORDER));
		table.add(post("/orders/{id}/pay", orderOwner, () -> "/orders/" + ORDER + "/pay", LinkedMultiValueMap::new));
		// Orders (issue 5): the cart is everyone's (a visitor's lives in the session);
		// checkout and the buyer's orders are a BUYER's own (another buyer's order: 404);
		// recording offline payments is ACCOUNTS' and ADMIN's, cash on delivery a
		// seller's.
		// JSON endpoints sent a form answer 415 to those the rules let through.
		table.add(get("/cart", EVERYONE, () -> "/cart"));
		table
			.add(post("/cart/items", EVERYONE, () -> "/cart/items", () -> form("listingId", LISTING, "quantity", "1")));
		table.add(
				post("/cart/items/{listingId}", EVERYONE, () -> "/cart/items/" + LISTING, () -> form("quantity", "1")));
		table.add(post("/cart/items/{listingId}/remove", EVERYONE, () -> "/cart/items/" + LISTING + "/remove",
				LinkedMultiValueMap::new));
		table.add(get("/api/v1/cart", EVERYONE, () -> "/api/v1/cart"));
		table.add(post("/api/v1/cart/items", EVERYONE, () -> "/api/v1/cart/items", LinkedMultiValueMap::new));
		table.add(new Endpoint(HttpMethod.DELETE, "/api/v1/cart/items/{listingId}", EVERYONE,
				() -> "/api/v1/cart/items/" + LISTING, null, false));
		table.add(get("/checkout", BUYERS, () -> "/checkout"));
		table.add(post("/checkout", BUYERS, () -> "/checkout", () -> form("name", "")));
		table.add(get("/checkout/placed/{id}", BUYER_A, () -> "/checkout/placed/" + this.buyerOrder));
		table.add(post("/checkout/placed/{id}/pay", BUYER_A, () -> "/checkout/placed/" + this.buyerOrder + "/pay",
				LinkedMultiValueMap::new));
		table.add(post("/api/v1/checkout", BUYERS, () -> "/api/v1/checkout", LinkedMultiValueMap::new));
		table.add(get("/api/v1/orders", BUYERS, () -> "/api/v1/orders"));
		table.add(get("/api/v1/orders/{id}", BUYER_A, () -> "/api/v1/orders/" + this.buyerOrder));
		table.add(post("/api/v1/orders/{id}/payment", BUYER_A, () -> "/api/v1/orders/" + this.buyerOrder + "/payment",
				LinkedMultiValueMap::new));
		// Issue 16, treasury deposits and reconciliation (decision 0070): accounts staff
		// and admins only, pages and API.
		// The financial-year reports and every staff member's home (issue 18): read only.
		table.add(get("/staff/dashboard", STAFF_HOME, () -> "/staff/dashboard"));
		table.add(get("/figures", EVERYONE, () -> "/figures"));
		table.add(get("/staff/reports", FUND_READERS, () -> "/staff/reports"));
		table.add(get("/staff/reports/revenue/{fy}", FUND_READERS, () -> "/staff/reports/revenue/2026-27"));
		table.add(get("/staff/reports/revenue/{fy}/export.csv", FUND_READERS,
				() -> "/staff/reports/revenue/2026-27/export.csv"));
		table.add(get("/staff/reports/revenue/{fy}/export.pdf", FUND_READERS,
				() -> "/staff/reports/revenue/2026-27/export.pdf"));
		table.add(get("/staff/reports/funnel", FUND_READERS, () -> "/staff/reports/funnel"));
		table.add(get("/staff/reports/funnel/export.csv", FUND_READERS, () -> "/staff/reports/funnel/export.csv"));
		table.add(get("/staff/reports/funnel/export.pdf", FUND_READERS, () -> "/staff/reports/funnel/export.pdf"));
		table.add(get("/staff/reports/funnel/centres/{centreId}/quiet", OFFICERS,
				() -> "/staff/reports/funnel/centres/" + CENTRE + "/quiet"));
		table.add(get("/staff/reports/funnel/centres/{centreId}/quiet.csv", OFFICERS,
				() -> "/staff/reports/funnel/centres/" + CENTRE + "/quiet.csv"));
		for (String kind : List.of("stipends", "exhibitions", "shg-funds", "payouts", "kits")) {
			String page = "/staff/reports/" + kind;
			table.add(get(page + "/{fy}", FUND_READERS, () -> page + "/2026-27"));
			table.add(get(page + "/{fy}/export.csv", FUND_READERS, () -> page + "/2026-27/export.csv"));
			table.add(get(page + "/{fy}/export.pdf", FUND_READERS, () -> page + "/2026-27/export.pdf"));
		}
		table.add(get("/staff/reports/operations", FUND_READERS, () -> "/staff/reports/operations"));
		table.add(get("/staff/reports/operations/export.csv", FUND_READERS,
				() -> "/staff/reports/operations/export.csv"));
		table.add(get("/staff/reports/operations/export.pdf", FUND_READERS,
				() -> "/staff/reports/operations/export.pdf"));
		table.add(get("/staff/treasury", PAYMENT_RECORDERS, () -> "/staff/treasury"));
		table.add(get("/staff/treasury/deposits", PAYMENT_RECORDERS, () -> "/staff/treasury/deposits"));
		table.add(get("/staff/treasury/deposits/new", PAYMENT_RECORDERS, () -> "/staff/treasury/deposits/new"));
		table.add(multipart("/staff/treasury/deposits", PAYMENT_RECORDERS, () -> "/staff/treasury/deposits"));
		table.add(get("/staff/treasury/deposits/{id}", PAYMENT_RECORDERS,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit));
		table.add(get("/staff/treasury/deposits/{id}/scan.pdf", PAYMENT_RECORDERS,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/scan.pdf"));
		// The matrix deposit's scan is a PDF: its other names are not found, for anyone.
		table.add(get("/staff/treasury/deposits/{id}/scan.jpg", NOBODY,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/scan.jpg"));
		table.add(get("/staff/treasury/deposits/{id}/scan.png", NOBODY,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/scan.png"));
		table.add(get("/staff/treasury/deposits/{id}/export.csv", PAYMENT_RECORDERS,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/export.csv"));
		table.add(post("/staff/treasury/deposits/{id}/allocations", PAYMENT_RECORDERS,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations",
				() -> form("month", "", "amount", "")));
		table.add(post("/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse", PAYMENT_RECORDERS,
				() -> "/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations/" + freshAllocation()
						+ "/reverse",
				LinkedMultiValueMap::new));
		table.add(get("/staff/treasury/reconciliation", PAYMENT_RECORDERS, () -> "/staff/treasury/reconciliation"));
		table.add(get("/staff/treasury/reconciliation/{fy}", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27"));
		table.add(get("/staff/treasury/reconciliation/{fy}/export.csv", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27/export.csv"));
		table.add(get("/staff/treasury/reconciliation/{fy}/export.pdf", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27/export.pdf"));
		table.add(get("/staff/treasury/reconciliation/{fy}/centres/{centreId}", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27/centres/" + CENTRE));
		table.add(get("/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.csv", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27/centres/" + CENTRE + "/export.csv"));
		table.add(get("/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.pdf", PAYMENT_RECORDERS,
				() -> "/staff/treasury/reconciliation/2026-27/centres/" + CENTRE + "/export.pdf"));
		table.add(get("/api/v1/staff/treasury/deposits", PAYMENT_RECORDERS, () -> "/api/v1/staff/treasury/deposits"));
		table.add(multipart("/api/v1/staff/treasury/deposits", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/deposits"));
		table.add(get("/api/v1/staff/treasury/deposits/{id}", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/deposits/" + this.treasuryDeposit));
		table.add(post("/api/v1/staff/treasury/deposits/{id}/allocations", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations",
				LinkedMultiValueMap::new));
		table.add(post("/api/v1/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations/" + freshAllocation()
						+ "/reverse",
				LinkedMultiValueMap::new));
		table.add(get("/api/v1/staff/treasury/reconciliation/{fy}", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/reconciliation/2026-27"));
		table.add(get("/api/v1/staff/treasury/reconciliation/{fy}/centres/{centreId}", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/reconciliation/2026-27/centres/" + CENTRE));
		table.add(get("/staff/orders", PAYMENT_RECORDERS, () -> "/staff/orders"));
		// Payout runs (issue 16, decision 0069): ACCOUNTS and ADMIN only. The seeded run
		// exists for every case; a move it cannot make is 409 (past the rules), an empty
		// form 400.
		table.add(get("/staff/treasury/payouts", PAYMENT_RECORDERS, () -> "/staff/treasury/payouts"));
		table.add(post("/staff/treasury/payouts", PAYMENT_RECORDERS, () -> "/staff/treasury/payouts",
				() -> form("upTo", "")));
		table.add(post("/staff/treasury/payouts/bank-accounts", PAYMENT_RECORDERS,
				() -> "/staff/treasury/payouts/bank-accounts", () -> form("registrationNumber", "")));
		table
			.add(get("/staff/treasury/payouts/{id}", PAYMENT_RECORDERS, () -> "/staff/treasury/payouts/" + PAYOUT_RUN));
		table.add(get("/staff/treasury/payouts/{id}/bank.csv", PAYMENT_RECORDERS,
				() -> "/staff/treasury/payouts/" + PAYOUT_RUN + "/bank.csv"));
		for (String move : List.of("review", "export", "cancel")) {
			table.add(post("/staff/treasury/payouts/{id}/" + move, PAYMENT_RECORDERS,
					() -> "/staff/treasury/payouts/" + PAYOUT_RUN + "/" + move, LinkedMultiValueMap::new));
		}
		table.add(post("/staff/treasury/payouts/{id}/paid", PAYMENT_RECORDERS,
				() -> "/staff/treasury/payouts/" + PAYOUT_RUN + "/paid", () -> form("sellerId", SELLER_A, "utr", "")));
		// The offline refunds queue: a part with no refund owed is 404 for everyone, so
		// the POST row names a fresh cancelled part whose refund is owed offline (an
		// empty form is 400).
		table.add(get("/staff/treasury/refunds", PAYMENT_RECORDERS, () -> "/staff/treasury/refunds"));
		table.add(post("/staff/treasury/refunds/{partId}", PAYMENT_RECORDERS,
				() -> "/staff/treasury/refunds/" + offlineRefundPart(), () -> form("mode", "", "reference", "")));
		table.add(get("/api/v1/staff/treasury/payouts", PAYMENT_RECORDERS, () -> "/api/v1/staff/treasury/payouts"));
		table.add(get("/api/v1/staff/treasury/payouts/{id}/lines", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/payouts/" + PAYOUT_RUN + "/lines"));
		table.add(post("/api/v1/staff/treasury/payouts", PAYMENT_RECORDERS, () -> "/api/v1/staff/treasury/payouts",
				LinkedMultiValueMap::new));
		table.add(post("/api/v1/staff/treasury/payouts/{id}/lines/{sellerId}/paid", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/treasury/payouts/" + PAYOUT_RUN + "/lines/" + SELLER_A + "/paid",
				LinkedMultiValueMap::new));
		table.add(post("/staff/orders/{id}/payments", PAYMENT_RECORDERS,
				() -> "/staff/orders/" + this.buyerOrder + "/payments", () -> form("amount", "", "reference", "")));
		table.add(post("/api/v1/staff/orders/{id}/payments", PAYMENT_RECORDERS,
				() -> "/api/v1/staff/orders/" + this.buyerOrder + "/payments", LinkedMultiValueMap::new));
		// Seller A's own cash-on-delivery order; seller B gets 404.
		table.add(post("/api/v1/seller/orders/{partId}/payment", EnumSet.of(Who.SELLER_A),
				() -> "/api/v1/seller/orders/" + this.codOrder + "-1/payment", LinkedMultiValueMap::new));
		// Reviews (issue 14): anyone reads them; only the buyer of a delivered part
		// writes one (anyone else: 403); the listing's seller answers (seller B: 404);
		// officers hide. Each case gets a fresh delivered part or review.
		table.add(get("/listings/{id}/reviews", EVERYONE, () -> "/listings/" + LISTING + "/reviews"));
		table.add(get("/listings/{id}/review", BUYER_A,
				() -> "/listings/" + LISTING + "/review?part=" + freshPart("DELIVERED")));
		table.add(post("/listings/{id}/review", BUYER_A, () -> {
			this.reviewPart = freshPart("DELIVERED");
			return "/listings/" + LISTING + "/review";
		}, () -> form("part", this.reviewPart, "stars", "5", "text", "Matrix review, warm and well made.")));
		table.add(get("/api/v1/listings/{id}/reviews", EVERYONE, () -> "/api/v1/listings/" + LISTING + "/reviews"));
		// JSON: a form body answers 415 to anyone the rules let through.
		table.add(post("/api/v1/listings/{id}/reviews", SIGNED_IN, () -> "/api/v1/listings/" + LISTING + "/reviews",
				LinkedMultiValueMap::new));
		table.add(get("/seller/reviews", SELLERS, () -> "/seller/reviews"));
		table.add(post("/seller/reviews/{id}/answer", EnumSet.of(Who.SELLER_A),
				() -> "/seller/reviews/" + freshReview() + "/answer", () -> form("answer", "Thank you.")));
		table.add(post("/staff/reviews/{id}/hide", OFFICERS, () -> "/staff/reviews/" + freshReview() + "/hide",
				() -> form("reason", "Matrix")));
		// Favourites (issue 14): anyone signed in keeps their own.
		table.add(get("/favourites", SIGNED_IN, () -> "/favourites"));
		table.add(post("/favourites/listings/{id}", SIGNED_IN,
				() -> "/favourites/listings/" + this.listings.listing(SELLER_A, "PUBLISHED"),
				LinkedMultiValueMap::new));
		table.add(post("/favourites/listings/{id}/remove", SIGNED_IN,
				() -> "/favourites/listings/" + LISTING + "/remove", LinkedMultiValueMap::new));
		table.add(post("/favourites/makers/{id}", SIGNED_IN, () -> "/favourites/makers/" + SELLER_A,
				LinkedMultiValueMap::new));
		table.add(post("/favourites/makers/{id}/remove", SIGNED_IN, () -> "/favourites/makers/" + SELLER_A + "/remove",
				LinkedMultiValueMap::new));
		return table;
	}

	/** A review of the shared listing by the test buyer, from a fresh delivered part. */
	/** An allocation line of the matrix deposit, for a case that reverses one. */
	private String freshAllocation() {
		String id = "alc-mx-" + RUN + "-" + SEQUENCE.incrementAndGet();
		this.mongo
			.insert(new Document("_id", id).append("depositId", this.treasuryDeposit)
				.append("centreId", CENTRE)
				.append("month", "2026-11")
				.append("fy", "2026-27")
				.append("signedMinor", 1L)
				.append("currency", "INR")
				.append("at", new java.util.Date())
				.append("by", "usr-test-accounts")
				.append("reverses", null), "treasury_allocations")
			.block();
		return id;
	}

	private String freshReview() {
		return this.context.getBean(Reviews.class)
			.write(SignedIn.buyer(), LISTING, freshPart("DELIVERED"), "4", "Matrix review, fine work.", null)
			.block()
			.id();
	}

	private Document freshOrder(String partStatus) {
		return new FulfilmentFixtures(this.mongo).order(SignedIn.buyer().id(), null, "PAID", partStatus,
				new FulfilmentFixtures.Item(SELLER_A, LISTING, 1, 100_000L));
	}

	private String freshPart(String status) {
		return FulfilmentFixtures.partIds(freshOrder(status)).get(0);
	}

	/** A fresh cancelled part whose refund is owed offline (issue 16's refunds queue). */
	private String offlineRefundPart() {
		String part = freshPart("CANCELLED");
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(part)),
					new org.springframework.data.mongodb.core.query.Update().set("refund",
							new Document("status", "TO_PAY_OFFLINE")),
					"order_parts")
			.block();
		return part;
	}

	private String buyerCancelPath(String prefix) {
		Document order = freshOrder("PAID");
		return prefix + "/orders/" + order.getString("_id") + "/parts/" + FulfilmentFixtures.partIds(order).get(0)
				+ "/cancel";
	}

	private String listingPath(String prefix, String status, String suffix) {
		return prefix + this.listings.listing(SELLER_A, status) + suffix;
	}

	private String photoPath(String prefix, String suffix) {
		String id = this.listings.listingWithPhoto(SELLER_A, "DRAFT");
		return prefix + id + "/photos/" + ListingFixtures.photoId(id) + suffix;
	}

	@Test
	void sellerBCannotReachOrChangeSellerAsListingsThroughAnyListingRoute() {
		Document before = this.listings.stored(this.listingA);
		for (Endpoint endpoint : table()) {
			// Only the seller's own listing routes: the storefront's /listings/{id} and
			// /api/v1/listings/{id} are public product pages.
			if (!endpoint.pattern().contains("/seller/listings/{id}")) {
				continue;
			}
			EntityExchangeResult<byte[]> result = send(endpoint, Who.SELLER_B, true);
			assertThat(result.getStatus().value()).as(endpoint.key()).isEqualTo(404);
		}
		assertThat(this.listings.stored(this.listingA)).isEqualTo(before);
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointAnswersEachPersonWithExactlyTheExpectedAllowOrDeny() {
		return table().stream().flatMap((endpoint) -> EnumSet.allOf(Who.class).stream().map((who) -> {
			Outcome expected = endpoint.allowed().contains(who) ? Outcome.ALLOW : Outcome.DENY;
			String name = who + " " + endpoint.key() + " → " + expected.name().toLowerCase();
			return DynamicTest.dynamicTest(name, () -> {
				EntityExchangeResult<byte[]> result = send(endpoint, who, true);
				assertThat(classify(result))
					.as("%s answered %s (Location %s)", name, result.getStatus(),
							result.getResponseHeaders().getLocation())
					.isEqualTo(expected);
			});
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingPostWithoutTheCsrfTokenIsRefused() {
		return table().stream()
			.filter((endpoint) -> endpoint.method() != HttpMethod.GET)
			.filter((endpoint) -> !SIGNED_WEBHOOKS.contains(endpoint.key()))
			.map((endpoint) -> {
				Who who = endpoint.allowed()
					.stream()
					.filter((person) -> person != Who.ANONYMOUS)
					.findFirst()
					.orElseThrow();
				return DynamicTest.dynamicTest(who + " " + endpoint.key() + " without CSRF token → 403", () -> {
					EntityExchangeResult<byte[]> result = send(endpoint, who, false);
					assertThat(result.getStatus().value()).as(endpoint.key()).isEqualTo(403);
				});
			});
	}

	@Test
	void aWebhookNeedsNoCsrfTokenButAnUnsignedOneIsRefusedAndChangesNothing() {
		for (String webhook : SIGNED_WEBHOOKS) {
			Endpoint endpoint = table().stream().filter((row) -> row.key().equals(webhook)).findFirst().orElseThrow();
			assertThat(send(endpoint, Who.ANONYMOUS, false).getStatus().value()).as(webhook).isEqualTo(400);
		}
		assertThat(this.mongo.findById("evt_forged", Document.class, "payment_events").block()).isNull();
		assertThat(this.mongo.findById(ORDER, Document.class, "orders").block().getString("status"))
			.isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void everyMappedRouteIsInTheMatrixAndEveryRowIsARealRoute() {
		Set<String> mapped = mappedRoutes();
		Set<String> inTable = new TreeSet<>();
		table().forEach((endpoint) -> inTable.add(endpoint.key()));

		Set<String> unruled = new TreeSet<>(mapped);
		unruled.removeAll(inTable);
		assertThat(unruled).as("mapped routes missing from the authorization matrix").isEmpty();

		Set<String> stale = new TreeSet<>(inTable);
		stale.removeAll(mapped);
		stale.removeAll(FILTER_ENDPOINTS);
		assertThat(stale).as("matrix rows that no handler serves").isEmpty();
	}

	// ------------------------------------------------------------------ the reviewer

	/**
	 * Decision 73: the rules' refusal is a 403 (not a handler's 400 or 409 for a form it
	 * could not read), on every row a reviewer may not use.
	 */
	@TestFactory
	Stream<DynamicTest> aReviewerIsRefusedEveryChangeWith403() {
		return table().stream()
			.filter((endpoint) -> endpoint.method() != HttpMethod.GET)
			.filter((endpoint) -> !endpoint.allowed().contains(Who.REVIEWER))
			.map((endpoint) -> DynamicTest.dynamicTest("REVIEWER " + endpoint.key() + " → 403",
					() -> assertThat(send(endpoint, Who.REVIEWER, true).getStatus().value()).as(endpoint.key())
						.isEqualTo(403)));
	}

	/**
	 * Staff reads that answer something else than 200 for the matrix's records, whoever
	 * asks: the people who work on them get the same answer.
	 */
	private static final Map<String, Integer> NOT_200_FOR_ANYONE = Map.of(
			// the seeded payout run is prepared, not yet exported for the bank
			"GET /staff/treasury/payouts/{id}/bank.csv", 409);

	/**
	 * Not just let through: every staff page and resource opens for a reviewer, with the
	 * answer the people who work on it get.
	 */
	@TestFactory
	Stream<DynamicTest> aReviewerOpensEveryStaffPageTheyMayRead() {
		return table().stream()
			.filter((endpoint) -> endpoint.method() == HttpMethod.GET && readsStaffRecords(endpoint.pattern()))
			.filter((endpoint) -> endpoint.allowed().contains(Who.REVIEWER))
			.map((endpoint) -> {
				int expected = NOT_200_FOR_ANYONE.getOrDefault(endpoint.key(), 200);
				return DynamicTest.dynamicTest("REVIEWER " + endpoint.key() + " → " + expected, () -> {
					EntityExchangeResult<byte[]> result = send(endpoint, Who.REVIEWER, true);
					assertThat(result.getStatus().value()).as("%s answered %s", endpoint.key(), describe(result))
						.isEqualTo(expected);
					assertThat(formsThatChangeSomething(result)).as("%s offers the reviewer", endpoint.key()).isEmpty();
					if (expected != 200) {
						Who worker = endpoint.allowed()
							.stream()
							.filter((who) -> who != Who.REVIEWER && who != Who.ANONYMOUS)
							.findFirst()
							.orElseThrow();
						assertThat(send(endpoint, worker, true).getStatus().value())
							.as("%s for %s", endpoint.key(), worker)
							.isEqualTo(expected);
					}
				});
			});
	}

	private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("<form\\b[^>]*>");

	private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("action=\"([^\"]*)\"");

	/** The actions of an HTML page's forms that post, but signing out. */
	private static List<String> formsThatChangeSomething(EntityExchangeResult<byte[]> result) {
		MediaType type = result.getResponseHeaders().getContentType();
		if (type == null || !type.isCompatibleWith(MediaType.TEXT_HTML) || result.getResponseBody() == null) {
			return List.of();
		}
		List<String> actions = new ArrayList<>();
		java.util.regex.Matcher forms = FORM.matcher(new String(result.getResponseBody(), StandardCharsets.UTF_8));
		while (forms.find()) {
			String form = forms.group();
			java.util.regex.Matcher action = ACTION.matcher(form);
			String to = action.find() ? action.group(1) : "";
			if (form.toLowerCase(java.util.Locale.ROOT).contains("method=\"post\"") && !to.equals("/logout")) {
				actions.add(to);
			}
		}
		return actions;
	}

	/** The same pages offer the people who work on them their forms. */
	@Test
	void theFormsAReviewerIsNotOfferedAreThereForAnOfficer() {
		String sheet = "/staff/attendance/centres/" + CENTRE + "/batches/" + BATCH;
		EntityExchangeResult<byte[]> reviewers = get(Who.REVIEWER, sheet);
		assertThat(new String(reviewers.getResponseBody(), StandardCharsets.UTF_8)).as("the reviewer reads the sheet")
			.contains("Matrix Trainee A " + RUN);
		assertThat(formsThatChangeSomething(reviewers)).isEmpty();
		assertThat(formsThatChangeSomething(get(Who.OFFICER, sheet))).contains(sheet + "/marks");
		String application = "/staff/applications/" + application(ApplicationStatus.TEST_PASSED);
		assertThat(formsThatChangeSomething(get(Who.REVIEWER, application))).isEmpty();
		assertThat(formsThatChangeSomething(get(Who.OFFICER, application))).contains(application + "/approve");
	}

	@Test
	void aReviewersRefusedChangesLeaveTheRecordsAsTheyWere() {
		// approve an application
		String application = application(ApplicationStatus.TEST_PASSED);
		Document applicationBefore = this.applications.applicationDocument(application);
		assertThat(reviewerPosts("/staff/applications/" + application + "/approve", form())).isEqualTo(403);
		assertThat(this.applications.applicationDocument(application)).isEqualTo(applicationBefore);
		// suspend a seller
		String seller = freshArtisan("ACTIVE");
		Document sellerBefore = stored("sellers", seller);
		assertThat(reviewerPosts("/staff/sellers/" + seller + "/suspend", form("reason", "Reviewer check")))
			.isEqualTo(403);
		assertThat(stored("sellers", seller)).isEqualTo(sellerBefore);
		// a grant into an SHG's revolving fund
		Document shgBefore = stored("sellers", SHG);
		long entriesBefore = count("shg_fund_entries", "shgId", SHG);
		assertThat(reviewerPosts("/staff/shgs/" + SHG + "/fund-entries",
				form("kind", "GRANT", "amountRupees", "100", "note", "Reviewer grant")))
			.isEqualTo(403);
		assertThat(stored("sellers", SHG)).isEqualTo(shgBefore);
		assertThat(count("shg_fund_entries", "shgId", SHG)).isEqualTo(entriesBefore);
		// a stipend line approved
		String line = OTHER_TRAINEE + ":2026-06";
		this.mongo
			.save(new Document("_id", line).append("traineeId", OTHER_TRAINEE)
				.append("batchId", BATCH)
				.append("month", "2026-06")
				.append("stipend", null)
				.append("amountMinor", 12_345L)
				.append("reason", "Reviewer check")
				.append("state", "COMPUTED")
				.append("approvedBy", null)
				.append("paymentReference", null)
				.append("at", new java.util.Date()), "stipend_lines")
			.block();
		Document lineBefore = stored("stipend_lines", line);
		String stipends = "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/stipends/";
		assertThat(reviewerPosts(stipends + line + "/approve", form("month", "2026-06"))).isEqualTo(403);
		assertThat(reviewerPosts(stipends + line + "/paid", form("month", "2026-06", "reference", "DBT0042")))
			.isEqualTo(403);
		assertThat(stored("stipend_lines", line)).isEqualTo(lineBefore);
		// money into and out of the treasury deposit
		Document depositBefore = stored("treasury_deposits", this.treasuryDeposit);
		String allocation = freshAllocation();
		long allocationsBefore = count("treasury_allocations", "depositId", this.treasuryDeposit);
		assertThat(reviewerPosts("/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations",
				form("centreId", CENTRE, "month", "2026-11", "amount", "1")))
			.isEqualTo(403);
		assertThat(reviewerPosts(
				"/staff/treasury/deposits/" + this.treasuryDeposit + "/allocations/" + allocation + "/reverse", form()))
			.isEqualTo(403);
		assertThat(stored("treasury_deposits", this.treasuryDeposit)).isEqualTo(depositBefore);
		assertThat(count("treasury_allocations", "depositId", this.treasuryDeposit)).isEqualTo(allocationsBefore);
		// The same approval by an officer does change the line: the reviewer's request
		// was one that changes something.
		assertThat(post(Who.OFFICER, stipends + line + "/approve", form("month", "2026-06"))).isEqualTo(303);
		assertThat(stored("stipend_lines", line).getString("state")).isEqualTo("APPROVED");
	}

	@Test
	void aReviewerStillGets404ForPagesThatDoNotExistAndStillManagesTheirOwnAccount() {
		assertThat(reviewerPosts("/staff/no-such-page-" + RUN, form())).isEqualTo(404);
		assertThat(get(Who.REVIEWER, "/staff/no-such-page-" + RUN).getStatus().value()).isEqualTo(404);
		assertThat(reviewerPosts("/account/password",
				form("current", "not the password", "password", LOGIN_PASSWORD, "confirm", LOGIN_PASSWORD)))
			.as("the form is read and answered, not refused")
			.isNotIn(401, 403, 404);
		assertThat(reviewerPosts("/logout", form())).isEqualTo(302);
	}

	private int reviewerPosts(String path, MultiValueMap<String, String> form) {
		return post(Who.REVIEWER, path, form);
	}

	private int post(Who who, String path, MultiValueMap<String, String> form) {
		return client(who).mutateWith(csrf())
			.post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectBody()
			.returnResult()
			.getStatus()
			.value();
	}

	private Document stored(String collection, String id) {
		return this.mongo.findById(id, Document.class, collection).block();
	}

	private long count(String collection, String field, String value) {
		return this.mongo.count(Query.query(Criteria.where(field).is(value)), collection).block();
	}

	// ------------------------------------------------------------------ every method

	/**
	 * Every route of the table with every HTTP method, for every person. The methods a
	 * route maps are the table's rows (checked above, with real bodies); here:
	 * <ul>
	 * <li>HEAD on a route that maps GET answers exactly as its GET row says, with no
	 * body;
	 * <li>any other method is refused (401, 403, 404, the sign-in redirect; 400 for
	 * TRACE, from the firewall) or answered 405. The one exception is OPTIONS, which may
	 * answer 2xx (the {@code Allow} header, no body) to a signed-in person, or to a
	 * visitor where the route is open to visitors: never to an anonymous visitor on a
	 * protected route, nor to the metrics account.
	 * </ul>
	 * A method that another route maps for this path (POST {@code /seller/listings/new}
	 * is POST {@code /seller/listings/{id}}) is that route's, so it is not checked here.
	 * Unsafe methods carry the CSRF token, so that the rules are what answers.
	 */
	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEveryOtherMethodOnlyAsItsRulesAllow() {
		Map<String, List<PathPattern>> mappedByMethod = mappedPatternsByMethod();
		Map<String, List<Endpoint>> routes = new LinkedHashMap<>();
		table().forEach((row) -> routes.computeIfAbsent(row.pattern(), (pattern) -> new ArrayList<>()).add(row));
		return routes.values().stream().flatMap((rows) -> {
			Endpoint getRow = rows.stream().filter((row) -> row.method() == HttpMethod.GET).findFirst().orElse(null);
			String path = ((getRow != null) ? getRow : rows.get(0)).path().get();
			String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
			Set<Who> anyMethod = EnumSet.noneOf(Who.class);
			rows.forEach((row) -> anyMethod.addAll(row.allowed()));
			return Stream.of(HttpMethod.values())
				.filter((method) -> rows.stream().noneMatch((row) -> row.method() == method))
				.filter((method) -> method == HttpMethod.HEAD && getRow != null
						|| !mappedElsewhere(mappedByMethod, method, pathOnly))
				.map((method) -> DynamicTest.dynamicTest(method + " " + rows.get(0).pattern(), () -> {
					List<String> wrong = new ArrayList<>();
					for (Who who : Who.values()) {
						String answer = (method == HttpMethod.HEAD && getRow != null) ? headAsGet(getRow, path, who)
								: otherMethod(method, path, who, anyMethod.contains(who));
						if (answer != null) {
							wrong.add(who + ": " + answer);
						}
					}
					assertThat(wrong).as("%s %s", method, path).isEmpty();
				}));
		});
	}

	/** Null when HEAD answered as the GET row says, otherwise what was wrong. */
	private String headAsGet(Endpoint getRow, String path, Who who) {
		EntityExchangeResult<byte[]> result = request(HttpMethod.HEAD, path, who,
				path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		Outcome expected = getRow.allowed().contains(who) ? Outcome.ALLOW : Outcome.DENY;
		if (result.getStatus().is5xxServerError() || classify(result) != expected) {
			return "expected " + expected + ", answered " + describe(result);
		}
		byte[] body = result.getResponseBody();
		return (body == null || body.length == 0) ? null : "HEAD answered with a body";
	}

	/** Null when a method the route does not map was refused as it should be. */
	private String otherMethod(HttpMethod method, String path, Who who, boolean mayUseTheRoute) {
		EntityExchangeResult<byte[]> result = request(method, path, who, MediaType.APPLICATION_JSON);
		int status = result.getStatus().value();
		if (status == 405 || (status < 500 && classify(result) == Outcome.DENY)) {
			return null;
		}
		if (method == HttpMethod.TRACE && status == 400) {
			return null; // Spring Security's firewall refuses TRACE before any rule
		}
		boolean optionsMayAnswer = method == HttpMethod.OPTIONS && who != Who.METRICS
				&& (who != Who.ANONYMOUS || mayUseTheRoute);
		byte[] body = result.getResponseBody();
		if (optionsMayAnswer && result.getStatus().is2xxSuccessful() && (body == null || body.length == 0)) {
			return null;
		}
		return "answered " + describe(result);
	}

	private EntityExchangeResult<byte[]> request(HttpMethod method, String path, Who who, MediaType accept) {
		return this.clientsWithCsrf.computeIfAbsent(who, (person) -> client(person).mutateWith(csrf()))
			.method(method)
			.uri(path)
			.accept(accept)
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static String describe(EntityExchangeResult<byte[]> result) {
		URI location = result.getResponseHeaders().getLocation();
		return result.getStatus().value() + ((location != null) ? " to " + location : "");
	}

	/** The patterns of every mapped route, by method (HEAD is GET's). */
	private Map<String, List<PathPattern>> mappedPatternsByMethod() {
		Map<String, List<PathPattern>> patterns = new LinkedHashMap<>();
		for (String route : mappedRoutes()) {
			String[] methodAndPattern = route.split(" ", 2);
			patterns.computeIfAbsent(methodAndPattern[0], (method) -> new ArrayList<>())
				.add(PathPatternParser.defaultInstance.parse(methodAndPattern[1]));
		}
		return patterns;
	}

	private static boolean mappedElsewhere(Map<String, List<PathPattern>> mappedByMethod, HttpMethod method,
			String path) {
		String mapping = (method == HttpMethod.HEAD) ? "GET" : method.name();
		PathContainer container = PathContainer.parsePath(path);
		return mappedByMethod.getOrDefault(mapping, List.of())
			.stream()
			.anyMatch((pattern) -> pattern.matches(container));
	}

	// ------------------------------------------------------------------ ownership

	@Test
	void eachSellersIdCardCarriesTheirOwnRegistrationNumberWhateverTheAddressSays() {
		String cardA = pdfText(get(Who.SELLER_A, "/seller/id-card.pdf?sellerId=" + SELLER_B + "&id=" + SELLER_B));
		assertThat(cardA).contains(NUMBER_A).doesNotContain(NUMBER_B);
		String cardB = pdfText(get(Who.SELLER_B, "/seller/id-card.pdf"));
		assertThat(cardB).contains(NUMBER_B).doesNotContain(NUMBER_A);
	}

	@Test
	void sellerACannotReachSellerBsDataThroughAnyStaffRoute() {
		for (String path : List.of("/staff/sellers/" + SELLER_B + "/id-card.pdf", "/staff/sellers/" + SELLER_B,
				"/staff/sellers?q=" + SELLER_B, "/staff/shgs/" + SHG)) {
			assertThat(get(Who.SELLER_A, path).getStatus().value()).as(path).isIn(403, 404);
		}
	}

	@Test
	void sellerACannotChangeSellerBByPostingBsIdAnywhere() {
		Document before = this.mongo.findById(SELLER_B, Document.class, "sellers").block();
		String userB = user("usr-mx-seller-b-" + RUN, SELLER_B + "@example.in", List.of("SELLER"), SELLER_B, null);
		Map<String, MultiValueMap<String, String>> attempts = new LinkedHashMap<>();
		attempts.put("/staff/sellers/" + SELLER_B + "/suspend", form("reason", "posing as staff"));
		attempts.put("/admin/users/" + userB + "/roles", form("roles", "ADMIN", "reason", "escalate"));
		attempts.put("/admin/users/" + userB + "/enabled", form("enabled", "false", "reason", "lock out"));
		attempts.put("/staff/shgs/" + SHG + "/fund-entries",
				form("kind", "UTILISATION", "amountRupees", "1", "note", "for " + SELLER_B, "sellerId", SELLER_B));
		attempts.put("/logout", form("sellerId", SELLER_B));
		for (Map.Entry<String, MultiValueMap<String, String>> attempt : attempts.entrySet()) {
			int status = client(Who.SELLER_A).mutateWith(csrf())
				.post()
				.uri(attempt.getKey())
				.body(BodyInserters.fromFormData(attempt.getValue()))
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value();
			if (!attempt.getKey().equals("/logout")) {
				assertThat(status).as(attempt.getKey()).isIn(403, 404);
			}
		}
		Document after = this.mongo.findById(SELLER_B, Document.class, "sellers").block();
		assertThat(after).isEqualTo(before);
		Document storedUserB = this.mongo.findById(userB, Document.class, "users").block();
		assertThat(storedUserB.getList("roles", String.class)).containsExactly("SELLER");
		assertThat(storedUserB.getBoolean("enabled")).isTrue();
	}

	@Test
	void anShgSellerReadsOnlyItsOwnFund() {
		WebTestClient shgSeller = this.http.mutateWith(SignedIn.as(SignedIn.seller(SHG)));
		String page = shgSeller.get()
			.uri("/seller/fund?shgId=" + OTHER_SHG + "&id=" + OTHER_SHG)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Matrix Weavers SHG " + RUN)
			.doesNotContain("Other Weavers SHG " + RUN)
			.doesNotContain("Other SHG grant " + RUN);
		assertThat(get(Who.SELLER_A, "/seller/fund?shgId=" + SHG).getStatus().value()).isEqualTo(404);
	}

	@Test
	void theSellerHomePageShowsTheSignedInSellersOwnRecord() {
		EntityExchangeResult<byte[]> page = get(Who.SELLER_A, "/seller?sellerId=" + SELLER_B);
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(new String(page.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("Deskit Angmo " + RUN)
			.doesNotContain("Padma Dolkar " + RUN)
			.doesNotContain(NUMBER_B);
	}

	@Test
	void aTraineeSeesOnlyTheirOwnAttendanceAndStipendsWhateverIdTheySend() {
		String page = new String(get(Who.TRAINEE, "/trainee?traineeId=" + OTHER_TRAINEE + "&lang=en").getResponseBody(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Matrix Trainee A " + RUN, "₹100")
			.doesNotContain("Matrix Trainee B " + RUN)
			.doesNotContain("456.78");
		EntityExchangeResult<byte[]> statement = get(Who.TRAINEE, "/trainee/statement.pdf?traineeId=" + OTHER_TRAINEE);
		assertThat(statement.getStatus().value()).isEqualTo(200);
		assertThat(pdfText(statement)).contains("Matrix Trainee A " + RUN).doesNotContain("Matrix Trainee B " + RUN);
		String othersStatement = "/staff/centres/" + CENTRE + "/batches/" + BATCH + "/trainees/" + OTHER_TRAINEE
				+ "/statement.pdf";
		assertThat(get(Who.TRAINEE, othersStatement).getStatus().value()).isIn(403, 404);
		assertThat(get(Who.BUYER, "/trainee").getStatus().value()).isEqualTo(403);
		// The centre prints the other trainee's statement; another centre's manager
		// cannot.
		assertThat(pdfText(get(Who.INSTRUCTOR, othersStatement))).contains("Matrix Trainee B " + RUN);
		assertThat(get(Who.CENTRE_B, othersStatement).getStatus().value()).isIn(403, 404);
	}

	private static Document matrixTrainee(String id, String name) {
		return new Document("traineeId", id).append("name", name)
			.append("status", "ENROLLED")
			.append("outcome", "NONE")
			.append("artisanId", null);
	}

	@Test
	void everyPersonLandsAfterSignInOnAPageTheyMayOpen() {
		Map<Who, MarketplaceUser> people = new LinkedHashMap<>();
		for (Who who : SIGNED_IN) {
			people.put(who, principal(who));
		}
		for (Map.Entry<Who, MarketplaceUser> person : people.entrySet()) {
			MarketplaceUser principal = person.getValue();
			String login = "mx-landing-" + person.getKey().name().toLowerCase() + "-" + RUN + "@example.in";
			user("usr-mx-landing-" + person.getKey() + "-" + RUN, login,
					principal.roles().stream().map(Enum::name).toList(), principal.sellerId(), LOGIN_PASSWORD);
			URI landing = this.http.mutateWith(csrf())
				.post()
				.uri("/login")
				.body(BodyInserters.fromFormData("username", login).with("password", LOGIN_PASSWORD))
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.returnResult(Void.class)
				.getResponseHeaders()
				.getLocation();
			assertThat(landing).as("%s signed in", person.getKey()).isNotNull();
			assertThat(landing.toString()).as("%s signed in", person.getKey()).doesNotStartWith("/login");
			assertThat(classify(get(person.getKey(), landing.toString())))
				.as("%s lands on %s", person.getKey(), landing)
				.isEqualTo(Outcome.ALLOW);
		}
	}

	// ------------------------------------------------------------------ requests

	record Endpoint(HttpMethod method, String pattern, Set<Who> allowed, Supplier<String> path,
			Supplier<MultiValueMap<String, String>> form, boolean multipart) {

		Endpoint {
			allowed = asReviewerMay(method, pattern, allowed);
		}

		String key() {
			return this.method.name() + " " + this.pattern;
		}

	}

	/** What every signed-in person may post about their own account, reviewers too. */
	private static final Set<String> OWN_ACCOUNT_POSTS = Set.of("/login", "/logout", "/account/password");

	/**
	 * Decision 73 in every row: a REVIEWER reads every staff page and staff API resource
	 * (GET under {@code /staff} and {@code /api/v1/staff}) except the empty forms that
	 * create a record ({@code .../new}) and what nobody may open (an id that does not
	 * exist), and changes nothing: every other method is refused, except signing in,
	 * signing out and changing their own password. Elsewhere a GET row's own people say
	 * whether a reviewer is among them (the public pages, their own account: yes; a
	 * seller's, a buyer's, a trainee's pages, {@code /admin}: no).
	 */
	private static Set<Who> asReviewerMay(HttpMethod method, String pattern, Set<Who> allowed) {
		Set<Who> people = allowed.isEmpty() ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(allowed);
		if (method != HttpMethod.GET) {
			if (!(method == HttpMethod.POST && OWN_ACCOUNT_POSTS.contains(pattern))) {
				people.remove(Who.REVIEWER);
			}
		}
		else if (readsStaffRecords(pattern) && !pattern.endsWith("/new") && !people.isEmpty()) {
			people.add(Who.REVIEWER);
		}
		return people;
	}

	private static boolean readsStaffRecords(String pattern) {
		return pattern.equals("/staff") || pattern.startsWith("/staff/") || pattern.startsWith("/api/v1/staff/");
	}

	private static Endpoint get(String pattern, Set<Who> allowed, Supplier<String> path) {
		return new Endpoint(HttpMethod.GET, pattern, allowed, path, null, false);
	}

	private static Endpoint post(String pattern, Set<Who> allowed, Supplier<String> path,
			Supplier<MultiValueMap<String, String>> form) {
		return new Endpoint(HttpMethod.POST, pattern, allowed, path, form, false);
	}

	/** The application form is multipart; an empty one answers 400 with messages. */
	private static Endpoint multipart(String pattern, Set<Who> allowed, Supplier<String> path) {
		return new Endpoint(HttpMethod.POST, pattern, allowed, path, LinkedMultiValueMap::new, true);
	}

	private EntityExchangeResult<byte[]> send(Endpoint endpoint, Who who, boolean withCsrf) {
		WebTestClient client = client(who);
		if (withCsrf) {
			client = client.mutateWith(csrf());
		}
		String path = endpoint.path().get();
		MediaType accept = path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML;
		if (endpoint.method() == HttpMethod.GET) {
			return client.get().uri(path).accept(accept).exchange().expectBody().returnResult();
		}
		if (endpoint.method() == HttpMethod.PUT) {
			return client.put()
				.uri(path)
				.accept(accept)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectBody()
				.returnResult();
		}
		if (endpoint.method() == HttpMethod.DELETE) {
			return client.delete().uri(path).accept(accept).exchange().expectBody().returnResult();
		}
		if (endpoint.multipart()) {
			MultipartBodyBuilder parts = new MultipartBodyBuilder();
			parts.part("name", "");
			return client.post()
				.uri(path)
				.accept(accept)
				.body(BodyInserters.fromMultipartData(parts.build()))
				.exchange()
				.expectBody()
				.returnResult();
		}
		return client.post()
			.uri(path)
			.accept(accept)
			.body(BodyInserters.fromFormData(endpoint.form().get()))
			.exchange()
			.expectBody()
			.returnResult();
	}

	private EntityExchangeResult<byte[]> get(Who who, String path) {
		return client(who).get().uri(path).exchange().expectBody().returnResult();
	}

	private WebTestClient client(Who who) {
		return switch (who) {
			case ANONYMOUS -> this.http;
			// As the security configuration's own user details service makes it.
			case METRICS -> this.http.mutateWith(SecurityMockServerConfigurers.mockUser("metrics").roles("METRICS"));
			default -> this.http.mutateWith(SignedIn.as(principal(who)));
		};
	}

	private static MarketplaceUser principal(Who who) {
		return switch (who) {
			case ANONYMOUS, METRICS -> throw new IllegalArgumentException(who + " is not a person's account");
			case BUYER -> SignedIn.buyer();
			case BUYER_B -> SignedIn.user("usr-test-buyer-b", "buyer-b@example.in", Set.of(Role.BUYER), null);
			case SELLER_A -> SignedIn.seller(SELLER_A);
			case SELLER_B -> SignedIn.seller(SELLER_B);
			case SHG_A -> SignedIn.seller(SHG);
			case SHG_B -> SignedIn.seller(OTHER_SHG);
			case CENTRE_A -> SignedIn.seller(CENTRE);
			case CENTRE_B -> SignedIn.seller(OTHER_CENTRE);
			case TRAINEE -> SignedIn.user(TRAINEE_USER, "9906012345", Set.of(Role.TRAINEE), null);
			case INSTRUCTOR -> SignedIn.instructor();
			case OFFICER -> SignedIn.officer();
			case ACCOUNTS -> SignedIn.accounts();
			case REVIEWER -> SignedIn.reviewer();
			case ADMIN -> SignedIn.admin();
		};
	}

	/** See the class comment for what counts as allow and deny. */
	private static Outcome classify(EntityExchangeResult<byte[]> result) {
		int status = result.getStatus().value();
		if (status >= 500) {
			fail("%s %s answered %d: a server error is never an acceptable answer", result.getMethod(), result.getUrl(),
					status);
		}
		if (status == 401 || status == 403 || status == 404) {
			return Outcome.DENY;
		}
		if (status >= 300 && status < 400) {
			URI location = result.getResponseHeaders().getLocation();
			if (location != null && "/login".equals(location.getPath()) && location.getQuery() == null) {
				return Outcome.DENY;
			}
		}
		return Outcome.ALLOW;
	}

	// ------------------------------------------------------------------ routes

	/** "METHOD pattern" of every mapped handler method and router function route. */
	private Set<String> mappedRoutes() {
		return MappedRoutes.of(this.context);
	}

	// ------------------------------------------------------------------ fixtures

	private static int next() {
		return SEQUENCE.incrementAndGet();
	}

	private String application(ApplicationStatus status) {
		return this.applications.application(status, District.LEH, RegistrationFixtures.newMobile(), Instant.now());
	}

	private String freshArtisan(String status) {
		int n = next();
		String id = "art-mx-" + RUN + "-" + n;
		this.sellers.artisan(id, "Matrix Artisan " + n, "KGL/HC/2018/" + String.format("%04d", n), status,
				LocalDate.now().plusYears(2));
		return id;
	}

	private String freshUser() {
		return user("usr-mx-" + RUN + "-" + next(), "mx-user-" + next() + "-" + RUN + "@example.in", List.of("BUYER"),
				null, null);
	}

	private String freshSynonymGroup() {
		String id = "mxsyn" + RUN + "x" + next();
		this.mongo
			.save(new Document("_id", id).append("terms", List.of(id, id + "alt"))
				.append("updatedBy", "usr-test-officer")
				.append("updatedAt", new java.util.Date()), "search_synonyms")
			.block();
		return id;
	}

	/** A common facility centre, made once per run. */
	private String cfcSeed() {
		String id = "cfc-mx-" + RUN;
		if (this.mongo.findById(id, Document.class, "cfcs").block() == null) {
			this.mongo
				.insert(new Document("_id", id).append("name", "Matrix CFC " + RUN)
					.append("district", "KARGIL")
					.append("village", "Trespone"), "cfcs")
				.block();
		}
		return id;
	}

	/** A machine in order at the matrix CFC, made once per run. */
	private String machineSeed() {
		String id = "mch-mx-" + RUN;
		if (this.mongo.findById(id, Document.class, "cfc_machines").block() == null) {
			this.mongo
				.insert(new Document("_id", id).append("cfcId", cfcSeed())
					.append("name", "Matrix loom")
					.append("make", "Make")
					.append("model", "Model")
					.append("scheme", "SDP")
					.append("installedOn", "2022-11-15")
					.append("status", "IN_ORDER")
					.append("version", 0L), "cfc_machines")
				.block();
		}
		return id;
	}

	/** A coming booking of seller A's, new per case. */
	private String freshBooking() {
		String id = machineSeed() + "-" + next() + ":2099-01-01:MORNING";
		this.mongo
			.insert(new Document("_id", id).append("machineId", machineSeed())
				.append("cfcId", cfcSeed())
				.append("day", "2099-01-01")
				.append("slot", "MORNING")
				.append("sellerId", SELLER_A)
				.append("by", "usr-test-seller-" + SELLER_A)
				.append("at", new java.util.Date()), "cfc_bookings")
			.block();
		return id;
	}

	/** A unit holder (owned by seller A) or a co-operative society, made once per run. */
	private String unitSeller(String kind) {
		String id = ("UNIT_HOLDER".equals(kind) ? "unit-mx-" : "coop-mx-") + RUN;
		Document seller = new Document("_id", id).append("type", kind)
			.append("name", "Matrix " + kind + " " + RUN)
			.append("district", "LEH")
			.append("village", "Stok")
			.append("crafts", List.of("thangka-painting"))
			.append("status", "ACTIVE")
			.append("registrationNumber", ("UNIT_HOLDER".equals(kind) ? "LEH/UH/2019/" : "LEH/CS/2019/") + NUMBER_BASE);
		if ("UNIT_HOLDER".equals(kind)) {
			seller.append("unit", new Document("ownerId", SELLER_A).append("ownerRegistration", NUMBER_A));
		}
		else {
			seller.append("coop", new Document("actRegistration", "MX/" + RUN).append("members",
					List.of(new Document("name", "Member One"), new Document("name", "Member Two"))));
		}
		if (this.mongo.findById(id, Document.class, "sellers").block() == null) {
			this.sellers.insert(seller);
		}
		return id;
	}

	private String freshPendingShg() {
		String id = "shg-mx-" + RUN + "-" + next();
		this.sellers.insert(shg(id, "Pending SHG " + id, "PENDING"));
		return id;
	}

	private String freshTrainee(String status) {
		String id = "trn-mx-" + next();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(BATCH)),
				new Update().push("trainees",
						new Document("traineeId", id).append("name", "Trainee " + id)
							.append("status", status)
							.append("outcome", "NONE")
							.append("artisanId", null)),
				"centre_batches")
			.block();
		return id;
	}

	private static Document shg(String id, String name, String status) {
		return new Document("_id", id).append("type", "SHG")
			.append("name", name)
			.append("district", "LEH")
			.append("block", "Leh")
			.append("village", "Saboo")
			.append("crafts", List.of("pashmina-weaving"))
			.append("status", status)
			.append("shg",
					new Document("dateFormed", "2024-06-01").append("memberIds", List.of(SELLER_A, SELLER_B))
						.append("officeBearers",
								new Document("presidentId", SELLER_A).append("secretaryId", SELLER_B)
									.append("treasurerId", SELLER_A))
						.append("bankAccount", new Document("last4", "3210").append("ifsc", "SBIN0001234"))
						.append("fundBalanceMinor", 0L));
	}

	private String user(String id, String login, List<String> roles, String sellerId, String password) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), "users").block();
		this.mongo
			.insert(new Document("_id", id).append("login", login)
				.append("displayName", "Matrix " + id)
				.append("passwordHash", (password != null) ? this.encoder.encode(password) : null)
				.append("roles", roles)
				.append("sellerId", sellerId)
				.append("enabled", true)
				.append("createdAt", new java.util.Date())
				.append("lastLoginAt", null), "users")
			.block();
		return id;
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static String pdfText(EntityExchangeResult<byte[]> result) {
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(result.getResponseBody())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
