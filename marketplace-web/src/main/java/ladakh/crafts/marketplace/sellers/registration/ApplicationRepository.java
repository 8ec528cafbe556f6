package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * {@code artisan_applications}, with the stored field names of docs/data-model.md. Every
 * change is one document update conditional on the status the aggregate was loaded with.
 */
@Repository
class ApplicationRepository {

	static final String COLLECTION = "artisan_applications";

	/**
	 * Set while an approval waits for its registration number, cleared when the number is
	 * recorded: the recovery sweep reads only these.
	 */
	private static final String NUMBER_PENDING = "numberPending";

	private final ReactiveMongoTemplate mongo;

	ApplicationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<ArtisanApplication> insert(ArtisanApplication application) {
		return this.mongo.insert(toDocument(application), COLLECTION).thenReturn(application);
	}

	Mono<Void> delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).then();
	}

	/**
	 * The indexes this repository's queries need. The reference is unique: it is the
	 * applicant's key to their status.
	 */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(List.of(
					new IndexModel(Indexes.ascending("reference"), new IndexOptions().name("reference").unique(true)),
					new IndexModel(Indexes.compoundIndex(Indexes.ascending("applicant.mobile"),
							Indexes.descending("createdAt")), new IndexOptions().name("mobile_createdAt")),
					new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("updatedAt")),
							new IndexOptions().name("status_updatedAt")),
					// approvals cut short, found without reading every approved
					// application
					new IndexModel(Indexes.ascending(NUMBER_PENDING, "updatedAt"),
							new IndexOptions().name("numberPending_updatedAt")),
					// the staff console's queues, a page at a time (decision 0046)
					new IndexModel(Indexes.ascending("status", "updatedAt", "_id"),
							new IndexOptions().name("status_updatedAt_id")),
					new IndexModel(Indexes.ascending("test.instructorId", "status", "test.date", "_id"),
							new IndexOptions().name("instructor_status_testDate")))))
			.then();
	}

	Mono<Boolean> exists(String id) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION);
	}

	Mono<ArtisanApplication> findById(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(ApplicationRepository::fromDocument);
	}

	Mono<ArtisanApplication> findByReference(String reference) {
		return this.mongo.findOne(Query.query(Criteria.where("reference").is(reference)), Document.class, COLLECTION)
			.map(ApplicationRepository::fromDocument);
	}

	/** The newest application with this mobile number. */
	Mono<ArtisanApplication> latestByMobile(MobileNumber mobile) {
		Query query = Query.query(Criteria.where("applicant.mobile").is(mobile.digits()))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(1);
		return this.mongo.findOne(query, Document.class, COLLECTION).map(ApplicationRepository::fromDocument);
	}

	/**
	 * A page of the applications in a status, longest unchanged first, from {@code after}
	 * on: index (status, updatedAt, _id).
	 */
	Flux<ArtisanApplication> withStatus(ApplicationStatus status, After after, int limit) {
		Criteria criteria = Criteria.where("status").is(status.name());
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().andOperator(criteria, Criteria.where("updatedAt").gte(at), new Criteria()
				.orOperator(Criteria.where("updatedAt").gt(at), Criteria.where("_id").gt(after.id())));
		}
		Query query = Query.query(criteria).with(Sort.by("updatedAt", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ApplicationRepository::fromDocument);
	}

	/**
	 * How many applications are in a state, and since when the oldest last changed: a
	 * count and one read, both on index {@code status_updatedAt_id}.
	 */
	Mono<Backlog> backlog(ApplicationStatus status) {
		Query inState = Query.query(Criteria.where("status").is(status.name()));
		return this.mongo.count(inState, COLLECTION)
			.zipWith(withStatus(status, null, 1).next()
				.map((oldest) -> java.util.Optional.ofNullable(oldest.updatedAt()))
				.defaultIfEmpty(java.util.Optional.empty()))
			.map((read) -> new Backlog(read.getT1(), read.getT2().orElse(null)));
	}

	/**
	 * How many applications in a state last changed from {@code from} (inclusive, null:
	 * any time) to {@code before} (exclusive, null: now): one count on index
	 * {@code status_updatedAt_id}.
	 */
	Mono<Long> countChanged(ApplicationStatus status, Instant from, Instant before) {
		Criteria changed = Criteria.where("updatedAt");
		changed = (from != null) ? changed.gte(Date.from(from)) : changed;
		changed = (before != null) ? changed.lt(Date.from(before)) : changed;
		Criteria criteria = Criteria.where("status").is(status.name());
		return this.mongo.count(
				Query
					.query((from != null || before != null) ? new Criteria().andOperator(criteria, changed) : criteria),
				COLLECTION);
	}

	/**
	 * A page of an instructor's scheduled tests, soonest first, from {@code after} on
	 * (its key the test's date as stored, yyyy-mm-dd): index (test.instructorId, status,
	 * test.date, _id).
	 */
	Flux<ArtisanApplication> scheduledFor(String instructorId, After after, int limit) {
		Criteria criteria = Criteria.where("test.instructorId")
			.is(instructorId)
			.and("status")
			.is(ApplicationStatus.TEST_SCHEDULED.name());
		if (after != null) {
			criteria = new Criteria().andOperator(criteria, Criteria.where("test.date").gte(after.key()), new Criteria()
				.orOperator(Criteria.where("test.date").gt(after.key()), Criteria.where("_id").gt(after.id())));
		}
		Query query = Query.query(criteria).with(Sort.by("test.date", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ApplicationRepository::fromDocument);
	}

	/** Approved before {@code before} but without a number: an approval cut short. */
	Flux<ArtisanApplication> approvedWithoutNumber(Instant before) {
		Query query = Query.query(Criteria.where(NUMBER_PENDING).is(true).and("updatedAt").lt(Date.from(before)));
		return this.mongo.find(query, Document.class, COLLECTION).map(ApplicationRepository::fromDocument);
	}

	/**
	 * Saves a transition, only if the stored status is still the one the application was
	 * loaded with.
	 * @return true when this update won; false when someone else moved it first
	 */
	Mono<Boolean> saveTransition(ArtisanApplication application) {
		Query query = Query
			.query(Criteria.where("_id").is(application.id()).and("status").is(application.loadedStatus().name()));
		Update update = new Update().set("status", application.status().name())
			.set("test", toDocument(application.test()))
			.set("decision", toDocument(application.decision()))
			.set("updatedAt", Date.from(application.updatedAt()))
			.inc("version", 1);
		if (application.awaitsRegistrationNumber()) {
			update.set(NUMBER_PENDING, true);
		}
		return this.mongo.updateFirst(query, update, COLLECTION).map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Records the number and seller of an approved application, once.
	 * @return true when recorded now; false when it already had a number
	 */
	Mono<Boolean> recordRegistration(String id, String registrationNumber, String sellerId) {
		Query query = Query.query(Criteria.where("_id")
			.is(id)
			.and("status")
			.is(ApplicationStatus.APPROVED.name())
			.and("registrationNumber")
			.is(null));
		Update update = new Update().set("registrationNumber", registrationNumber)
			.set("sellerId", sellerId)
			.unset(NUMBER_PENDING)
			.inc("version", 1);
		return this.mongo.updateFirst(query, update, COLLECTION).map((result) -> result.getModifiedCount() == 1);
	}

	static Document toDocument(ArtisanApplication application) {
		Applicant applicant = application.applicant();
		Document applicantDocument = new Document("name", applicant.name()).append("parentage", applicant.parentage())
			.append("dateOfBirth", applicant.dateOfBirth().toString())
			.append("gender", applicant.gender())
			.append("mobile", applicant.mobile().digits())
			.append("district", applicant.district().name())
			.append("block", applicant.block())
			.append("village", applicant.village())
			.append("pinCode", applicant.pinCode().value())
			.append("crafts", applicant.crafts())
			.append("yearsOfPractice", applicant.yearsOfPractice())
			.append("trainingCentreId", applicant.trainingCentreId())
			.append("batchId", applicant.batchId())
			.append("traineeId", applicant.traineeId())
			.append("consent", applicant.consent());
		Document document = new Document("_id", application.id()).append("reference", application.reference())
			.append("status", application.status().name())
			.append("applicant", applicantDocument)
			.append("photoId", application.photoId())
			.append("enteredBy", application.enteredBy())
			.append("test", toDocument(application.test()))
			.append("decision", toDocument(application.decision()))
			.append("sellerId", application.sellerId())
			.append("registrationNumber", application.registrationNumber())
			.append("version", 0L)
			.append("createdAt", Date.from(application.createdAt()))
			.append("updatedAt", Date.from(application.updatedAt()));
		if (application.awaitsRegistrationNumber()) {
			document.append(NUMBER_PENDING, true);
		}
		return document;
	}

	private static Document toDocument(PracticalTest test) {
		if (test == null) {
			return null;
		}
		Document marks = (test.marks() != null)
				? new Document("technique", test.marks().technique()).append("finish", test.marks().finish())
					.append("design", test.marks().design())
					.append("speed", test.marks().speed())
				: null;
		return new Document("date", test.date().toString()).append("place", test.place())
			.append("instructorId", test.instructorId())
			.append("scheduledBy", test.scheduledBy())
			.append("marks", marks)
			.append("remarks", test.remarks())
			.append("recordedBy", test.recordedBy())
			.append("recordedAt", (test.recordedAt() != null) ? Date.from(test.recordedAt()) : null);
	}

	private static Document toDocument(Decision decision) {
		return (decision != null) ? new Document("by", decision.by()).append("at", Date.from(decision.at()))
			.append("reason", decision.reason()) : null;
	}

	static ArtisanApplication fromDocument(Document document) {
		Document a = document.get("applicant", Document.class);
		Applicant applicant = new Applicant(a.getString("name"), a.getString("parentage"),
				LocalDate.parse(a.getString("dateOfBirth")), a.getString("gender"),
				new MobileNumber(a.getString("mobile")), District.valueOf(a.getString("district")),
				a.getString("block"), a.getString("village"), new PinCode(a.getString("pinCode")),
				a.getList("crafts", String.class), a.getInteger("yearsOfPractice", 0), a.getString("trainingCentreId"),
				a.getString("batchId"), a.getString("traineeId"), a.getString("consent"));
		return new ArtisanApplication(document.getString("_id"), document.getString("reference"),
				ApplicationStatus.valueOf(document.getString("status")), applicant, document.getString("photoId"),
				document.getString("enteredBy"), test(document.get("test", Document.class)),
				decision(document.get("decision", Document.class)), document.getString("sellerId"),
				document.getString("registrationNumber"), instant(document.getDate("createdAt")),
				instant(document.getDate("updatedAt")));
	}

	private static PracticalTest test(Document test) {
		if (test == null) {
			return null;
		}
		Document m = test.get("marks", Document.class);
		Marks marks = (m != null) ? new Marks(m.getInteger("technique"), m.getInteger("finish"), m.getInteger("design"),
				m.getInteger("speed")) : null;
		return new PracticalTest(LocalDate.parse(test.getString("date")), test.getString("place"),
				test.getString("instructorId"), test.getString("scheduledBy"), marks, test.getString("remarks"),
				test.getString("recordedBy"), instant(test.getDate("recordedAt")));
	}

	private static Decision decision(Document decision) {
		return (decision != null)
				? new Decision(decision.getString("by"), instant(decision.getDate("at")), decision.getString("reason"))
				: null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
