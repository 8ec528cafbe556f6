package ladakh.crafts.marketplace.accounts.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the admin's user list shows one page of 50 with a next link that leads to the
 * rest, each person once; the search reads an index: the start of a login (text with an
 * {@code @} or a digit) or of a name (typed in lower case too).
 */
@MockServerTest
class PagedAdminUsersTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern ROW = Pattern.compile("id=\"user-(usr-paged-[^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final List<String> made = new ArrayList<>();

	private String letters;

	@BeforeEach
	void seed() {
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			run.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		this.letters = run.toString();
		List<Document> users = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			String id = "usr-paged-" + this.letters + "-" + i;
			users.add(new Document("_id", id).append("login", "pg" + this.letters + "1-" + i + "@example.in")
				.append("displayName",
						"Paged Person " + capitalised(this.letters) + " " + (char) ('a' + i % 26) + (i / 26))
				.append("passwordHash", "{noop}x")
				.append("roles", List.of("INSTRUCTOR"))
				.append("sellerId", null)
				.append("enabled", true)
				.append("mustChangePassword", false)
				.append("createdAt", new Date())
				.append("lastLoginAt", null));
			this.made.add(id);
		}
		this.mongo.insertAll(reactor.core.publisher.Mono.just(users), "users").blockLast();
	}

	@AfterEach
	void remove() {
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.made)), "users").block();
	}

	@Test
	void aSearchByTheStartOfALoginShowsFiftyAndANextLinkToTheRest() {
		assertThat(walk("/admin/users?q=pg" + this.letters + "1")).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.made);
	}

	@Test
	void aSearchByTheStartOfANameTypedInLowerCaseShowsFiftyAndANextLinkToTheRest() {
		assertThat(walk("/admin/users?q=paged+person+" + this.letters)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.made);
	}

	@Test
	void theWholeListPagesByLoginWithoutLosingAnyone() {
		List<String> seen = walk("/admin/users");
		assertThat(seen).doesNotHaveDuplicates().containsAll(this.made);
	}

	/** Every row of every page, following the next links; no page shows more than 50. */
	private List<String> walk(String first) {
		List<String> seen = new ArrayList<>();
		String path = first;
		int pages = 0;
		while (path != null) {
			assertThat(++pages).as("pages").isLessThan(100);
			String html = page(path);
			List<String> rows = new ArrayList<>();
			Matcher row = Pattern.compile("id=\"user-([^\"]+)\"").matcher(html);
			while (row.find()) {
				rows.add(row.group(1));
			}
			assertThat(rows).hasSizeLessThanOrEqualTo(50);
			Matcher ours = ROW.matcher(html);
			while (ours.find()) {
				seen.add(ours.group(1));
			}
			Matcher next = NEXT.matcher(html);
			path = next.find() ? next.group(1).replace("&amp;", "&") : null;
		}
		assertThat(pages).as("more than one page").isGreaterThan(1);
		return seen;
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.admin()))
			.get()
			.uri(java.net.URI.create(path))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
