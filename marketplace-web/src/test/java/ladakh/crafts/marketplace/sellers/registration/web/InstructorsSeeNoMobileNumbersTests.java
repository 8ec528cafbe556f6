package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instructors use the staff console for practical tests: they see a seller's or an
 * applicant's name, village and crafts, but not their mobile number (only its last two
 * digits), and cannot find a seller by mobile number. Officers and admins see it whole.
 */
@MockServerTest
class InstructorsSeeNoMobileNumbersTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String sellerId;

	private String mobile;

	private String application;

	private String applicantMobile;

	@BeforeEach
	void seed() {
		RegistrationFixtures applications = new RegistrationFixtures(this.mongo).basics();
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.sellerId = "art-mobile-" + run;
		this.mobile = RegistrationFixtures.newMobile();
		this.mongo
			.insert(new Document("_id", this.sellerId).append("type", "ARTISAN")
				.append("name", "Stanzin Mobile " + run)
				.append("district", "LEH")
				.append("village", "Saspol")
				.append("registrationNumber", "LEH/HC/2020/" + run)
				.append("status", "ACTIVE")
				.append("validUntil", LocalDate.now().plusYears(2).toString())
				.append("mobile", this.mobile), "sellers")
			.block();
		this.applicantMobile = RegistrationFixtures.newMobile();
		this.application = applications.application(ApplicationStatus.TEST_SCHEDULED, District.LEH,
				this.applicantMobile, null);
	}

	private String page(MarketplaceUser who, String path) {
		return this.http.mutateWith(SignedIn.as(who))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void anInstructorSeesOnlyTheLastTwoDigitsOfASellersAndAnApplicantsMobile() {
		String seller = page(SignedIn.instructor(), "/staff/sellers/" + this.sellerId);
		assertThat(seller).contains("Stanzin Mobile").doesNotContain(this.mobile).contains(this.mobile.substring(8));
		String applicant = page(SignedIn.instructor(), "/staff/applications/" + this.application);
		assertThat(applicant).doesNotContain(this.applicantMobile);
	}

	@Test
	void anInstructorCannotFindASellerByMobileNumberButAnOfficerCan() {
		assertThat(page(SignedIn.instructor(), "/staff/sellers?q=" + this.mobile)).doesNotContain("Stanzin Mobile");
		assertThat(page(SignedIn.instructor(), "/staff/sellers?q=Stanzin+Mobile")).contains("Stanzin Mobile")
			.doesNotContain(this.mobile);
		assertThat(page(SignedIn.officer(), "/staff/sellers?q=" + this.mobile)).contains("Stanzin Mobile");
		assertThat(page(SignedIn.officer(), "/staff/sellers/" + this.sellerId)).contains(this.mobile);
		assertThat(page(SignedIn.admin(), "/staff/applications/" + this.application)).contains(this.applicantMobile);
	}

}
