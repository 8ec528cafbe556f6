package ladakh.crafts.marketplace.sellers.registration;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes for the queries of this area. The reference is unique: it is the applicant's
 * key to their status. The public form's per-address counts expire with their window.
 */
@Component
class RegistrationIndexes {

	private final ReactiveMongoTemplate mongo;

	RegistrationIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> create() {
		return Flux
			.concat(create(ApplicationRepository.COLLECTION,
					new IndexModel(Indexes.ascending("reference"), new IndexOptions().name("reference").unique(true)),
					new IndexModel(
							Indexes.compoundIndex(Indexes.ascending("applicant.mobile"),
									Indexes.descending("createdAt")),
							new IndexOptions().name("mobile_createdAt")),
					new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("updatedAt")),
							new IndexOptions().name("status_updatedAt"))),
					create(ApplicationThrottle.COLLECTION,
							new IndexModel(Indexes.ascending("expiresAt"),
									new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS))))
			// The audit trail's indexes belong to system.audit.AuditTrail.
			.then();
	}

	private Mono<Void> create(String collection, IndexModel... indexes) {
		return this.mongo.getCollection(collection).flatMapMany((c) -> c.createIndexes(List.of(indexes))).then();
	}

}
