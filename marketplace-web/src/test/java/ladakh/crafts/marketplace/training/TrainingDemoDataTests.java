package ladakh.crafts.marketplace.training;

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

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TrainingCentres centres;

	@Autowired
	BatchRepository batches;

	@Test
	void seedsTwoBatchesPerCentreWithinItsIntakeOnceAndChangesNothingOnASecondRun() {
		new SellerFixtures(this.mongo).insert(new Document("_id", "tc-0001").append("type", "TRAINING_CENTRE")
			.append("name", "Demo Centre")
			.append("crafts", List.of("wood-carving"))
			.append("centre", new Document("intakeCapacity", 4).append("courseMonths", 24)));
		this.mongo.remove(Query.query(Criteria.where("centreId").is("tc-0001")), "centre_batches").block();

		TrainingDemoData demo = new TrainingDemoData(this.centres, this.batches);
		demo.load();
		List<Document> first = batchesOfTheCentre();
		demo.load();

		assertThat(batchesOfTheCentre()).isEqualTo(first);
		assertThat(first).hasSize(2);
		assertThat(first).allSatisfy((batch) -> assertThat(((List<?>) batch.get("trainees")).size())
			.isLessThanOrEqualTo(batch.getInteger("capacity")));
		assertThat(first.stream()
			.flatMap((batch) -> ((List<?>) batch.get("trainees")).stream())
			.map((trainee) -> ((Document) trainee).getString("status"))
			.distinct()).containsExactlyInAnyOrder("ENROLLED", "COMPLETED", "DROPPED");
	}

	private List<Document> batchesOfTheCentre() {
		return this.mongo.find(Query.query(Criteria.where("centreId").is("tc-0001")), Document.class, "centre_batches")
			.collectList()
			.block();
	}

}
