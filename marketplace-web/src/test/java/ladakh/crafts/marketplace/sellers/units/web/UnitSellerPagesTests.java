package ladakh.crafts.marketplace.sellers.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Unit holders and co-operative societies (issue 17) on the in-process MongoDB: an
 * officer registers them through the forms; a unit's owner must be a registered artisan
 * who may sell today; both get the department's number, their own section of the public
 * verification page, and list and apply for stalls like other sellers.
 */
@MockServerTest
class UnitSellerPagesTests {

	private final int base = 1000 + (int) (Math.random() * 8000);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String owner = "art-unit-owner-" + this.run;

	private final String ownerNumber = "LEH/HC/2018/" + this.base;

	private final String suspended = "art-unit-susp-" + this.run;

	private final String suspendedNumber = "LEH/HC/2018/" + (this.base + 1);

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("pashmina-weaving", "Pashmina weaving",
				"पश्मीना बुनाई");
		sellers.artisan(this.owner, "Rigzin Unit Owner", this.ownerNumber, "ACTIVE", this.today.plusYears(2));
		sellers.artisan(this.suspended, "Padma Suspended", this.suspendedNumber, "SUSPENDED", this.today.plusYears(2));
	}

	@Test
	void anOfficerRegistersAUnitHolderWhoseVerificationPageNamesItsOwner() {
		String location = register("/staff/units", unit(this.ownerNumber.toLowerCase()), 303);
		assertThat(location).startsWith("/staff/units/unit-" + this.owner);
		Document stored = this.mongo.findById("unit-" + this.owner, Document.class, "sellers").block();
		assertThat(stored.getString("type")).isEqualTo("UNIT_HOLDER");
		assertThat(stored.getString("status")).isEqualTo("ACTIVE");
		assertThat(stored.get("unit", Document.class).getString("ownerId")).isEqualTo(this.owner);
		String number = stored.getString("registrationNumber");
		assertThat(number).matches("LEH/UH/\\d{4}/\\d{4}");

		assertThat(page(SignedIn.officer(), location, 200)).contains("Stok Looms " + this.run, number,
				"Rigzin Unit Owner", "Pashmina weaving", "Give the manager a seller sign-in");
		String verify = page(null, "/verify/" + number, 200);
		assertThat(verify).contains("Stok Looms " + this.run, "Unit holder", "Rigzin Unit Owner",
				"href=\"/verify/" + this.ownerNumber + "\"", "owned by a registered artisan");
		assertThat(verify).doesNotContain(SellerFixtures.MOBILE).doesNotContain(">" + this.today + "<");
		assertThat(page(null, "/verify/" + number + "?lang=hi", 200)).contains("इकाई धारक", "मालिक");
		assertThat(page(null, "/sellers/unit-" + this.owner, 200)).contains("Stok Looms " + this.run, "Unit holder");
		assertThat(page(SignedIn.officer(), "/staff/units", 200)).contains("Stok Looms " + this.run, number);

		assertThat(body("/staff/units", unit(this.ownerNumber), 409))
			.contains("This artisan already holds a registered unit.", "id=\"unit-owner-error\"");
	}

	@Test
	void aUnitsOwnerMustBeARegisteredArtisanWhoMaySellToday() {
		assertThat(body("/staff/units", unit("LEH/HC/2017/" + this.base), 400)).contains("id=\"unit-owner-error\"",
				"No registered artisan holds this number: the owner of a unit must be a registered artisan.",
				"Nothing was saved");
		assertThat(body("/staff/units", unit(this.suspendedNumber), 400)).contains("id=\"unit-owner-error\"",
				"registration is not active");
		assertThat(body("/staff/units", unit("art-unit-owner"), 400)).contains("id=\"unit-owner-error\"",
				"Enter the owner&#39;s artisan registration number");
		MultiValueMap<String, String> noName = unit(this.ownerNumber);
		noName.set("name", "");
		noName.remove("crafts");
		assertThat(body("/staff/units", noName, 400)).contains("id=\"unit-name-error\"", "Tick at least one craft");
		assertThat(body("/staff/units?lang=hi", unit("LEH/HC/2017/" + this.base), 400))
			.contains("यह नंबर किसी पंजीकृत कारीगर का नहीं है");
		assertThat(
				// a unit's id is its owner's: no unit was saved for either owner
				this.mongo
					.count(Query.query(Criteria.where("_id").in("unit-" + this.owner, "unit-" + this.suspended)),
							"sellers")
					.block())
			.isZero();
	}

	@Test
	void anOfficerRegistersAHandloomWeaversCooperativeOnceWithItsMembers() {
		String act = "LDK/CS/" + this.run.toUpperCase();
		MultiValueMap<String, String> oneMember = coop(act, "Dolma Angmo");
		oneMember.set("actRegistration", "");
		String refused = body("/staff/cooperatives", oneMember, 400);
		assertThat(refused).contains("id=\"coop-act-error\"", "id=\"coop-members-error\"",
				"List between 2 and 500 members");
		assertThat(body("/staff/cooperatives", coop(act, "Dolma Angmo\nSkarma, LEH/HC/2017/" + this.base), 400))
			.contains("id=\"coop-members-error\"", "held by nobody");

		String location = register("/staff/cooperatives",
				coop(act, "Dolma Angmo, " + this.ownerNumber + "\nSkarma Lhamo\nTsewang Dolkar"), 303);
		String id = location.replaceAll("^/staff/cooperatives/([^?]+).*$", "$1");
		Document stored = this.mongo.findById(id, Document.class, "sellers").block();
		assertThat(stored.getString("type")).isEqualTo("CO_OPERATIVE");
		Document details = stored.get("coop", Document.class);
		assertThat(details.getBoolean("handloomWeavers")).isTrue();
		assertThat(details.getString("actRegistration")).isEqualTo(act);
		assertThat(details.getList("members", Document.class)).hasSize(3);
		String number = stored.getString("registrationNumber");
		assertThat(number).matches("LEH/CS/\\d{4}/\\d{4}");

		String verify = page(null, "/verify/" + number, 200);
		assertThat(verify).contains("Changthang Weavers " + this.run, "Co-operative society", act,
				"A handloom weavers&#39; co-operative", "3 members, 1 of them registered artisans");
		assertThat(page(null, "/verify/" + number + "?lang=hi", 200)).contains("सहकारी समिति",
				"हथकरघा बुनकर सहकारी समिति");
		assertThat(page(SignedIn.officer(), location, 200)).contains("Skarma Lhamo",
				"href=\"/verify/" + this.ownerNumber + "\"");
		assertThat(body("/staff/cooperatives", coop(act, "A\nB"), 409)).contains("id=\"coop-act-error\"",
				"already registered");
	}

	@Test
	void unitHoldersAndCooperativesListProductsAndApplyForStalls() {
		String unit = register("/staff/units", unit(this.ownerNumber), 303).replaceAll("^/staff/units/([^?]+).*$",
				"$1");
		String coop = register("/staff/cooperatives", coop("LDK/CS/S" + this.run.toUpperCase(), "Dolma\nSkarma"), 303)
			.replaceAll("^/staff/cooperatives/([^?]+).*$", "$1");
		String fair = "units-fair-" + this.run;
		this.mongo
			.insert(new Document("_id", fair)
				.append("name", new Document("en", "Units Fair").append("hi", "Units Fair"))
				.append("place", "Leh")
				.append("district", "LEH")
				.append("startsOn", this.today.plusDays(30).toString())
				.append("endsOn", this.today.plusDays(32).toString())
				.append("applications",
						new Document("opensOn", this.today.minusDays(1).toString())
							.append("closesOn", this.today.plusDays(10).toString())
							.append("feeDueOn", this.today.plusDays(25).toString())
							.append("sellerKinds", List.of("UNIT_HOLDER", "CO_OPERATIVE"))
							.append("crafts", List.of())),
					"exhibitions")
			.block();
		for (String seller : List.of(unit, coop)) {
			String listing = this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
				.mutateWith(csrf())
				.post()
				.uri("/seller/listings")
				.body(BodyInserters.fromFormData("titleEn", "Pashmina stole " + seller)
					.with("descriptionEn", "Hand-spun, hand-woven.")
					.with("craft", ListingFixtures.CRAFT)
					.with("price", "6500")
					.with("stock", "3"))
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.returnResult(Void.class)
				.getResponseHeaders()
				.getLocation()
				.toString()
				.replaceAll("^/seller/listings/([^/]+)/photos.*$", "$1");
			assertThat(this.mongo.findById(listing, Document.class, "listings").block().getString("sellerId"))
				.isEqualTo(seller);
			MultiValueMap<String, String> apply = new LinkedMultiValueMap<>();
			apply.add("crafts", "pashmina-weaving");
			apply.add("listingIds", listing);
			apply.add("kind", "handloom");
			apply.add("size", "4x3");
			new HtmlForms(this.http).post(SignedIn.seller(seller), "/seller/exhibitions/" + fair + "/apply", apply,
					303);
		}
		List<Document> applications = this.mongo
			.find(Query.query(Criteria.where("exhibitionId").is(fair)), Document.class, "stall_applications")
			.collectList()
			.block();
		assertThat(applications).extracting((a) -> a.getString("sellerKind"))
			.containsExactlyInAnyOrder("UNIT_HOLDER", "CO_OPERATIVE");
	}

	@Test
	void theExhibitionFormOffersTheNewKindsByName() {
		assertThat(page(SignedIn.officer(), "/staff/exhibitions/new", 200)).contains("value=\"UNIT_HOLDER\"",
				"Unit holders", "value=\"CO_OPERATIVE\"", "Co-operatives");
		assertThat(page(SignedIn.officer(), "/staff/exhibitions/new?lang=hi", 200)).contains("इकाई धारक",
				"सहकारी समितियाँ");
	}

	private MultiValueMap<String, String> unit(String ownerRegistration) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", "Stok Looms " + this.run);
		form.add("district", "LEH");
		form.add("block", "Leh");
		form.add("village", "Stok");
		form.add("crafts", "pashmina-weaving");
		form.add("ownerRegistration", ownerRegistration);
		form.add("establishedOn", "2025-04-01");
		form.add("kitScheme", "Border blocks elementary centres");
		return form;
	}

	private MultiValueMap<String, String> coop(String act, String members) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", "Changthang Weavers " + this.run);
		form.add("district", "LEH");
		form.add("block", "Nyoma");
		form.add("village", "Nyoma");
		form.add("crafts", "pashmina-weaving");
		form.add("actRegistration", act);
		form.add("registeredOn", "2019-04-01");
		form.add("handloomWeavers", "on");
		form.add("members", members);
		return form;
	}

	private String register(String path, MultiValueMap<String, String> form, int status) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
	}

	private String body(String path, MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(SignedIn.officer(), path, form, status);
	}

	private String page(MarketplaceUser person, String path, int status) {
		if (person == null) {
			return this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isEqualTo(status)
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
		}
		return new HtmlForms(this.http).page(person, path, status);
	}

}
