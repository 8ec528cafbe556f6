package ladakh.crafts.marketplace.catalog.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The seller's listing API: CRUD, validation with field names, ownership, optimistic
 * concurrency, the sync mark on every write, and photos checked by content.
 */
@MockServerTest
class SellerListingApiTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ListingFixtures fixtures;

	private String sellerA;

	private String sellerB;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.sellerA = "art-api-a-" + run;
		this.sellerB = "art-api-b-" + run;
	}

	@Test
	void aSellerCreatesReadsEditsAndDeletesAListingAndEveryWriteMarksItForTheIndex() {
		Map<String, Object> created = as(this.sellerA).post()
			.uri("/api/v1/seller/listings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body("Pashmina stole", 1_250_050L, 4))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		String id = (String) created.get("id");
		assertThat(created).containsEntry("status", "DRAFT").containsEntry("sellerId", this.sellerA);
		assertThat(created.get("price")).isEqualTo(Map.of("amountMinor", 1_250_050, "currency", "INR"));
		Document stored = this.fixtures.stored(id);
		assertThat(stored.getLong("rev")).isEqualTo(1L);
		assertThat(stored.getBoolean("dirty")).isTrue();
		assertThat(stored.get("dirtySince")).isNotNull();
		assertThat(stored.getLong("priceMinor")).isEqualTo(1_250_050L);
		assertThat(stored.get("title", Document.class).getString("hi")).isEqualTo("पश्मीना स्टोल");

		List<Map<String, Object>> mine = as(this.sellerA).get()
			.uri("/api/v1/seller/listings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(mine).extracting((listing) -> listing.get("id")).containsExactly(id);

		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					org.springframework.data.mongodb.core.query.Update.update("dirty", false).unset("dirtySince"),
					"listings")
			.block();
		Map<String, Object> edit = body("Pashmina stole, natural", 1_300_000L, 2);
		edit.put("version", 0);
		Map<String, Object> edited = as(this.sellerA).put()
			.uri("/api/v1/seller/listings/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(edit)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(edited).containsEntry("version", 1).containsEntry("rev", 2);
		assertThat(((Map<?, ?>) edited.get("title")).get("en")).isEqualTo("Pashmina stole, natural");
		assertThat(this.fixtures.stored(id).getBoolean("dirty")).isTrue();

		as(this.sellerA).get().uri("/api/v1/seller/listings/" + id).exchange().expectStatus().isOk();
		Map<String, Object> deleted = as(this.sellerA).mutateWith(csrf())
			.delete()
			.uri("/api/v1/seller/listings/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(deleted).containsEntry("status", "REMOVED").containsEntry("rev", 3);
	}

	@Test
	void badInputAnswers400NamingEachFieldAndSavesNothing() {
		Map<String, Object> bad = body(" ", -5L, -1);
		bad.put("craft", "no-such-craft");
		bad.put("giTag", Map.of("name", "Ladakh Pashmina"));
		Map<String, Object> problem = as(this.sellerA).post()
			.uri("/api/v1/seller/listings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(bad)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) problem.get("errors");
		assertThat(errors).extracting((error) -> error.get("field"))
			.contains("title.en", "price", "stock", "craft", "giTag.authorisedUserNumber");
		assertThat(errors).allSatisfy((error) -> assertThat(error.get("message")).isNotBlank());
		assertThat(this.mongo.count(Query.query(Criteria.where("sellerId").is(this.sellerA)), "listings").block())
			.isZero();
	}

	@Test
	void anotherSellersListingIsNotFoundOnEveryEndpointAndStaysUnchanged() {
		String id = this.fixtures.listing(this.sellerA, "PUBLISHED");
		Document before = this.fixtures.stored(id);
		String photoId = "photo-" + id + "-x";
		Map<String, Object> edit = body("Mine now", 100L, 1);
		edit.put("version", 0);
		List<WebTestClient.RequestHeadersSpec<?>> attempts = new ArrayList<>();
		WebTestClient other = as(this.sellerB);
		attempts.add(other.get().uri("/api/v1/seller/listings/" + id));
		attempts.add(other.put()
			.uri("/api/v1/seller/listings/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(edit));
		attempts.add(other.delete().uri("/api/v1/seller/listings/" + id));
		for (String action : List.of("submit", "pause", "resume")) {
			attempts.add(other.post().uri("/api/v1/seller/listings/" + id + "/" + action));
		}
		attempts.add(other.post()
			.uri("/api/v1/seller/listings/" + id + "/photos")
			.body(BodyInserters.fromMultipartData(photo("shawl.png", ListingFixtures.png(300, 200)))));
		attempts.add(other.delete().uri("/api/v1/seller/listings/" + id + "/photos/" + photoId));
		for (WebTestClient.RequestHeadersSpec<?> attempt : attempts) {
			attempt.exchange().expectStatus().isNotFound();
		}
		List<Map<String, Object>> theirs = other.get()
			.uri("/api/v1/seller/listings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(theirs).isEmpty();
		assertThat(this.fixtures.stored(id)).isEqualTo(before);
	}

	@Test
	void ofTwoConcurrentEditsWithTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
		String id = this.fixtures.listing(this.sellerA, "PUBLISHED");
		List<Callable<Integer>> edits = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Map<String, Object> edit = body("Concurrent edit " + i, 100_000L + i, 2);
			edit.put("version", 0);
			edits.add(() -> as(this.sellerA).put()
				.uri("/api/v1/seller/listings/" + id)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(edit)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value());
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(edits)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.fixtures.stored(id).getLong("version")).isEqualTo(1L);
		String stale = as(this.sellerA).put()
			.uri("/api/v1/seller/listings/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(withVersion(body("Late", 1L, 1), 0))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(stale).contains("reload");
	}

	@Test
	void aTextFileNamedJpgIsRefusedAndARealPngIsReencodedAsJpegWithAThumbnail() {
		String id = this.fixtures.listing(this.sellerA, "DRAFT");
		Map<String, Object> refused = as(this.sellerA).post()
			.uri("/api/v1/seller/listings/" + id + "/photos")
			.body(BodyInserters.fromMultipartData(photo("shawl.jpg", "not an image at all".getBytes())))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(refused.toString()).contains("photo");
		assertThat(this.fixtures.stored(id).getList("photos", Document.class)).isEmpty();

		Map<String, Object> saved = as(this.sellerA).post()
			.uri("/api/v1/seller/listings/" + id + "/photos")
			.body(BodyInserters.fromMultipartData(photo("shawl.png", ListingFixtures.png(2400, 1200))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> photos = (List<Map<String, Object>>) saved.get("photos");
		assertThat(photos).hasSize(1);
		assertThat(photos.get(0)).containsEntry("width", 1600).containsEntry("height", 800);
		for (String url : List.of((String) photos.get(0).get("imageUrl"), (String) photos.get(0).get("thumbnailUrl"))) {
			// A draft's photos are for its seller (and staff) until it is published.
			this.http.get().uri(url).exchange().expectStatus().isNotFound();
			byte[] bytes = as(this.sellerA).get()
				.uri(url)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.IMAGE_JPEG)
				.expectBody()
				.returnResult()
				.getResponseBody();
			assertThat(bytes[0] & 0xff).isEqualTo(0xFF);
			assertThat(bytes[1] & 0xff).isEqualTo(0xD8);
		}
		Document stored = this.fixtures.stored(id);
		assertThat(stored.getLong("rev")).isEqualTo(2L);
		// Marked for the index; the in-process sync may already have indexed rev 2 and
		// cleared the mark (it clears dirty and dirtySince together, only at the same
		// rev).
		assertThat(stored.getBoolean("dirty") || !stored.containsKey("dirtySince")).isTrue();
		Document photo = stored.getList("photos", Document.class).get(0);
		assertThat(photo.getString("thumbId")).startsWith("thumb-" + id);

		Map<String, Object> afterDelete = as(this.sellerA).mutateWith(csrf())
			.delete()
			.uri("/api/v1/seller/listings/" + id + "/photos/" + photo.getString("imageId"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) afterDelete.get("photos")).isEmpty();
		this.http.get().uri((String) photos.get(0).get("thumbnailUrl")).exchange().expectStatus().isNotFound();
	}

	@Test
	void aStateChangeWithoutTheCsrfTokenIsRefused() {
		String id = this.fixtures.listing(this.sellerA, "PUBLISHED");
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.sellerA)))
			.method(HttpMethod.POST)
			.uri("/api/v1/seller/listings/" + id + "/pause")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(this.fixtures.stored(id).getString("status")).isEqualTo("PUBLISHED");
	}

	private WebTestClient as(String sellerId) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(sellerId))).mutateWith(csrf());
	}

	static Map<String, Object> body(String title, long paise, int stock) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", Map.of("en", title, "hi", "पश्मीना स्टोल"));
		body.put("description", Map.of("en", "Hand-spun and hand-woven in Changthang."));
		body.put("craft", ListingFixtures.CRAFT);
		body.put("materials", List.of("pashmina wool"));
		body.put("dimensions", "200 × 70 cm");
		body.put("weightGrams", 180);
		body.put("price", Map.of("amountMinor", paise, "currency", "INR"));
		body.put("stock", stock);
		body.put("madeToOrder", false);
		body.put("giTag", Map.of("name", "Ladakh Pashmina", "authorisedUserNumber", "AU-0042"));
		body.put("careNotes", Map.of("en", "Dry clean only."));
		return body;
	}

	private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put("version", version);
		return copy;
	}

	static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> photo(String name,
			byte[] bytes) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("photo", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG);
		return parts.build();
	}

}
