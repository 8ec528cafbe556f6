package ladakh.crafts.marketplace.media.web;

import ladakh.crafts.demo.CraftPhotoPainter;
import ladakh.crafts.demo.PaintedPhoto;
import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoRepository;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.media.PhotoStore.Kind;
import ladakh.crafts.marketplace.media.PhotoStore.NewPhoto;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media route over a real GridFS bucket on the in-process MongoDB-protocol server.
 */
class MediaRoutesIntegrationTests {

	private static MongoClient client;

	private static PaintedPhoto painted;

	private static WebTestClient web;

	@BeforeAll
	static void storeAPhoto() {
		client = MongoClients.create(InProcessMongo.uri("media-tests"));
		PhotoStore photos = new PhotoStore(new PhotoRepository(new ReactiveMongoTemplate(client, "media-tests")));
		painted = new CraftPhotoPainter().paint("thangka-painting", "photo-lst-00001-1");
		photos.store(new NewPhoto("photo-lst-00001-1", "image/jpeg", Kind.IMAGE, "lst-00001", painted.image())).block();
		photos.store(new NewPhoto("photo-lst-00002-1", "image/jpeg", Kind.IMAGE, "lst-00002", painted.image())).block();
		photos.store(new NewPhoto("photo-orphan-1", "image/jpeg", Kind.IMAGE, "nobody-knows", painted.image())).block();
		// A published listing and a draft, as the catalog area answers for them.
		PhotoOwners listings = (photo) -> switch (photo.ownerId()) {
			case "lst-00001" -> Mono.just(PhotoAudience.anyone());
			case "lst-00002" -> Mono.just(PhotoAudience.staffAndSeller("art-0002"));
			default -> Mono.empty();
		};
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("listingPhotoOwners", listings);
		web = WebTestClient
			.bindToRouterFunction(new MediaRoutes().mediaRouter(photos, beans.getBeanProvider(PhotoOwners.class)))
			.build();
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void servesAPublicImageWithItsTypeAndCacheHeaders() {
		byte[] body = web.get()
			.uri("/media/photo-lst-00001-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"photo-lst-00001-1-" + painted.image().length + "\"")
			.expectHeader()
			.contentLength(painted.image().length)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isEqualTo(painted.image());
	}

	@Test
	void answersNotModifiedWhenTheClientHasTheImage() {
		String etag = "\"photo-lst-00001-1-" + painted.image().length + "\"";
		web.get()
			.uri("/media/photo-lst-00001-1")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
	}

	@Test
	void aVisitorGetsNotFoundForADraftsPhotoAndForOneNoAreaClaims() {
		web.get().uri("/media/photo-lst-00002-1").exchange().expectStatus().isNotFound();
		web.get().uri("/media/photo-orphan-1").exchange().expectStatus().isNotFound();
	}

	@Test
	void answersNotFoundForAnUnknownId() {
		web.get().uri("/media/photo-lst-99999-1").exchange().expectStatus().isNotFound();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Photo-LST-00001-1", "photo_lst", "photo-lst-00001-1.jpg", "%24where", "photo%20lst",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void answersNotFoundForAMalformedId(String id) {
		web.get().uri("/media/" + id).exchange().expectStatus().isNotFound();
	}

}
