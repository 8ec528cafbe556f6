package ladakh.crafts.marketplace.treasury.payouts;

import java.util.Collection;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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

	/**
	 * Stores (or replaces) a seller's account in one step that answers the one it
	 * replaced, so exactly one of two saves of the same account at once sees a change.
	 * @return whether the stored account changed: a new one, or other details than before
	 */
	Mono<Boolean> save(PayeeBankAccount account, String by, java.time.Instant at) {
		Mono<Boolean> save = Mono.defer(() -> this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(account.sellerId())),
					Update.update("beneficiary", account.beneficiary())
						.set("accountNumber", account.accountNumber())
						.set("ifsc", account.ifsc())
						.set("updatedBy", by)
						.set("updatedAt", java.util.Date.from(at)),
					FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION)
			.map((before) -> !account.equals(account(before)))
			.defaultIfEmpty(true));
		// two first saves at once: the one whose insert lost updates the other's instead
		return save.onErrorResume(DuplicateKeyException.class, (ex) -> save);
	}

	Flux<PayeeBankAccount> of(Collection<String> sellerIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(sellerIds)), Document.class, COLLECTION)
			.map(BankAccountRepository::account);
	}

	private static PayeeBankAccount account(Document document) {
		return new PayeeBankAccount(document.getString("_id"), document.getString("beneficiary"),
				document.getString("accountNumber"), document.getString("ifsc"));
	}

}
