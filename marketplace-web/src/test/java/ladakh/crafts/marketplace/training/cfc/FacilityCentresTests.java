package ladakh.crafts.marketplace.training.cfc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Common facility centres on the in-process MongoDB: a slot is booked once under
 * concurrency, a seller books only for themselves and cancels only their own booking,
 * only artisans, SHGs and unit holders book, a broken machine cannot be booked and shows
 * on the officers' out-of-order list until it is serviced.
 */
@MockServerTest
class FacilityCentresTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String cfc = "cfc-t-" + this.run;

	private final String loom = "mch-t-loom-" + this.run;

	private final String router = "mch-t-router-" + this.run;

	private final String artisan = "art-cfc-" + this.run;

	private final String other = "art-cfc-other-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FacilityCentres centres;

	@BeforeEach
	void seed() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(this.artisan, "Tsering Booker", null, "ACTIVE", this.today.plusYears(1));
		sellers.artisan(this.other, "Padma Other", null, "ACTIVE", this.today.plusYears(1));
		for (int n = 0; n < 10; n++) {
			sellers.artisan(this.artisan + "-" + n, "Racer " + n, null, "ACTIVE", this.today.plusYears(1));
		}
		this.mongo
			.insert(new Document("_id", this.cfc).append("name", "CFC Test " + this.run)
				.append("district", "KARGIL")
				.append("village", "Trespone"), "cfcs")
			.block();
		machine(this.loom, "Jacquard handloom " + this.run, "IN_ORDER", null);
		machine(this.router, "Wood carving router " + this.run, "OUT_OF_ORDER", this.today.minusDays(20));
	}

	@Test
	void tenSellersRacingForOneSlotMakeExactlyOneBooking() {
		LocalDate day = this.today.plusDays(3);
		List<String> outcomes = Flux.range(0, 10)
			.flatMap((n) -> this.centres
				.book(SignedIn.seller(this.artisan + "-" + n), this.loom, day, Booking.Slot.MORNING)
				.map((booking) -> "booked")
				.onErrorResume(Refusal.class, (ex) -> Mono.just(ex.messageKey()))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block();
		assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("cfc.refused.slotTaken"::equals).hasSize(9);
		assertThat(this.mongo.count(Query.query(Criteria.where("machineId").is(this.loom)), "cfc_bookings").block())
			.isEqualTo(1);
	}

	@Test
	void aSellerBooksForThemselvesOnlyAndCancelsOnlyTheirOwnBooking() {
		MultiValueMap<String, String> form = booking(this.loom, this.today.plusDays(2), "AFTERNOON");
		form.add("sellerId", this.other);
		forms().post(SignedIn.seller(this.artisan), "/seller/cfcs/bookings", form, 303);
		String id = this.loom + ":" + this.today.plusDays(2) + ":AFTERNOON";
		Document stored = this.mongo.findById(id, Document.class, "cfc_bookings").block();
		assertThat(stored.getString("sellerId")).isEqualTo(this.artisan);

		assertThat(forms().post(SignedIn.seller(this.other), "/seller/cfcs/bookings",
				booking(this.loom, this.today.plusDays(2), "AFTERNOON"), 409))
			.contains("This slot is already booked.");
		String page = forms().page(SignedIn.seller(this.artisan), "/seller/cfcs", 200);
		assertThat(page).contains("Jacquard handloom " + this.run, "Afternoon", "Cancel this booking")
			.doesNotContain(this.today.plusDays(2).toString() + "<")
			.doesNotContain("Wood carving router " + this.run + " (");
		assertThat(forms().page(SignedIn.seller(this.artisan), "/seller/cfcs?lang=hi", 200)).contains("मेरी बुकिंग",
				"दोपहर");

		forms().post(SignedIn.seller(this.other), "/seller/cfcs/bookings/" + id + "/cancel",
				new LinkedMultiValueMap<>(), 404);
		assertThat(this.mongo.findById(id, Document.class, "cfc_bookings").block()).isNotNull();
		forms().post(SignedIn.seller(this.artisan), "/seller/cfcs/bookings/" + id + "/cancel",
				new LinkedMultiValueMap<>(), 303);
		assertThat(this.mongo.findById(id, Document.class, "cfc_bookings").block()).isNull();
	}

	@Test
	void onlyArtisansShgsAndUnitHoldersWhoSellTodayBookAWorkingMachineInTheWindow() {
		String centreSeller = "tc-cfc-" + this.run;
		new SellerFixtures(this.mongo).insert(new Document("_id", centreSeller).append("type", "TRAINING_CENTRE")
			.append("name", "Centre " + this.run)
			.append("status", "ACTIVE"));
		forms().post(SignedIn.seller(centreSeller), "/seller/cfcs/bookings",
				booking(this.loom, this.today.plusDays(1), "MORNING"), 403);
		assertThat(forms().post(SignedIn.seller(this.artisan), "/seller/cfcs/bookings",
				booking(this.router, this.today.plusDays(1), "MORNING"), 409))
			.contains("This machine is out of order");
		assertThat(forms().post(SignedIn.seller(this.artisan), "/seller/cfcs/bookings",
				booking(this.loom, this.today.plusDays(61), "MORNING"), 400))
			.contains("Choose a day from today to 60 days ahead.");
		assertThat(forms().post(SignedIn.seller(this.artisan), "/seller/cfcs/bookings",
				booking(this.loom, this.today.minusDays(1), "MORNING"), 400))
			.contains("Choose a day from today to 60 days ahead.");
		assertThat(
				this.mongo.count(Query.query(Criteria.where("sellerId").in(this.artisan, centreSeller)), "cfc_bookings")
					.block())
			.isZero();
	}

	@Test
	void aMachineOutOfOrderForWeeksShowsOnTheOfficersListUntilItIsServiced() {
		String list = forms().page(SignedIn.officer(), "/staff/cfcs/out-of-order?days=14", 200);
		assertThat(list).contains("Wood carving router " + this.run, "CFC Test " + this.run, "20")
			.doesNotContain("Jacquard handloom " + this.run)
			.doesNotContain(this.today.minusDays(20).toString());
		assertThat(forms().page(SignedIn.officer(), "/staff/cfcs/out-of-order?days=30", 200))
			.doesNotContain("Wood carving router " + this.run);
		assertThat(forms().page(SignedIn.officer(), "/staff/cfcs/out-of-order?days=14&lang=hi", 200))
			.contains("ख़राब मशीनें");

		MultiValueMap<String, String> serviced = new LinkedMultiValueMap<>();
		serviced.add("on", this.today.toString());
		serviced.add("note", "New spindle motor fitted");
		forms().post(SignedIn.officer(), "/staff/cfcs/machines/" + this.router + "/servicing", serviced, 303);
		assertThat(forms().page(SignedIn.officer(), "/staff/cfcs/out-of-order?days=14", 200))
			.doesNotContain("Wood carving router " + this.run);
		String machine = forms().page(SignedIn.officer(), "/staff/cfcs/machines/" + this.router, 200);
		assertThat(machine).contains("New spindle motor fitted", "In order", "Servicing");

		MultiValueMap<String, String> broke = new LinkedMultiValueMap<>();
		broke.add("on", this.today.toString());
		broke.add("note", "Shuttle jammed");
		forms().post(SignedIn.officer(), "/staff/cfcs/machines/" + this.loom + "/breakdowns", broke, 303);
		assertThat(forms().post(SignedIn.officer(), "/staff/cfcs/machines/" + this.loom + "/breakdowns", broke, 409))
			.contains("already recorded as out of order");
		assertThat(this.mongo.findById(this.loom, Document.class, "cfc_machines").block().getString("status"))
			.isEqualTo("OUT_OF_ORDER");
		forms().post(SignedIn.instructor(), "/staff/cfcs/machines/" + this.loom + "/servicing", serviced, 403);
	}

	@Test
	void anOfficerAddsAMachineAndTheCentrePageListsIt() {
		MultiValueMap<String, String> machine = new LinkedMultiValueMap<>();
		machine.add("name", "Spinning wheel " + this.run);
		machine.add("make", "Suru Valley Machines");
		machine.add("model", "SW-1");
		machine.add("scheme", "SDP");
		machine.add("installedOn", "2025-03-01");
		forms().post(SignedIn.officer(), "/staff/cfcs/" + this.cfc + "/machines", machine, 303);
		String page = forms().page(SignedIn.officer(), "/staff/cfcs/" + this.cfc, 200);
		assertThat(page).contains("Spinning wheel " + this.run, "Suru Valley Machines SW-1", "SDP", "1 Mar 2025")
			.doesNotContain("2025-03-01<");
		machine.set("installedOn", "");
		assertThat(forms().post(SignedIn.officer(), "/staff/cfcs/" + this.cfc + "/machines", machine, 400))
			.contains("id=\"machine-installed-error\"");
		forms().post(SignedIn.instructor(), "/staff/cfcs/" + this.cfc + "/machines", machine, 403);
		assertThat(forms().page(SignedIn.instructor(), "/staff/cfcs", 200)).contains("CFC Test " + this.run);
	}

	private void machine(String id, String name, String status, LocalDate since) {
		this.mongo
			.insert(new Document("_id", id).append("cfcId", this.cfc)
				.append("name", name)
				.append("make", "Kashmir Loom Works")
				.append("model", "JH-120")
				.append("scheme", "SDP")
				.append("installedOn", "2022-11-15")
				.append("status", status)
				.append("outOfOrderSince", (since != null) ? since.toString() : null)
				.append("version", 0L), "cfc_machines")
			.block();
	}

	private static MultiValueMap<String, String> booking(String machineId, LocalDate day, String slot) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("machineId", machineId);
		form.add("day", day.toString());
		form.add("slot", slot);
		return form;
	}

	private HtmlForms forms() {
		return new HtmlForms(this.http);
	}

}
