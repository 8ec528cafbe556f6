package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.demo.SellerType;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's centres and schemes, stored as the demo stores them and read back through
 * the training area, carry the department's published figures (decision 0058).
 */
@MockServerTest
class PublishedSchemesDemoTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TrainingCentres centres;

	@Autowired
	BatchRepository batches;

	@Autowired
	SchemeRepository schemeStore;

	@Autowired
	Schemes schemes;

	@Test
	void theLoadedDemoMatchesThePublishedSchemes() {
		List<String> ids = loadTheDemosCentres();

		List<TrainingCentre> read = Flux.fromIterable(ids).concatMap(this.centres::find).collectList().block();
		Map<String, Long> perScheme = read.stream()
			.collect(Collectors.groupingBy(TrainingCentre::scheme, Collectors.counting()));
		assertThat(perScheme)
			.containsExactlyInAnyOrderEntriesOf(Map.of("DISTRICT_PLAN", 16L, "CARPET_WEAVING_ELEMENTARY", 2L,
					"CARPET_WEAVING_ADVANCED", 2L, "BORDER_AREA", 11L, "EX_TRAINEE_UNITS", 3L));
		assertThat(read).extracting(TrainingCentre::district).contains("LEH", "KARGIL");

		Map<String, Scheme> schemes = Flux.fromIterable(perScheme.keySet())
			.concatMap(this.schemes::find)
			.collectMap(Scheme::id, Function.identity())
			.block();
		LocalDate today = LocalDate.of(2026, 12, 7);
		assertScheme(schemes.get("DISTRICT_PLAN"), 24, 10, 14, 100, 0, today);
		assertScheme(schemes.get("CARPET_WEAVING_ELEMENTARY"), 24, 25, 25, 100, 0, today);
		assertScheme(schemes.get("CARPET_WEAVING_ADVANCED"), 24, 25, 25, 200, 0, today);
		assertScheme(schemes.get("BORDER_AREA"), 12, 10, 10, 250, 75, today);
		assertScheme(schemes.get("EX_TRAINEE_UNITS"), 12, 10, 10, 250, 75, today);
		assertThat(schemes.get("BORDER_AREA").kit()).containsExactly(Scheme.Provision.TOOLS, Scheme.Provision.EQUIPMENT,
				Scheme.Provision.LOOM);
		assertThat(schemes.get("CARPET_WEAVING_ADVANCED").rates().get(0).effectiveFrom())
			.isEqualTo(LocalDate.of(1980, 4, 1));

		for (TrainingCentre centre : read) {
			Scheme scheme = schemes.get(centre.scheme());
			assertThat(centre.intakeCapacity()).as(centre.id()).isBetween(scheme.intakeMin(), scheme.intakeMax());
			assertThat(centre.courseMonths()).as(centre.id()).isEqualTo(scheme.courseMonths());
			assertThat(centre.monthlyStipend()).as(centre.id()).isEqualTo(scheme.rateOn(today).orElseThrow());
			List<Batch> batches = this.centres.batches(centre.id()).block();
			assertThat(batches).as(centre.id()).hasSize(2).allSatisfy((batch) -> {
				assertThat(batch.trainees()).hasSizeLessThanOrEqualTo(centre.intakeCapacity());
				assertThat(batch.capacity()).isEqualTo(centre.intakeCapacity());
				assertThat(batch.endsOn()).isEqualTo(batch.startsOn().plusMonths(scheme.courseMonths()).minusDays(1));
			});
		}
	}

	private static void assertScheme(Scheme scheme, int months, int intakeMin, int intakeMax, int rupees, int subsidy,
			LocalDate today) {
		assertThat(scheme.courseMonths()).as(scheme.id()).isEqualTo(months);
		assertThat(scheme.intakeMin()).as(scheme.id()).isEqualTo(intakeMin);
		assertThat(scheme.intakeMax()).as(scheme.id()).isEqualTo(intakeMax);
		assertThat(scheme.rateOn(today)).as(scheme.id()).contains(Money.rupees(rupees));
		assertThat(scheme.subsidyPercent()).as(scheme.id()).isEqualTo(subsidy);
		assertThat(scheme.department()).isEqualTo(Scheme.Department.HANDICRAFT);
	}

	/** The generated centres in their stored shape (as the demo loader writes them). */
	private List<String> loadTheDemosCentres() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		List<ladakh.crafts.demo.Seller> generated = new DemoDataGenerator().generate()
			.sellersOfType(SellerType.TRAINING_CENTRE);
		List<String> ids = generated.stream().map(ladakh.crafts.demo.Seller::id).toList();
		this.mongo.remove(Query.query(Criteria.where("_id").in(ids)), "sellers").block();
		this.mongo.remove(Query.query(Criteria.where("_id")
			.in(List.of("DISTRICT_PLAN", "CARPET_WEAVING_ELEMENTARY", "CARPET_WEAVING_ADVANCED", "BORDER_AREA",
					"EX_TRAINEE_UNITS"))),
				"training_schemes")
			.block();
		for (String id : ids) {
			this.mongo.remove(Query.query(Criteria.where("centreId").is(id)), "centre_batches").block();
		}
		for (ladakh.crafts.demo.Seller centre : generated) {
			sellers.insert(new Document("_id", centre.id()).append("type", "TRAINING_CENTRE")
				.append("name", centre.name())
				.append("district", centre.district().name())
				.append("block", centre.block())
				.append("village", centre.village())
				.append("crafts", centre.crafts())
				.append("registrationNumber", centre.registrationNumber())
				.append("status", centre.status())
				.append("centre",
						new Document("scheme", centre.centre().scheme().name())
							.append("intakeCapacity", centre.centre().intakeCapacity())
							.append("courseMonths", centre.centre().courseMonths())
							.append("monthlyStipendMinor", centre.centre().monthlyStipendMinor())
							.append("carpetWeaving", centre.centre().carpetWeaving())));
		}
		new TrainingDemoData(this.centres, this.batches, this.schemeStore)
			.seed(Flux.fromIterable(ids).concatMap(this.centres::find))
			.block();
		return ids;
	}

}
