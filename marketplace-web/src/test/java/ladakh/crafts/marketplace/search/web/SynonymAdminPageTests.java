package ladakh.crafts.marketplace.search.web;

import java.util.List;
import java.util.UUID;

import ladakh.crafts.catalog.search.SynonymStore;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The staff page for search synonyms: officers list, add, change and delete groups, each
 * change in the audit trail; mistakes are explained beside the box; the page reads in
 * Hindi too.
 */
@MockServerTest
class SynonymAdminPageTests {

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	SynonymStore store;

	@Test
	void theListShowsTheDefaultCraftSpellings() {
		this.store.seedDefaults().block();
		String page = page(SignedIn.officer(), "/admin/search/synonyms");
		assertThat(page).contains("Search synonyms")
			.contains("thangka, thanka, tangka")
			.contains("पश्मीना")
			.contains("name=\"_csrf\"")
			.contains("action=\"/admin/search/synonyms\"");
	}

	@Test
	void anOfficerAddsChangesAndDeletesAGroupAndEachChangeIsAudited() {
		String first = "gurgur" + this.run;
		String location = post(SignedIn.officer(), "/admin/search/synonyms", "terms", first + ", Dongmo\nडोंगमो")
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		assertThat(location).isEqualTo("/admin/search/synonyms?done=added");
		assertThat(this.store.find(first).block().terms()).containsExactly(first, "dongmo", "डोंगमो");
		assertThat(page(SignedIn.officer(), location)).contains("The group is added.").contains(first + ", dongmo");

		assertThat(page(SignedIn.admin(), "/admin/search/synonyms/" + first)).contains(first + ", dongmo, डोंगमो");
		post(SignedIn.admin(), "/admin/search/synonyms/" + first, "terms", first + ", chaso").expectStatus()
			.is3xxRedirection();
		assertThat(this.store.find(first).block().terms()).containsExactly(first, "chaso");

		post(SignedIn.officer(), "/admin/search/synonyms/" + first + "/delete", "x", "y").expectStatus()
			.is3xxRedirection();
		assertThat(this.store.find(first).block()).isNull();

		List<String> actions = this.mongo
			.find(Query.query(Criteria.where("subjectId").is(first)), Document.class, "audit_events")
			.map((event) -> event.getString("action") + " " + event.getString("actorId"))
			.collectList()
			.block();
		assertThat(actions).containsExactlyInAnyOrder("SEARCH_SYNONYMS_ADDED usr-test-officer",
				"SEARCH_SYNONYMS_CHANGED usr-test-admin", "SEARCH_SYNONYMS_DELETED usr-test-officer");
	}

	@Test
	void aGroupWithOneSpellingIsRefusedWithTheMessageBesideTheBox() {
		String body = post(SignedIn.officer(), "/admin/search/synonyms", "terms", "lonely" + this.run).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("field--invalid")
			.contains("class=\"field__error\" id=\"synonym-terms-new-error\"")
			.contains("Give at least two different spellings.")
			.contains("lonely" + this.run);
		assertThat(this.store.find("lonely" + this.run).block()).isNull();
	}

	@Test
	void aSecondGroupForTheSameFirstSpellingIsRefused() {
		String first = "perak" + this.run;
		post(SignedIn.officer(), "/admin/search/synonyms", "terms", first + ", perag").expectStatus()
			.is3xxRedirection();
		String body = post(SignedIn.officer(), "/admin/search/synonyms", "terms", first + ", other").expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("exists already");
		this.store.delete(first).block();
	}

	@Test
	void anUnknownGroupIsNotFound() {
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/admin/search/synonyms/no-such-group-" + this.run)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
		post(SignedIn.officer(), "/admin/search/synonyms/no-such-group-" + this.run + "/delete", "x", "y")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void thePageReadsInHindi() {
		String page = page(SignedIn.officer(), "/admin/search/synonyms?lang=hi");
		assertThat(page).contains("खोज के पर्यायवाची").contains("नया समूह जोड़ें");
	}

	@Test
	void buyersSellersAndAccountsStaffCannotOpenIt() {
		for (MarketplaceUser person : List.of(SignedIn.buyer(), SignedIn.seller("art-0001"), SignedIn.accounts(),
				SignedIn.instructor())) {
			this.http.mutateWith(SignedIn.as(person))
				.get()
				.uri("/admin/search/synonyms")
				.exchange()
				.expectStatus()
				.isForbidden();
		}
	}

	private String page(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String path, String name, String value) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData(name, value))
			.exchange();
	}

}
