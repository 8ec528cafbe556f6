package ladakh.crafts.marketplace.training.attendance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A centre with an instructor and a batch running today, for the attendance tests. */
final class AttendanceFixtures {

	private final ReactiveMongoTemplate mongo;

	AttendanceFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	static LocalDate today() {
		return IndiaTime.dayOf(Instant.now());
	}

	/**
	 * A centre taught by the instructor, with one batch running today of the given
	 * trainees ({@code <batchId>-t<n>}, named {@code <name> <n>}).
	 */
	void centre(String centreId, String name, String instructorId, String instructorName) {
		new SellerFixtures(this.mongo).insert(
				new Document("_id", centreId).append("type", "TRAINING_CENTRE")
					.append("name", name)
					.append("district", "LEH")
					.append("village", "Leh")
					.append("crafts", List.of("wood-carving"))
					.append("status", "ACTIVE")
					.append("centre", new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 60)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 10_000L)
						.append("instructors", (instructorId == null) ? List.of()
								: List.of(new Document("userId", instructorId).append("name", instructorName)))));
		this.mongo.remove(Query.query(Criteria.where("centreId").is(centreId)), "centre_batches").block();
	}

	List<String> batch(String centreId, String batchId, String traineeName, int trainees) {
		List<Document> people = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int n = 1; n <= trainees; n++) {
			String id = batchId + "-t" + n;
			ids.add(id);
			people.add(new Document("traineeId", id).append("name", traineeName + " " + n)
				.append("status", "ENROLLED")
				.append("outcome", "NONE")
				.append("artisanId", null));
		}
		this.mongo
			.insert(new Document("_id", batchId).append("centreId", centreId)
				.append("craft", "wood-carving")
				.append("startsOn", today().minusDays(60).toString())
				.append("endsOn", today().plusDays(300).toString())
				.append("capacity", 60)
				.append("seatsLeft", 60 - trainees)
				.append("trainees", people), "centre_batches")
			.block();
		return ids;
	}

	long marks(String batchId) {
		return this.mongo.count(Query.query(Criteria.where("batchId").is(batchId)), "attendance_marks").block();
	}

	long punches(String centreId) {
		return this.mongo.count(Query.query(Criteria.where("centreId").is(centreId)), "attendance_punches").block();
	}

}
