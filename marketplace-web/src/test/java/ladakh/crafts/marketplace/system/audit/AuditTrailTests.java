package ladakh.crafts.marketplace.system.audit;

import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AuditTrailTests extends MongoBackedTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void recordsWhoDidWhatToWhichSubjectAndWhy() {
		String subject = "app-" + UUID.randomUUID();
		this.trail
			.record(SignedIn.officer(), "APPLICATION_APPROVED", "APPLICATION", subject, "passed the test",
					Map.of("registrationNumber", "LEH/HC/2026/0042"))
			.block();
		Document stored = this.mongo
			.findOne(Query.query(Criteria.where("subjectId").is(subject)), Document.class, AuditRepository.COLLECTION)
			.block();
		assertThat(stored).isNotNull();
		assertThat(stored.getString("actorId")).isEqualTo("usr-test-officer");
		assertThat(stored.getList("actorRoles", String.class)).containsExactly("OFFICER");
		assertThat(stored.get("at")).isInstanceOf(java.util.Date.class);
		assertThat(stored.get("details", Document.class).getString("registrationNumber")).isEqualTo("LEH/HC/2026/0042");
		assertThat(this.trail.about("APPLICATION", subject).collectList().block()).singleElement()
			.satisfies((event) -> {
				assertThat(event.action()).isEqualTo("APPLICATION_APPROVED");
				assertThat(event.reason()).isEqualTo("passed the test");
			});
	}

	@Test
	void theApplicationItselfIsRecordedAsSystem() {
		String subject = "usr-" + UUID.randomUUID();
		AuditEvent event = this.trail.record(null, "USER_CREATED", "USER", subject, null, null).block();
		assertThat(event.actorId()).isEqualTo(AuditTrail.SYSTEM);
		assertThat(this.trail.about("USER", subject).collectList().block()).hasSize(1);
	}

}
