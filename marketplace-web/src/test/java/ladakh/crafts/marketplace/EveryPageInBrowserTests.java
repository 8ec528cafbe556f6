package ladakh.crafts.marketplace;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.MappedRoutes;
import ladakh.crafts.marketplace.testsupport.PageInspection;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each kind of person can reach, walked in a real Chromium at phone width, in
 * English and then in Hindi, over the demo data: from the person's home page, every link
 * on every page is followed (one page per kind of address, so one product page stands for
 * all of them), and each page is inspected ({@link PageInspection}): no error status the
 * person should not get, no message key, code, internal id or ISO date shown as text, no
 * sideways scrolling, and no WCAG 2.1 AA violation that axe-core finds (in English, and
 * on the home page in Hindi: its rules look at structure, names and colours, which the
 * language does not change; every Hindi page must say it is in Hindi).
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageInBrowserTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String PASSWORD = "ladakh-demo-2026";

	/** Enough for every kind of page a person reaches; a runaway crawl stops here. */
	private static final int MOST_PAGES = 90;

	/** A path segment after one of these words is a record's id or slug. */
	private static final Set<String> COLLECTIONS = Set.of("crafts", "sellers", "listings", "orders", "shgs", "centres",
			"applications", "batches", "synonyms", "verify", "placed", "parts", "trainees", "users", "tests",
			"exhibitions", "reviews", "favourites", "terms");

	/**
	 * Pages no link leads to, by design, each with the reason; every other GET page of
	 * the route table must be reached by someone's walk.
	 */
	private static final Map<String, String> UNLINKED = Map.of("/listings/{id}/reviews",
			"linked from a product page once it has more than five reviews; the demo has no reviews",
			"/checkout/return", "where the card payment page sends the buyer back", "/register/artisan/submitted",
			"shown after the registration form is sent", "/checkout/placed/{id}", "shown after checkout", "/style",
			"the living style guide, for the team, not linked from public pages", "/seller/exhibitions/{id}/apply",
			"linked while an exhibition takes applications (the demo's Dosmoche Mela 2027 until 10 Jan 2027)",
			"/seller/stalls/{id}",
			"linked from the seller's stalls while they hold one at an exhibition on now or coming; the demo's "
					+ "sellers with sign-ins hold none",
			"/staff/kits/{id}", "linked from the tool kits list once an ex-trainee applies; the demo has none");

	/** Not pages: documents, data, sign-out and the language switch. */
	private static final List<String> NOT_PAGES = List.of("/api/", "/media/", "/actuator", "/logout", "/webhooks/",
			"/v3/", "/swagger", "/test-only/", "/unruled/");

	enum Person {

		ANONYMOUS(null), BUYER("buyer@demo.ladakh"), ARTISAN("artisan@demo.ladakh"), SHG("shg@demo.ladakh"),
		// the demo trainee signs in by mobile number (issue 17)
		TRAINEE("9906000101"), INSTRUCTOR("instructor@demo.ladakh"), OFFICER("officer@demo.ladakh"),
		ACCOUNTS("accounts@demo.ladakh"), REVIEWER("reviewer@demo.ladakh"), ADMIN("admin@demo.ladakh");

		final String login;

		Person(String login) {
			this.login = login;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ApplicationContext context;

	private PageInspection inspection;

	/** The kinds of page the visitor (signed out) walked; the persons run in order. */
	private final Set<String> publicKinds = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * The kinds of page the officer walked. The administrator manages the department as
	 * the officer does, through the same pages drawn the same way (decision 0073 draws
	 * them differently only for those who may not change things), so the administrator
	 * walks only the pages the officer could not reach.
	 */
	private final Set<String> officerKinds = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Every page any person's walk reached. */
	private final Set<String> reached = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@DynamicPropertySource
	static void demo(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "every-page-walk");
		registry.add("marketplace.catalog.index.alias", () -> "test-every-page-" + RUN);
		registry.add("marketplace.demo-data.enabled", () -> "true");
		registry.add("marketplace.embedded.mongo.active", () -> "true");
	}

	@BeforeAll
	void demoDataAndAnOrder() {
		PhoneBrowser.requireChromium();
		WebClient http = WebClient.create(base());
		// The demo loads at start and the catalog sync indexes it soon after: wait for
		// the
		// home page to show products.
		new FluentWait<>(http).withTimeout(Duration.ofMinutes(3))
			.pollingEvery(Duration.ofSeconds(1))
			.until((client) -> String.valueOf(client.get().uri("/").retrieve().bodyToMono(String.class).block())
				.contains("product-card"));
		Set<String> crafts = this.mongo.findAll(Document.class, "crafts")
			.map((craft) -> craft.getString("_id"))
			.collect(Collectors.toSet())
			.block();
		this.inspection = new PageInspection(crafts);
		// The demo has no orders: one for the demo buyer, with a part for the demo
		// artisan
		// and one for the demo SHG, so the order pages of all three are walked too.
		ListingFixtures listings = new ListingFixtures(this.mongo);
		String shawl = titled(listings.listing("art-0001", "PUBLISHED"), "Hand-spun pashmina shawl",
				"हाथ से कता पश्मीना शॉल");
		String socks = titled(listings.listing("shg-0001", "PUBLISHED"), "Woollen socks, natural grey",
				"ऊनी मोज़े, प्राकृतिक स्लेटी");
		Document order = new FulfilmentFixtures(this.mongo).order("usr-demo-buyer", "buyer@demo.ladakh", "PAID", "PAID",
				new FulfilmentFixtures.Item("art-0001", shawl, 1, 250_000),
				new FulfilmentFixtures.Item("shg-0001", socks, 2, 120_000));
		// A delivered part, so the buyer's order page offers to review it.
		Document delivered = new FulfilmentFixtures(this.mongo).order("usr-demo-buyer", "buyer@demo.ladakh", "PAID",
				"DELIVERED", new FulfilmentFixtures.Item("art-0001", shawl, 1, 250_000));
		Map<String, String> titles = Map.of(shawl, "Hand-spun pashmina shawl", socks, "Woollen socks, natural grey");
		for (Document placed : List.of(order, delivered)) {
			for (String part : FulfilmentFixtures.partIds(placed)) {
				String listing = this.mongo.findById(part, Document.class, "order_parts")
					.block()
					.getList("lines", Document.class)
					.get(0)
					.getString("listingId");
				this.mongo
					.updateFirst(Query.query(Criteria.where("_id").is(part)),
							Update.update("lines.0.title", titles.get(listing)), "order_parts")
					.block();
			}
		}
		assertThat(crafts).as("the demo's crafts").hasSizeGreaterThan(10);
	}

	@ParameterizedTest
	@EnumSource(Person.class)
	@Order(1)
	void everyPageThePersonReachesWorksAtPhoneWidthInEnglishAndHindi(Person person) throws IOException {
		ChromeDriver browser = PhoneBrowser.start("every-page-" + person.name().toLowerCase());
		this.inspection.loadAxeIntoEveryPage(browser);
		try {
			// The walk starts where signing in lands the person: their own start page.
			String home = (person.login != null) ? signIn(browser, person.login) : "/";
			if (person == Person.BUYER) {
				putSomethingInTheCart(browser);
			}
			Map<String, List<String>> problems = new LinkedHashMap<>();
			browser.get(base() + home + "?lang=en");
			List<String> pages = walk(browser, home, person, problems);
			browser.get(base() + home + "?lang=hi");
			// axe-core checks the home page in Hindi too; the other pages' structure it
			// checked in English.
			record(problems, "hi " + home, this.inspection.problems(browser));
			for (String page : pages) {
				browser.get(base() + page);
				record(problems, "hi " + page, this.inspection.problemsInLanguage(browser, "hi"));
			}
			assertThat(pages).as("pages walked").isNotEmpty();
			assertThat(problems)
				.as("problems on %d pages for %s (in English and Hindi): %s", pages.size(), person, report(problems))
				.isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	@Order(2)
	void everyPageOfTheRouteTableIsReachedBySomeone() {
		List<String> unreached = MappedRoutes.of(this.context)
			.stream()
			.filter((route) -> route.startsWith("GET ") || route.startsWith("ANY "))
			.map((route) -> route.substring(4))
			.filter((pattern) -> sameSite(pattern.replaceAll("\\{[^}]*}", "x")) != null)
			.filter((pattern) -> !UNLINKED.containsKey(pattern))
			.filter((
					pattern) -> this.reached.stream()
						.noneMatch((page) -> PathPatternParser.defaultInstance.parse(pattern)
							.matches(PathContainer
								.parsePath(page.contains("?") ? page.substring(0, page.indexOf('?')) : page))))
			.toList();
		assertThat(unreached).as("GET pages no walk reached (link them, or say in UNLINKED why nothing does)")
			.isEmpty();
	}

	/** Follows every link from the person's home page, one page per kind of address. */
	private List<String> walk(ChromeDriver browser, String home, Person person, Map<String, List<String>> problems) {
		// The visitor also starts at an exhibition whose stalls were drawn: its stall
		// map,
		// participants and draw record are the richest exhibition pages of the demo.
		List<String> starts = switch (person) {
			case BUYER -> List.of(home, "/", "/cart");
			case ANONYMOUS -> List.of(home, "/", "/exhibitions/ladakh-festival-2026");
			default -> List.of(home, "/");
		};
		Deque<String> queue = new ArrayDeque<>(starts);
		// The public pages the visitor walked differ for a signed-in person only in the
		// header, which their home page and their own pages show: not walked again.
		Set<String> kinds = new LinkedHashSet<>((person == Person.ANONYMOUS) ? Set.of() : this.publicKinds);
		if (person == Person.ADMIN) {
			kinds.addAll(this.officerKinds);
		}
		starts.forEach((start) -> kinds.remove(kind(start)));
		List<String> walked = new ArrayList<>();
		while (!queue.isEmpty() && walked.size() < MOST_PAGES) {
			String page = queue.poll();
			if (!kinds.add(kind(page))) {
				continue;
			}
			browser.get(base() + page);
			walked.add(page);
			this.reached.add(page);
			if (person == Person.ANONYMOUS) {
				this.publicKinds.add(kind(page));
			}
			if (person == Person.OFFICER) {
				this.officerKinds.add(kind(page));
			}
			record(problems, "en " + page, this.inspection.problems(browser));
			for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
				String target = sameSite(link.getDomAttribute("href"));
				if (target != null && !kinds.contains(kind(target))) {
					queue.add(target);
				}
			}
		}
		return walked;
	}

	/** The path and query of a link to one of our pages, or null for anything else. */
	private static String sameSite(String href) {
		if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
				|| href.startsWith("tel:")) {
			return null;
		}
		URI uri = URI.create(href.replace(" ", "%20"));
		if (uri.getHost() != null && !"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || path.isEmpty() || !path.startsWith("/") || NOT_PAGES.stream().anyMatch(path::startsWith)
				|| path.matches(".*\\.(pdf|csv|png|jpg|svg|ico|json|css|js|webmanifest)$")) {
			return null;
		}
		String query = uri.getRawQuery();
		if (query != null && query.contains("lang=")) {
			return null;
		}
		return (query != null) ? path + "?" + query : path;
	}

	/**
	 * The kind of address: {@code /listings/lst-00042?x=1} and
	 * {@code /listings/lst-00007} are one kind.
	 */
	static String kind(String page) {
		String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
		String[] segments = path.split("/");
		StringBuilder kind = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			// An id has a digit; a craft's slug a hyphen; "new" or "policy" after
			// "listings" or "orders" are pages of their own.
			boolean record = segments[i].matches(".*\\d.*")
					|| (COLLECTIONS.contains(segments[i - 1]) && segments[i].contains("-"));
			kind.append('/').append(record ? "*" : segments[i]);
		}
		return (kind.length() == 0) ? "/" : kind.toString();
	}

	/** From the first product on the home page, so the cart offers the checkout. */
	private void putSomethingInTheCart(ChromeDriver browser) {
		browser.get(base() + "/");
		List<String> products = browser.findElements(By.cssSelector("a.product-card__link"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		for (String product : products) {
			browser.get(base() + product);
			List<WebElement> forms = browser.findElements(By.id("add-to-cart"));
			if (!forms.isEmpty()) {
				forms.get(0).findElement(By.cssSelector("button[type='submit']")).click();
				PhoneBrowser.waitUntilGone(browser, forms.get(0), Duration.ofSeconds(15));
				return;
			}
		}
		throw new AssertionError("no product on the home page can be put in the cart");
	}

	/** Signs in through the form; answers the path it lands on. */
	private String signIn(ChromeDriver browser, String login) {
		browser.get(base() + "/login");
		browser.findElement(By.id("login-username")).sendKeys(login);
		browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		WebElement form = browser.findElement(By.cssSelector("form[action='/login']"));
		form.findElement(By.cssSelector("button[type='submit']")).click();
		PhoneBrowser.waitUntilGone(browser, form, Duration.ofSeconds(15));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
		return URI.create(browser.getCurrentUrl()).getRawPath();
	}

	private String titled(String listing, String english, String hindi) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(listing)),
					Update.update("title", new Document("en", english).append("hi", hindi)), "listings")
			.block();
		return listing;
	}

	private static void record(Map<String, List<String>> problems, String page, List<String> found) {
		if (!found.isEmpty()) {
			problems.put(page, found);
		}
	}

	private static String report(Map<String, List<String>> problems) {
		StringBuilder report = new StringBuilder();
		problems.forEach((page, found) -> {
			report.append("\n  ").append(page);
			found.forEach((problem) -> report.append("\n    - ").append(problem));
		});
		return report.toString();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
