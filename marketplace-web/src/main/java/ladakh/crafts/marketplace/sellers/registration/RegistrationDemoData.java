package ladakh.crafts.marketplace.sellers.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Demo applications at every stage (submitted, test scheduled, passed, failed, rejected)
 * when {@code marketplace.demo-data.enabled}. Fixed ids and insert-if-absent: a second
 * start adds nothing and overwrites nothing a demo user has changed since.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class RegistrationDemoData implements ApplicationRunner {

	static final String DEMO_INSTRUCTOR = "usr-demo-instructor";

	static final String DEMO_OFFICER = "usr-demo-officer";

	private static final Instant SUBMITTED_AT = Instant.parse("2026-01-10T05:30:00Z");

	private final ApplicationRepository applications;

	RegistrationDemoData(ApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	public void run(ApplicationArguments args) {
		Flux.fromIterable(applications())
			.concatMap((application) -> this.applications.insert(application)
				.then()
				.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty()))
			.then()
			.block(Duration.ofMinutes(1));
	}

	static List<ArtisanApplication> applications() {
		LocalDate testDay = LocalDate.of(2026, 2, 12);
		Instant recordedAt = Instant.parse("2026-02-12T09:00:00Z");
		PracticalTest scheduled = new PracticalTest(LocalDate.of(2026, 12, 15), "Handicrafts office, Leh",
				DEMO_INSTRUCTOR, DEMO_OFFICER, null, null, null, null);
		PracticalTest passed = new PracticalTest(testDay, "Government Training Centre, Choglamsar", DEMO_INSTRUCTOR,
				DEMO_OFFICER, new Marks(8, 7, 7, 6), "Even, tight weave; clean selvedge.", DEMO_INSTRUCTOR, recordedAt);
		PracticalTest failed = new PracticalTest(testDay, "Government Training Centre, Kargil", DEMO_INSTRUCTOR,
				DEMO_OFFICER, new Marks(6, 4, 5, 5), "Finish needs more practice.", DEMO_INSTRUCTOR, recordedAt);
		return List.of(
				demo(1, ApplicationStatus.SUBMITTED, "Padma Dolkar", District.LEH, "Nyoma", "Hanle", "194404",
						"pashmina-weaving", null, null),
				demo(2, ApplicationStatus.TEST_SCHEDULED, "Tsewang Norboo", District.LEH, "Leh", "Phyang", "194101",
						"thangka-painting", scheduled, null),
				demo(3, ApplicationStatus.TEST_PASSED, "Sonam Wangmo", District.LEH, "Khaltsi", "Alchi", "194106",
						"wood-carving", passed, null),
				demo(4, ApplicationStatus.TEST_FAILED, "Ghulam Hussain", District.KARGIL, "Kargil", "Poyen", "194103",
						"papu-shoe-making", failed, null),
				demo(5, ApplicationStatus.REJECTED, "Rigzin Angmo", District.LEH, "Leh", "Stok", "194101", "pottery",
						null, new Decision(DEMO_OFFICER, SUBMITTED_AT.plus(Duration.ofDays(3)),
								"Lives outside Ladakh most of the year; asked to apply on return.")));
	}

	private static ArtisanApplication demo(int n, ApplicationStatus status, String name, District district,
			String block, String village, String pin, String craft, PracticalTest test, Decision decision) {
		Applicant applicant = new Applicant(name, "Demo Parent", LocalDate.of(1980 + n * 3, n, 10 + n),
				(n % 2 == 1) ? "FEMALE" : "MALE", new MobileNumber("900000000" + n), district, block, village,
				new PinCode(pin), List.of(craft), 5 + n, null, null, null, "Demo consent");
		Instant at = SUBMITTED_AT.plus(Duration.ofDays(n));
		return new ArtisanApplication("app-demo-000" + n, "DEMOREF" + n, status, applicant, null, null, test, decision,
				null, null, at, at);
	}

}
