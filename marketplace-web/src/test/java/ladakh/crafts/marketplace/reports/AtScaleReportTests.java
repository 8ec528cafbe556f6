package ladakh.crafts.marketplace.reports;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every report's test at issue 18's size stands on: the generated department's store
 * (written once per test JVM, {@code funnel.GeneratedTraining.written}, with each test's
 * own records on it) and the reports, read in the process and over HTTP.
 */
@MockServerTest
abstract class AtScaleReportTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	OperationsReports operations;

	@Autowired
	WebTestClient http;

}
