package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals at the same time: one application approved twice gives one approval and one
 * number; many applications at once give consecutive numbers without gaps. KARGIL is used
 * by this class only, so its counter is this test's to reset.
 */
@MockServerTest
class ApprovalConcurrencyTests extends MongoBackedTest {

	private static final StaffMember OFFICER_A = new StaffMember("usr-test-officer-a", Set.of(Role.OFFICER));

	private static final StaffMember OFFICER_B = new StaffMember("usr-test-officer-b", Set.of(Role.OFFICER));

	@Autowired
	RegistrationDecisions decisions;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Clock clock;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.mongo).basics();
		this.mongo.remove(Query.query(Criteria.where("_id").is(kargilCounter())), "counters").block();
	}

	@Test
	void twoOfficersApprovingTheSameApplicationGiveOneApprovalAndOneNumber() {
		String id = this.fixtures.application(ApplicationStatus.TEST_PASSED, District.LEH,
				RegistrationFixtures.newMobile(), this.clock.instant());
		List<Object> outcomes = Flux
			.merge(attempt(id, OFFICER_A).subscribeOn(Schedulers.parallel()),
					attempt(id, OFFICER_B).subscribeOn(Schedulers.parallel()))
			.collectList()
			.block();

		assertThat(outcomes).hasSize(2);
		assertThat(outcomes).filteredOn(ArtisanApplication.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(RegistrationRefused.class::isInstance)
			.singleElement()
			.satisfies((refused) -> assertThat(((RegistrationRefused) refused).kind())
				.isEqualTo(RegistrationRefused.Kind.CONFLICT));
		assertThat(this.mongo.count(Query.query(Criteria.where("applicationId").is(id)), "sellers").block())
			.isEqualTo(1);
		Document application = this.fixtures.applicationDocument(id);
		assertThat(application.getString("status")).isEqualTo("APPROVED");
		assertThat(application.getString("registrationNumber")).matches("LEH/HC/\\d{4}/\\d{4}");
		assertThat(this.mongo
			.count(Query.query(Criteria.where("subjectId").is(id).and("action").is("APPLICATION_APPROVED")),
					"audit_events")
			.block()).isEqualTo(1);
	}

	@Test
	void aHundredConcurrentApprovalsGiveAHundredConsecutiveNumbers() {
		List<String> ids = IntStream.range(0, 100)
			.mapToObj((i) -> this.fixtures.application(ApplicationStatus.TEST_PASSED, District.KARGIL,
					RegistrationFixtures.newMobile(), this.clock.instant()))
			.toList();

		List<String> numbers = Flux.fromIterable(ids)
			.parallel(16)
			.runOn(Schedulers.parallel())
			.flatMap((id) -> this.decisions.approve(id, OFFICER_A))
			.sequential()
			.map(ArtisanApplication::registrationNumber)
			.collectList()
			.block();

		int year = LocalDate.now(this.clock).getYear();
		List<String> expected = new ArrayList<>();
		for (int sequence = 1; sequence <= 100; sequence++) {
			expected.add("KGL/HC/%d/%04d".formatted(year, sequence));
		}
		assertThat(numbers).hasSize(100).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(this.mongo.count(Query.query(Criteria.where("applicationId").in(ids)), "sellers").block())
			.isEqualTo(100);
	}

	@Test
	void anApprovalCutShortIsCompletedByARetryThatChangesNothingTheSecondTime() {
		String id = this.fixtures.application(ApplicationStatus.APPROVED, District.LEH,
				RegistrationFixtures.newMobile(), this.clock.instant());
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new org.springframework.data.mongodb.core.query.Update()
						.set("decision",
								new Document("by", "usr-test-officer").append("at",
										RegistrationFixtures.date(this.clock.instant().minusSeconds(3600))))
						.set("updatedAt", RegistrationFixtures.date(this.clock.instant().minusSeconds(3600))),
					ApplicationRepository.COLLECTION)
			.block();

		assertThat(this.decisions.completeStalledApprovals().block()).isGreaterThanOrEqualTo(1);
		String number = this.fixtures.applicationDocument(id).getString("registrationNumber");
		assertThat(number).matches("LEH/HC/\\d{4}/\\d{4}");
		this.decisions.completeStalledApprovals().block();
		assertThat(this.fixtures.applicationDocument(id).getString("registrationNumber")).isEqualTo(number);
		assertThat(this.mongo.count(Query.query(Criteria.where("applicationId").is(id)), "sellers").block())
			.isEqualTo(1);
	}

	private Mono<Object> attempt(String id, StaffMember officer) {
		return this.decisions.approve(id, officer).cast(Object.class).onErrorResume(Mono::just);
	}

	private String kargilCounter() {
		return RegistrationNumberRepository.counterId(District.KARGIL, LocalDate.now(this.clock).getYear());
	}

}
