package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Pattern;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code sellers} documents this area writes: registered artisans, and the status of
 * any seller (suspend / reinstate).
 */
@Repository
class SellerRecords {

	static final String COLLECTION = "sellers";

	private final ReactiveMongoTemplate mongo;

	SellerRecords(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The seller id an approved application gets: fixed, so a retry finds the same one.
	 */
	static String sellerIdFor(String applicationId) {
		return "art-" + applicationId.substring(applicationId.indexOf('-') + 1);
	}

	/**
	 * Creates the artisan's seller record if absent (an idempotent upsert: a retried
	 * approval changes nothing).
	 */
	Mono<Void> createArtisan(ArtisanApplication application, RegistrationNumber number, LocalDate registeredOn,
			LocalDate validUntil, Instant at) {
		Applicant a = application.applicant();
		Document artisan = new Document("parentage", a.parentage()).append("gender", a.gender())
			.append("birthYear", a.dateOfBirth().getYear())
			.append("yearsOfPractice", a.yearsOfPractice())
			.append("trainingCentreId", a.trainingCentreId())
			.append("shgId", null);
		Update update = new Update().setOnInsert("type", "ARTISAN")
			.setOnInsert("name", a.name())
			.setOnInsert("district", a.district().name())
			.setOnInsert("block", a.block())
			.setOnInsert("village", a.village())
			.setOnInsert("crafts", a.crafts())
			.setOnInsert("registrationNumber", number.toString())
			.setOnInsert("status", "ACTIVE")
			.setOnInsert("registeredOn", registeredOn.toString())
			.setOnInsert("validUntil", validUntil.toString())
			.setOnInsert("photoId", application.photoId())
			.setOnInsert("applicationId", application.id())
			.setOnInsert("mobile", a.mobile().digits())
			.setOnInsert("artisan", artisan)
			.setOnInsert("createdAt", Date.from(at));
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(sellerIdFor(application.id()))), update, COLLECTION)
			.then();
	}

	Mono<SellerSummary> findById(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(SellerRecords::summary);
	}

	/**
	 * Moves a seller from one status to another, only if it is still in the first.
	 * @return the seller after the change, or empty when it was not in {@code from}
	 */
	Mono<SellerSummary> changeStatus(String id, String from, String to, String reason, Instant at) {
		Query query = Query.query(Criteria.where("_id").is(id).and("status").is(from));
		Update update = new Update().set("status", to)
			.set("statusReason", reason)
			.set("statusChangedAt", Date.from(at));
		return this.mongo
			.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
			.map(SellerRecords::summary);
	}

	/**
	 * Sellers whose name, registration number, village or (when asked) mobile contains
	 * the text.
	 */
	Flux<SellerSummary> search(String text, int limit, boolean byMobile) {
		Query query = new Query().with(Sort.by("name")).limit(limit);
		if (text != null && !text.isBlank()) {
			Pattern contains = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
			java.util.List<Criteria> fields = new java.util.ArrayList<>(java.util.List.of(
					Criteria.where("name").regex(contains), Criteria.where("registrationNumber").regex(contains),
					Criteria.where("village").regex(contains)));
			if (byMobile) {
				fields.add(Criteria.where("mobile").regex(contains));
			}
			query.addCriteria(new Criteria().orOperator(fields));
		}
		return this.mongo.find(query, Document.class, COLLECTION).map(SellerRecords::summary);
	}

	/** Training centres, for the application form's training background. */
	Flux<Option> trainingCentres() {
		return this.mongo
			.find(Query.query(Criteria.where("type").is("TRAINING_CENTRE")).with(Sort.by("name")), Document.class,
					COLLECTION)
			.map((document) -> new Option(document.getString("_id"), document.getString("name")));
	}

	private static SellerSummary summary(Document document) {
		return new SellerSummary(document.getString("_id"), document.getString("type"), document.getString("name"),
				document.getString("registrationNumber"), document.getString("district"), document.getString("village"),
				document.getString("mobile"), document.getString("status"), document.getString("validUntil"),
				document.getString("statusReason"), document.getString("applicationId"));
	}

}
