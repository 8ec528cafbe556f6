package ladakh.crafts.marketplace.treasury.payouts;

import java.util.Collection;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code payout_bank_accounts} collection, one per seller ({@code _id} the seller
 * id).
 */
@Repository
class BankAccountRepository {

	static final String COLLECTION = "payout_bank_accounts";

	private final ReactiveMongoTemplate mongo;

	BankAccountRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> save(PayeeBankAccount account, String by, java.time.Instant at) {
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(account.sellerId())),
				Update.update("beneficiary", account.beneficiary())
					.set("accountNumber", account.accountNumber())
					.set("ifsc", account.ifsc())
					.set("updatedBy", by)
					.set("updatedAt", java.util.Date.from(at)),
				COLLECTION)
			.then();
	}

	Flux<PayeeBankAccount> of(Collection<String> sellerIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(sellerIds)), Document.class, COLLECTION)
			.map((document) -> new PayeeBankAccount(document.getString("_id"), document.getString("beneficiary"),
					document.getString("accountNumber"), document.getString("ifsc")));
	}

}
