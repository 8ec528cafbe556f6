package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department's audit log: officers filter it by who, what, when (India days) and
 * seller, in any combination, and page through it by keyset; each combination is served
 * by an index (the scan check runs after this class over 180 events of this run beside
 * everything the other tests logged).
 */
@MockServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentAuditLogTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String ACTOR_A = "usr-log-a-" + RUN;

	private static final String ACTOR_B = "usr-log-b-" + RUN;

	private static final String ACTION_X = "LOG_TEST_X_" + RUN.toUpperCase();

	private static final String ACTION_Y = "LOG_TEST_Y_" + RUN.toUpperCase();

	private static final String SELLER_A = "art-log-a-" + RUN;

	private static final String SELLER_B = "art-log-b-" + RUN;

	/** 2 Feb 2025, 17:30 in India; events every 10 minutes for 30 hours. */
	private static final Instant START = Instant.parse("2025-02-02T12:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2025, 2, 3);

	private static final Pattern REASON = Pattern.compile("log-" + RUN + "-(\\d+)");

	private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final List<AuditEvent> seeded = new ArrayList<>();

	@BeforeAll
	void seed() {
		this.mongo
			.insert(new Document("_id", ACTOR_A).append("login", "log-a-" + RUN + "@example.in")
				.append("displayName", "Log Officer " + RUN)
				.append("roles", List.of("OFFICER"))
				.append("enabled", true), "users")
			.block();
		for (int i = 0; i < 180; i++) {
			AuditEvent event = new AuditEvent("aud-" + RUN + "-e" + String.format("%03d", i),
					START.plus(Duration.ofMinutes(10L * i)), (i % 2 == 0) ? ACTOR_A : ACTOR_B, List.of("OFFICER"),
					(i % 3 == 0) ? ACTION_X : ACTION_Y, "SELLER", (i % 5 == 0) ? SELLER_A : SELLER_B,
					"log-" + RUN + "-" + i, Map.of());
			this.seeded.add(event);
		}
		// Two events in the same second, so ties on the time are paged by id.
		this.seeded.add(new AuditEvent("aud-" + RUN + "-etie", START.plus(Duration.ofMinutes(10)), ACTOR_A,
				List.of("OFFICER"), ACTION_Y, "SELLER", SELLER_B, "log-" + RUN + "-180", Map.of()));
		this.seeded.forEach((event) -> this.audit.append(event).block());
	}

	@Test
	void everyCombinationOfFiltersShowsExactlyItsEventsAcrossPages() {
		for (int combination = 0; combination < 16; combination++) {
			boolean byActor = (combination & 1) != 0;
			boolean byAction = (combination & 2) != 0;
			boolean bySeller = (combination & 4) != 0;
			boolean byDay = (combination & 8) != 0;
			if (!byActor && !byAction && !bySeller && !byDay) {
				continue;
			}
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/audit");
			Predicate<AuditEvent> expected = (event) -> true;
			if (byActor) {
				uri.queryParam("actor", ACTOR_A);
				expected = expected.and((event) -> event.actorId().equals(ACTOR_A));
			}
			if (byAction) {
				uri.queryParam("action", ACTION_X);
				expected = expected.and((event) -> event.action().equals(ACTION_X));
			}
			if (bySeller) {
				uri.queryParam("seller", SELLER_A);
				expected = expected.and((event) -> SELLER_A.equals(event.sellerId()));
			}
			if (byDay) {
				uri.queryParam("from", DAY.toString()).queryParam("to", DAY.toString());
				expected = expected.and((event) -> IndiaTime.dayOf(event.at()).equals(DAY));
			}
			List<Integer> shown = reasonsAcrossPages(uri.build().toUriString());
			List<Integer> wanted = this.seeded.stream()
				.filter(expected)
				.sorted((a, b) -> (!a.at().equals(b.at())) ? b.at().compareTo(a.at()) : b.id().compareTo(a.id()))
				.map((event) -> Integer.parseInt(event.reason().substring(event.reason().lastIndexOf('-') + 1)))
				.toList();
			assertThat(shown).as("combination actor=%s action=%s seller=%s day=%s", byActor, byAction, bySeller, byDay)
				.isNotEmpty()
				.containsExactlyElementsOf(wanted);
		}
	}

	@Test
	void aLongListIsPagedByKeysetWithTheFiltersKept() {
		String first = page("/staff/audit?actor=" + ACTOR_A);
		assertThat(reasons(first)).hasSize(50);
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String href = next.group(1).replace("&amp;", "&");
		assertThat(href).contains("actor=" + ACTOR_A, "after=");
		String second = page(href);
		assertThat(reasons(second)).hasSize(91 - 50).doesNotContainAnyElementsOf(reasons(first));
		assertThat(NEXT.matcher(second).find()).isFalse();
	}

	@Test
	void rowsShowNamesLabelsAndIndiaTimeAndTheFiltersOfferPeople() {
		String page = page("/staff/audit?action=" + ACTION_X + "&actor=" + ACTOR_A + "&from=2025-02-03&to=2025-02-03");
		assertThat(page).contains("Log Officer " + RUN)
			.contains("3 Feb 2025, 00:")
			.contains("<option value=\"" + ACTOR_A + "\" selected=\"selected\">Log Officer " + RUN + "</option>")
			.contains("value=\"2025-02-03\"")
			.contains(">Application approved<");
		String hindi = page("/staff/audit?lang=hi&seller=" + SELLER_A);
		assertThat(hindi).contains("ऑडिट लॉग", "रिकॉर्ड में न होने वाला विक्रेता");
	}

	@Test
	void aDateThatIsNoDateIsIgnoredAndOnlyOfficersAndAdminsSeeTheLog() {
		assertThat(reasons(page("/staff/audit?actor=" + ACTOR_B + "&action=" + ACTION_X + "&from=yesterday")))
			.hasSize(30);
		for (var user : List.of(SignedIn.instructor(), SignedIn.accounts(), SignedIn.buyer())) {
			this.http.mutateWith(SignedIn.as(user))
				.get()
				.uri("/staff/audit")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.http.mutateWith(SignedIn.as(SignedIn.admin()))
			.get()
			.uri("/staff/audit")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private List<Integer> reasonsAcrossPages(String uri) {
		List<Integer> all = new ArrayList<>();
		String next = uri;
		for (int pages = 0; next != null; pages++) {
			assertThat(pages).as("pages of %s", uri).isLessThan(10);
			String body = page(next);
			all.addAll(reasons(body));
			Matcher matcher = NEXT.matcher(body);
			next = matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
		}
		return all;
	}

	private static List<Integer> reasons(String page) {
		List<Integer> found = new ArrayList<>();
		Matcher matcher = REASON.matcher(page);
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	private String page(String uri) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
