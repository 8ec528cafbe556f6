package ladakh.crafts.marketplace.testsupport;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text rules of the every-page walk: what counts as a code, an id or an ISO date. */
class PageInspectionTests {

	private final PageInspection inspection = new PageInspection(Set.of("thangka-painting", "pottery"));

	@Test
	void whatAPersonWritesIsFine() {
		assertThat(this.inspection.textProblems("""
				Registration LEH/HC/2026/0042 of Stok Women SHG, valid until 6 Dec 2026, 16:00 IST.
				Pay by UPI or at the counter; Pottery from Likir; Thangka painting; ₹1,250; PIN 194101.
				""")).isEmpty();
	}

	@Test
	void keysCodesIdsAndIsoDatesAreCaught() {
		assertThat(this.inspection.textProblems("??orders.status.PAID_en??")).isNotEmpty();
		assertThat(this.inspection.textProblems("Scheme: DISTRICT_PLAN")).singleElement()
			.asString()
			.contains("DISTRICT_PLAN");
		assertThat(this.inspection.textProblems("Village Chiktan, KARGIL")).singleElement()
			.asString()
			.contains("KARGIL");
		assertThat(this.inspection.textProblems("Seller art-demo-0003")).singleElement()
			.asString()
			.contains("art-demo-0003");
		assertThat(this.inspection.textProblems("Test on 2026-12-15")).singleElement()
			.asString()
			.contains("2026-12-15");
		assertThat(this.inspection.textProblems("Craft thangka-painting")).singleElement()
			.asString()
			.contains("thangka-painting");
	}

}
