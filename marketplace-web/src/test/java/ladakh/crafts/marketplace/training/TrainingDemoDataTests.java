package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@MockServerTest
class TrainingDemoDataTests {

	private static final String CENTRE = "tc-demo-seed";

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TrainingCentres centres;

	@Autowired
	BatchRepository batches;

	@Autowired
	SchemeRepository schemes;

	@Test
	void seedsTwoBatchesAsLongAsTheCourseAndWithinTheIntakeOnceAndChangesNothingOnASecondRun() {
		new SellerFixtures(this.mongo).insert(new Document("_id", CENTRE).append("type", "TRAINING_CENTRE")
			.append("name", "Demo Centre")
			.append("crafts", List.of("wood-carving"))
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 12).append("courseMonths", 24)));
		this.mongo.remove(Query.query(Criteria.where("centreId").is(CENTRE)), "centre_batches").block();

		TrainingDemoData demo = new TrainingDemoData(this.centres, this.batches, this.schemes);
		demo.seed(this.centres.find(CENTRE).flux()).block();
		List<Document> first = batchesOfTheCentre();
		demo.seed(this.centres.find(CENTRE).flux()).block();

		assertThat(batchesOfTheCentre()).isEqualTo(first);
		assertThat(first).hasSize(2);
		assertThat(first).allSatisfy((batch) -> {
			assertThat(((List<?>) batch.get("trainees")).size()).isLessThanOrEqualTo(12);
			assertThat(batch.getInteger("capacity")).isEqualTo(12);
			assertThat(LocalDate.parse(batch.getString("endsOn")))
				.isEqualTo(LocalDate.parse(batch.getString("startsOn")).plusMonths(24).minusDays(1));
		});
		assertThat(first.stream()
			.flatMap((batch) -> ((List<?>) batch.get("trainees")).stream())
			.map((trainee) -> ((Document) trainee).getString("status"))
			.distinct()).containsExactlyInAnyOrder("ENROLLED", "COMPLETED", "DROPPED");
	}

	private List<Document> batchesOfTheCentre() {
		return this.mongo
			.find(Query.query(Criteria.where("centreId").is(CENTRE))
				.with(org.springframework.data.domain.Sort.by("_id")), Document.class, "centre_batches")
			.collectList()
			.block();
	}

}
