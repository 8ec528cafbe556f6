package ladakh.crafts.marketplace.reports;

import java.time.Clock;
import java.util.List;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports index lists every financial-year report for each year it offers, and the
 * treasury's reconciliation only to those who may open it (accounts staff and admins), so
 * an officer meets no link that answers 403.
 */
@MockServerTest
class ReportIndexTests {

	private static final List<String> REPORTS = List.of("revenue", "stipends", "exhibitions", "shg-funds", "payouts",
			"kits");

	@Autowired
	WebTestClient http;

	@Autowired
	Clock clock;

	@Test
	void everyReportIsLinkedForThisYearAndTheReconciliationOnlyForTheTreasurysReaders() {
		String fy = FinancialYear.of(this.clock.instant()).label();
		String officers = page(SignedIn.officer());
		String accounts = page(SignedIn.accounts());
		for (String page : List.of(officers, accounts)) {
			for (String report : REPORTS) {
				assertThat(page).contains("href=\"/staff/reports/" + report + "/" + fy + "\"");
			}
		}
		assertThat(accounts).contains("href=\"/staff/treasury/reconciliation/" + fy + "\"");
		assertThat(officers).doesNotContain("/staff/treasury/reconciliation/");
	}

	private String page(ladakh.crafts.marketplace.system.security.MarketplaceUser reader) {
		return this.http.mutateWith(SignedIn.as(reader))
			.get()
			.uri("/staff/reports")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
