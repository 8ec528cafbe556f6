package ladakh.crafts.marketplace.sellers.registration;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtisanApplicationTests {

	private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");

	/** The test's day (5 March 2026), 10:30 in India. */
	private static final Instant TEST_DAY = Instant.parse("2026-03-05T05:00:00Z");

	private static final StaffMember OFFICER = new StaffMember("usr-o", Set.of(Role.OFFICER));

	private static final StaffMember ASSIGNED = new StaffMember("usr-i", Set.of(Role.INSTRUCTOR));

	private static final StaffMember OTHER_INSTRUCTOR = new StaffMember("usr-j", Set.of(Role.INSTRUCTOR));

	@Test
	void movesThroughTheStagesInOrder() {
		ArtisanApplication application = submitted();
		application.scheduleTest(LocalDate.of(2026, 3, 5), "Leh", "usr-i", "usr-o", NOW);
		assertThat(application.status()).isEqualTo(ApplicationStatus.TEST_SCHEDULED);
		application.recordTest(new Marks(7, 6, 6, 6), "ok", ASSIGNED, new PassingPolicy(), TEST_DAY);
		assertThat(application.status()).isEqualTo(ApplicationStatus.TEST_PASSED);
		application.approve("usr-o", NOW);
		assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(application.loadedStatus()).as("saves stay conditional on the loaded status")
			.isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.awaitsRegistrationNumber()).isTrue();
	}

	@Test
	void aFailedTestEndsInTestFailed() {
		ArtisanApplication application = scheduled();
		application.recordTest(new Marks(9, 9, 9, 4), "speed", OFFICER, new PassingPolicy(), TEST_DAY);
		assertThat(application.status()).isEqualTo(ApplicationStatus.TEST_FAILED);
		assertThatThrownBy(() -> application.approve("usr-o", NOW)).isInstanceOf(RegistrationRefused.class);
	}

	@Test
	void refusesMovesOutOfOrder() {
		assertThatThrownBy(() -> submitted().approve("usr-o", NOW)).isInstanceOfSatisfying(RegistrationRefused.class,
				(refused) -> assertThat(refused.kind()).isEqualTo(RegistrationRefused.Kind.CONFLICT));
		assertThatThrownBy(() -> submitted().recordTest(new Marks(5, 5, 5, 5), null, OFFICER, new PassingPolicy(), NOW))
			.isInstanceOf(RegistrationRefused.class);
		ArtisanApplication scheduled = scheduled();
		assertThatThrownBy(() -> scheduled.scheduleTest(LocalDate.of(2026, 3, 6), "Leh", "usr-i", "usr-o", NOW))
			.isInstanceOf(RegistrationRefused.class);
	}

	@Test
	void onlyTheAssignedInstructorOrAnOfficerRecordsTheTest() {
		assertThatThrownBy(() -> scheduled().recordTest(new Marks(8, 8, 8, 8), null, OTHER_INSTRUCTOR,
				new PassingPolicy(), TEST_DAY))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					(refused) -> assertThat(refused.kind()).isEqualTo(RegistrationRefused.Kind.FORBIDDEN));
	}

	/** Marks are for a test that was held: from its day on, India time. */
	@Test
	void marksAreTakenFromTheDayOfTheTestInIndia() {
		for (Instant early : new Instant[] { TEST_DAY.minus(java.time.Duration.ofDays(14)),
				Instant.parse("2026-03-04T18:20:00Z") /* 23:50 IST the day before */ }) {
			ArtisanApplication application = scheduled();
			assertThatThrownBy(
					() -> application.recordTest(new Marks(8, 8, 8, 8), null, ASSIGNED, new PassingPolicy(), early))
				.isInstanceOfSatisfying(RegistrationRefused.class, (refused) -> {
					assertThat(refused.kind()).isEqualTo(RegistrationRefused.Kind.CONFLICT);
					assertThat(refused.messageKey()).isEqualTo("registration.refused.marksBeforeTest");
				});
			assertThat(application.status()).isEqualTo(ApplicationStatus.TEST_SCHEDULED);
		}
		ArtisanApplication application = scheduled();
		// 00:10 IST on the day, still the 4th in UTC.
		application.recordTest(new Marks(8, 8, 8, 8), null, ASSIGNED, new PassingPolicy(),
				Instant.parse("2026-03-04T18:40:00Z"));
		assertThat(application.status()).isEqualTo(ApplicationStatus.TEST_PASSED);
	}

	@Test
	void aRejectionNeedsAReasonAndAnOpenApplication() {
		assertThatThrownBy(() -> submitted().reject("usr-o", "  ", NOW)).isInstanceOf(RegistrationRefused.class);
		ArtisanApplication application = submitted();
		application.reject("usr-o", "Not a resident", NOW);
		assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(application.decision().reason()).isEqualTo("Not a resident");
		assertThatThrownBy(() -> application.reject("usr-o", "again", NOW)).isInstanceOf(RegistrationRefused.class);
	}

	@Test
	void theAuditLogCanOnlyAppendAndRead() {
		// Registration writes straight to the shared trail, which offers no way to change
		// or remove an entry.
		assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName))
			.containsExactlyInAnyOrder("record", "append", "about", "latest", "search", "createIndexes");
		assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).map(Method::getName))
			.noneMatch((name) -> name.contains("update") || name.contains("remove") || name.contains("delete"));
	}

	@Test
	void demoApplicationsCoverEveryStageBeforeApproval() {
		assertThat(RegistrationDemoData.applications()).extracting(ArtisanApplication::status)
			.containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.TEST_SCHEDULED,
					ApplicationStatus.TEST_PASSED, ApplicationStatus.TEST_FAILED, ApplicationStatus.REJECTED);
		assertThat(RegistrationDemoData.applications()).extracting(ArtisanApplication::id)
			.isEqualTo(RegistrationDemoData.applications().stream().map(ArtisanApplication::id).toList());
	}

	private static ArtisanApplication submitted() {
		Applicant applicant = new Applicant("Padma", "Tsering", LocalDate.of(1990, 1, 1), "FEMALE",
				new MobileNumber("9876543210"), District.LEH, "Leh", "Saboo", new PinCode("194101"),
				List.of("pashmina-weaving"), 5, null, null, null, "consent");
		return ArtisanApplication.submit("app-x", "REF", applicant, "photo-app-x", null, NOW);
	}

	private static ArtisanApplication scheduled() {
		ArtisanApplication application = submitted();
		application.scheduleTest(LocalDate.of(2026, 3, 5), "Leh", "usr-i", "usr-o", NOW);
		return application;
	}

}
