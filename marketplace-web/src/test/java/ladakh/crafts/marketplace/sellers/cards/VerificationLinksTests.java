package ladakh.crafts.marketplace.sellers.cards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment that left the public address at its default is told once, at start-up,
 * because every card's QR code would point at the machine that printed it.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerificationLinksTests {

	@Test
	void aRealDeploymentWithTheDefaultAddressIsWarnedOnce(CapturedOutput output) {
		new VerificationLinks("http://localhost:8080/", "mongodb://db.internal:27017/ladakh");
		assertThat(output.getOut().split("marketplace.public-url \\(MARKETPLACE_PUBLIC_URL\\) is still", -1))
			.hasSize(2);
	}

	@Test
	void theEmbeddedDemoAndASetAddressAreNotWarned(CapturedOutput output) {
		new VerificationLinks("http://localhost:8080", "");
		VerificationLinks links = new VerificationLinks("https://crafts.ladakh.gov.in", "mongodb://db:27017/x");
		assertThat(output.getOut()).doesNotContain("MARKETPLACE_PUBLIC_URL");
		assertThat(links.forNumber("LEH/HC/2026/0042"))
			.isEqualTo("https://crafts.ladakh.gov.in/verify/LEH/HC/2026/0042");
	}

}
