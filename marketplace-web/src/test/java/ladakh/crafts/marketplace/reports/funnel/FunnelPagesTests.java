package ladakh.crafts.marketplace.reports.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel's pages over the generated training (three years, twelve centres, over
 * 20,000 trainees): the kept funnel is exactly the rows the funnel reads; a year's page
 * counts every generated trainee who ends in it and every one who completed, as the
 * generator made them; its chart carries the table's totals; grouped rows add up to the
 * total in every grouping; the CSV parses back to the same totals; the PDF prints in both
 * languages; a centre's quiet list names the people the funnel finds.
 */
@MockServerTest
class FunnelPagesTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	FunnelSnapshots snapshots;

	@Autowired
	Funnel funnel;

	@Autowired
	java.time.Clock clock;

	@Autowired
	WebTestClient http;

	private GeneratedTraining data;

	private FunnelSnapshot kept;

	@BeforeEach
	void generatedAndKept() {
		this.data = GeneratedTraining.written(this.mongo, this.ledger);
		long started = System.nanoTime();
		this.kept = this.snapshots.rebuild().block();
		System.out.printf("Funnel built over %,d batches in %d ms%n", this.kept.rows().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void theKeptFunnelIsTheRowsTheFunnelReadsAndEachYearCountsTheGeneratedTrainees() {
		List<FunnelRow> read = this.funnel.rows(IndiaTime.dayOf(this.clock.instant()))
			.filter((row) -> row.batchId().startsWith(this.data.run))
			.collectList()
			.block();
		List<FunnelRow> keptRows = this.kept.rows()
			.stream()
			.filter((row) -> row.batchId().startsWith(this.data.run))
			.toList();
		assertThat(keptRows).containsExactlyInAnyOrderElementsOf(read).hasSize(this.data.batches.size());
		assertThat(this.snapshots.current().block().rows()).isEqualTo(this.kept.rows());
		for (int i = 0; i < 3; i++) {
			String fy = new FinancialYear(this.data.firstYear.startYear() + i).label();
			List<GeneratedTraining.Batch> ending = this.data.batches.stream()
				.filter((batch) -> FinancialYear.of(batch.endsOn()).label().equals(fy))
				.toList();
			long enrolled = ending.stream().mapToLong((batch) -> batch.trainees().size()).sum();
			long completed = ending.stream()
				.flatMap((batch) -> batch.trainees().stream())
				.filter((trainee) -> trainee.status() == TraineeStatus.COMPLETED)
				.count();
			String page = page("/staff/reports/funnel?by=centre&fy=" + fy + "&lang=en");
			List<Long> total = counts(page.substring(page.indexOf("id=\"funnel-total\"")));
			assertThat(total).as(fy).hasSize(6).startsWith(enrolled, completed);
			assertThat(total.subList(0, 6)).as(fy).isEqualTo(longs(this.kept.total(fy).counts()));
			String figure = page.substring(page.indexOf("id=\"funnel-stages-figure\""));
			figure = figure.substring(0, figure.indexOf("</figure>"));
			assertThat(values(figure.substring(figure.indexOf("<svg"), figure.indexOf("</svg>"))))
				.isEqualTo(values(figure.substring(figure.indexOf("<table"))))
				.isEqualTo(total);
		}
	}

	@Test
	void everyGroupingAddsUpToTheTotalAndItsCsvParsesBackToIt() {
		String fy = this.data.firstYear.label();
		List<Long> expected = longs(this.kept.total(fy).counts());
		for (FunnelSnapshot.By by : FunnelSnapshot.By.values()) {
			String csv = page("/staff/reports/funnel/export.csv?by=" + by.slug() + "&fy=" + fy);
			long[] sums = new long[6];
			List<Long> totalLine = null;
			for (String line : csv.split("\r\n")) {
				List<String> cells = CsvText.split(line);
				if ("fy".equals(cells.get(0))) {
					continue;
				}
				List<Long> counts = cells.subList(4, 10).stream().map(Long::parseLong).toList();
				if ("TOTAL".equals(cells.get(2))) {
					totalLine = counts;
				}
				else {
					for (int i = 0; i < 6; i++) {
						sums[i] += counts.get(i);
					}
				}
			}
			assertThat(totalLine).as(by.name()).isEqualTo(expected);
			assertThat(sums).as(by.name()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
		}
	}

	@Test
	void thePagesAndThePdfReadInHindiAndABadYearIsNotFound() throws Exception {
		String fy = this.data.firstYear.label();
		assertThat(page("/staff/reports/funnel?by=craft&fy=" + fy + "&lang=hi")).contains("प्रशिक्षण से कमाई तक",
				"नामांकित");
		for (String language : List.of("en", "hi")) {
			byte[] pdf = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
				.get()
				.uri("/staff/reports/funnel/export.pdf?fy=" + fy + "&lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF)
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).as(language)
					.contains(ladakh.crafts.marketplace.shared.IndianDigits.grouped(this.kept.total(fy).enrolled()));
			}
		}
		String missing = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/reports/funnel?fy=1999-00")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(missing).contains("Choose one of the years listed");
	}

	@Test
	void aCentresQuietListNamesThePeopleTheFunnelFinds() {
		GeneratedTraining.Centre centre = this.data.centres.get(0);
		List<QuietExTrainee> quiet = this.funnel.quiet(centre.id(), IndiaTime.dayOf(this.clock.instant()))
			.collectList()
			.block();
		assertThat(quiet).isNotEmpty();
		String page = page("/staff/reports/funnel/centres/" + centre.id() + "/quiet");
		for (QuietExTrainee person : quiet) {
			assertThat(page).contains("data-trainee=\"" + person.traineeId() + "\"");
		}
		String csv = page("/staff/reports/funnel/centres/" + centre.id() + "/quiet.csv");
		assertThat(csv.split("\r\n")).hasSize(quiet.size() + 1);
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/reports/funnel/centres/no-such-centre/quiet")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private String page(String uri) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<Long> counts(String markup) {
		List<Long> counts = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-count=\"(\\d+)\"").matcher(markup);
		while (matcher.find() && counts.size() < 6) {
			counts.add(Long.parseLong(matcher.group(1)));
		}
		return counts;
	}

	private static List<Long> values(String markup) {
		List<Long> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-value=\"(-?\\d+)\"").matcher(markup);
		while (matcher.find()) {
			values.add(Long.parseLong(matcher.group(1)));
		}
		return values;
	}

	private static List<Long> longs(List<Integer> counts) {
		return counts.stream().map(Integer::longValue).toList();
	}

}
