package ladakh.crafts.marketplace.sellers;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A small public read for other areas (invoices, packing slips, order emails): who a
 * seller is on paper and where to write to them, without knowing the {@code sellers} or
 * {@code users} documents.
 */
@Service
public class SellerContacts {

	private final ReactiveMongoTemplate mongo;

	SellerContacts(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The seller's name, registration number and the email of an account acting for them.
	 * @param sellerId the seller
	 * @return the contact; a bare one (the id as name) when there is no such seller
	 */
	public Mono<Contact> of(String sellerId) {
		Mono<Document> seller = this.mongo.findById(sellerId, Document.class, "sellers")
			.defaultIfEmpty(new Document("_id", sellerId));
		Mono<String> email = this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId).and("enabled").ne(false)), Document.class,
					"users")
			.map((user) -> String.valueOf(user.get("login")))
			.filter((login) -> login.contains("@"))
			.next()
			.defaultIfEmpty("");
		return Mono.zip(seller, email)
			.map((both) -> new Contact(sellerId,
					(both.getT1().getString("name") != null) ? both.getT1().getString("name") : sellerId,
					both.getT1().getString("registrationNumber"), both.getT2().isEmpty() ? null : both.getT2()));
	}

	/**
	 * @param sellerId the seller
	 * @param name their name
	 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}, or null
	 * @param email where to write, or null when no account has an email
	 */
	public record Contact(String sellerId, String name, String registrationNumber, String email) {

	}

}
