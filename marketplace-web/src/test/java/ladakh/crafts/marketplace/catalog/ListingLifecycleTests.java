package ladakh.crafts.marketplace.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerStatusChanged;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.QueryScanCheck;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The listing state machine: a seller's first listing waits for an officer, later ones go
 * live at once, stock drives SOLD_OUT, every move is conditional (of concurrent moves
 * exactly one wins), officers' decisions land in the audit trail, and a seller's status
 * change re-marks all their listings for the index.
 */
@MockServerTest
class ListingLifecycleTests {

	@Autowired
	Listings listings;

	@Autowired
	ListingReviews reviews;

	@Autowired
	StockReservations reservations;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ListingRepository repository;

	@Autowired
	ListingIndexRepository indexes;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	WebTestClient http;

	private ListingFixtures fixtures;

	private String seller;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.seller = "art-life-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aSellersFirstListingWaitsForAnOfficerAndLaterOnesGoLiveAtOnce() {
		this.mongo
			.insert(new org.bson.Document("_id", this.seller).append("type", "ARTISAN")
				.append("name", "Padma Chorol " + this.seller), "sellers")
			.block();
		Listing first = this.listings.create(this.seller, input("First shawl", "2")).block();
		assertThat(first.status()).isEqualTo(ListingStatus.DRAFT);
		assertThat(this.listings.submit(this.seller, first.id()).block().status())
			.isEqualTo(ListingStatus.PENDING_REVIEW);

		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/listings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("First shawl").contains("Padma Chorol " + this.seller));
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/listings/" + first.id() + "/approve")
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		Listing approved = this.listings.mine(this.seller, first.id()).block();
		assertThat(approved.status()).isEqualTo(ListingStatus.PUBLISHED);
		assertThat(approved.review().decision()).isEqualTo("APPROVED");
		assertThat(approved.publishedAt()).isNotNull();
		assertThat(events(first.id())).extracting(AuditEvent::action).containsExactly("LISTING_APPROVED");

		Listing second = this.listings.create(this.seller, input("Second shawl", "0")).block();
		assertThat(this.listings.submit(this.seller, second.id()).block().status())
			.as("nothing in stock: live, but sold out")
			.isEqualTo(ListingStatus.SOLD_OUT);
		Listing restocked = this.listings.update(this.seller, second.id(), 1, input("Second shawl", "5")).block();
		assertThat(restocked.status()).isEqualTo(ListingStatus.PUBLISHED);
		Listing soldOut = this.listings.update(this.seller, second.id(), 2, input("Second shawl", "0")).block();
		assertThat(soldOut.status()).isEqualTo(ListingStatus.SOLD_OUT);
		assertThat(this.listings.pause(this.seller, second.id()).block().status()).isEqualTo(ListingStatus.PAUSED);
		assertThat(this.listings.resume(this.seller, second.id()).block().status()).isEqualTo(ListingStatus.SOLD_OUT);
		assertThat(this.listings.delete(this.seller, second.id()).block().status()).isEqualTo(ListingStatus.REMOVED);
		assertThatThrownBy(() -> this.listings.resume(this.seller, second.id()).block()).isInstanceOfSatisfying(
				Refusal.class, (refused) -> assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		assertThat(this.fixtures.stored(second.id()).getLong("rev")).as("every write marked it").isEqualTo(7L);
	}

	@Test
	void anOfficerRejectsWithAReasonTheSellerSees() {
		String id = this.fixtures.listing(this.seller, "PENDING_REVIEW");
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/listings/" + id + "/reject")
			.body(BodyInserters.fromFormData("reason", ""))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/listings/" + id + "/reject")
			.body(BodyInserters.fromFormData("reason", "Photos show a machine-made shawl"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		Listing rejected = this.listings.mine(this.seller, id).block();
		assertThat(rejected.status()).isEqualTo(ListingStatus.DRAFT);
		assertThat(rejected.statusReason()).isEqualTo("Photos show a machine-made shawl");
		assertThat(events(id)).extracting(AuditEvent::action).containsExactly("LISTING_REJECTED");
	}

	@Test
	void anOfficerTakesAListingDownWithAReasonRecordedAndShownToTheSeller() {
		String id = this.fixtures.listing(this.seller, "PUBLISHED");
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/listings/" + id + "/take-down")
			.body(BodyInserters.fromFormData("reason", "Not a Ladakhi craft"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		Document stored = this.fixtures.stored(id);
		assertThat(stored.getString("status")).isEqualTo("REMOVED");
		assertThat(stored.get("review", Document.class).getString("decision")).isEqualTo("TAKEN_DOWN");
		assertThat(stored.getBoolean("dirty")).isTrue();
		assertThat(stored.getLong("rev")).isEqualTo(2L);
		List<AuditEvent> trail = events(id);
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).action()).isEqualTo("LISTING_TAKEN_DOWN");
		assertThat(trail.get(0).reason()).isEqualTo("Not a Ladakhi craft");
		assertThat(trail.get(0).actorId()).isEqualTo(SignedIn.officer().id());
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri("/seller/listings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Not a Ladakhi craft"));
	}

	@Test
	void ofConcurrentTransitionsOfOneListingExactlyOneWins() {
		String id = this.fixtures.listing(this.seller, "PENDING_REVIEW");
		List<String> outcomes = Flux.range(0, 12)
			.flatMap((i) -> Mono
				.defer(() -> ((i % 2 == 0) ? this.reviews.approve(id, SignedIn.officer())
						: this.reviews.reject(id, SignedIn.officer(), "Blurred photos")))
				.map((listing) -> "won " + listing.status())
				.onErrorResume(Refusal.class, (ex) -> Mono.just("refused"))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block();
		assertThat(outcomes.stream().filter((outcome) -> outcome.startsWith("won")).toList()).hasSize(1);
		assertThat(outcomes.stream().filter("refused"::equals).count()).isEqualTo(11);
		Document stored = this.fixtures.stored(id);
		assertThat(stored.getLong("version")).isEqualTo(1L);
		assertThat(stored.getLong("rev")).isEqualTo(2L);
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void aSellerStatusChangeReMarksAllThatSellersListingsAndNoOneElses() {
		String one = this.fixtures.listing(this.seller, "PUBLISHED");
		String two = this.fixtures.listing(this.seller, "PAUSED");
		String other = this.fixtures.listing(this.seller + "-other", "PUBLISHED");
		this.events.publishEvent(new SellerStatusChanged(this.seller, "SUSPENDED", "Registration lapsed"));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!Boolean.TRUE.equals(this.fixtures.stored(two).getBoolean("dirty"))
				&& Instant.now().isBefore(deadline)) {
			Mono.delay(Duration.ofMillis(50)).block();
		}
		for (String id : List.of(one, two)) {
			Document stored = this.fixtures.stored(id);
			assertThat(stored.getBoolean("dirty")).as(id).isTrue();
			assertThat(stored.getLong("rev")).as(id).isEqualTo(2L);
			assertThat(stored.get("dirtySince")).as(id).isNotNull();
			assertThat(stored.getString("status")).as(id).isIn("PUBLISHED", "PAUSED");
		}
		assertThat(this.fixtures.stored(other).getBoolean("dirty")).isFalse();
		assertThat(this.fixtures.stored(other).getLong("rev")).isEqualTo(1L);
	}

	@Test
	void aListingLoadedWithoutVersionOrPublishedAtIsEditableAtVersion0AndCountsAsPublished() {
		String demo = this.fixtures.listing(this.seller, "PUBLISHED");
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(demo)),
					new org.springframework.data.mongodb.core.query.Update().unset("version").unset("publishedAt"),
					ListingFixtures.COLLECTION)
			.block();
		// What a start does once for listings stored before publishedAt was written.
		// (It reads every live listing, as it does once per database: excused here.)
		assertThat(QueryScanCheck.excusing((scan) -> scan.startsWith("listings find") && scan.contains("publishedAt"),
				() -> this.indexes.backfillPublishedAt().block()))
			.isGreaterThanOrEqualTo(1L);
		assertThat(this.fixtures.stored(demo).get("publishedAt")).isNotNull();
		assertThat(this.listings.update(this.seller, demo, 0, input("Demo shawl", "1")).block().version())
			.isEqualTo(1L);
		Listing next = this.listings.create(this.seller, input("Next shawl", "1")).block();
		assertThat(this.listings.submit(this.seller, next.id()).block().status()).isEqualTo(ListingStatus.PUBLISHED);
	}

	@Test
	void aStockEditChangesStockByWhatTheSellerTypedSoPiecesReservedMeanwhileStayTaken() {
		String id = this.fixtures.listing(this.seller, "PUBLISHED");
		Listing opened = this.listings.mine(this.seller, id).block();
		assertThat(opened.stock()).isEqualTo(3);
		// A buyer reserves two pieces while the seller's form is open.
		assertThat(this.reservations.reserve(id, "ord-test:1", 2).block()).isTrue();
		// The seller found two more pieces: 3 shown, 5 typed.
		Listing saved = this.listings
			.update(this.seller, id, opened.version(), input("Pashmina shawl", "5"), opened.stock())
			.block();
		assertThat(saved.stock()).as("1 left + 2 found").isEqualTo(3);
		assertThat(this.fixtures.holds(id)).containsExactly("ord-test:1");
		// Taking away more than is left unreserved is refused, not driven below zero.
		this.reservations.reserve(id, "ord-test:2", 2).block();
		assertThatThrownBy(() -> this.listings
			.update(this.seller, id, saved.version(), input("Pashmina shawl", "0"), saved.stock())
			.block()).isInstanceOfSatisfying(Refusal.class, (refused) -> {
				assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
				assertThat(refused.messageKey()).as("stale").isEqualTo("listing.refused.stale");
			});
		assertThat(this.listings.mine(this.seller, id).block().stock()).isEqualTo(1);
	}

	@Test
	void aSellersEditWhileBuyersReserveNeitherLosesNorInventsAPiece() {
		String id = this.fixtures.listing(this.seller, "PUBLISHED");
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
					new org.springframework.data.mongodb.core.query.Update().set("stock", 20),
					ListingFixtures.COLLECTION)
			.block();
		Listing opened = this.listings.mine(this.seller, id).block();
		// Ten buyers reserve one piece each while the seller adds five (20 shown, 25
		// typed).
		List<String> outcomes = Flux.range(0, 11)
			.flatMap((i) -> Mono
				.defer(() -> (i == 5)
						? this.listings.update(this.seller, id, opened.version(), input("Pashmina shawl", "25"), 20)
							.map((saved) -> "edited")
							.onErrorResume(Refusal.class, (ex) -> Mono.just("edit refused"))
						: this.reservations.reserve(id, "ord-race:" + i, 1).map((held) -> held ? "held" : "not held"))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block();
		assertThat(outcomes).filteredOn("held"::equals).hasSize(10);
		int added = outcomes.contains("edited") ? 5 : 0;
		assertThat(this.listings.mine(this.seller, id).block().stock()).as("20 - 10 reserved + what the edit added")
			.isEqualTo(20 - 10 + added);
		assertThat(this.fixtures.holds(id)).hasSize(10);
	}

	private List<AuditEvent> events(String id) {
		return this.audit.about("LISTING", id).collectList().block();
	}

	private static ListingInput input(String title, String stock) {
		return new ListingInput(title, null, "Hand-woven.", null, ListingFixtures.CRAFT, List.of("wool"), null, null,
				"2450", null, null, stock, false, null, null, null, null, null);
	}

}
