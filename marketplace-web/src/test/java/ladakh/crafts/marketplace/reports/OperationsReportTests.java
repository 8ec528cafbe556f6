package ladakh.crafts.marketplace.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;
import ladakh.crafts.marketplace.training.LowStock;
import ladakh.crafts.marketplace.training.cfc.FacilityCentres;
import ladakh.crafts.marketplace.training.stock.ReorderLevels;
import ladakh.crafts.marketplace.training.stock.StockItem;
import ladakh.crafts.marketplace.training.stock.StockMovement;
import ladakh.crafts.marketplace.training.stock.StockRegister;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations report (issue 18): every queue's age bands equal counts taken straight
 * from the collections; attendance per centre and month equals the marks folded one by
 * one here (a corrected day counted once, by its latest mark); machines out of order are
 * counted and listed with their days; the CSV parses back to the same totals; the page's
 * charts carry the figures of their tables and the PDF prints, in English and Hindi.
 */
@MockServerTest
class OperationsReportTests {

	private static final String APPLICATIONS = "artisan_applications";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "ctr-ops-" + this.run;

	private final String batch = "batch-ops-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(Instant.now());

	private final YearMonth month = YearMonth.from(this.today);

	private final YearMonth lastMonth = this.month.minusMonths(1);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OperationsReports reports;

	@Autowired
	FacilityCentres centres;

	@Autowired
	StockRegister stock;

	@Autowired
	ReorderLevels levels;

	private final String store = "tc-ops-" + this.run;

	private String machine;

	@BeforeEach
	void records() {
		RegistrationFixtures applications = new RegistrationFixtures(this.mongo).basics();
		for (int days : List.of(2, 10, 45)) {
			String id = applications.application(ApplicationStatus.SUBMITTED, District.LEH,
					RegistrationFixtures.newMobile(), null);
			changed(APPLICATIONS, id, days);
		}
		changed(ListingFixtures.COLLECTION,
				new ListingFixtures(this.mongo).listing("art-ops-" + this.run, "PENDING_REVIEW"), 20);
		this.mongo
			.insert(new Document("_id", this.batch).append("centreId", this.centre)
				.append("craft", "wood-carving")
				.append("startsOn", this.lastMonth.minusMonths(1).atDay(1).toString())
				.append("endsOn", this.month.atEndOfMonth().toString())
				.append("capacity", 25)
				.append("seatsLeft", 23)
				.append("trainees", List.of()), "centre_batches")
			.block();
		// Last month: p1 present, then a day corrected from present to absent, then
		// leave;
		// p2 present twice.
		mark("p1", this.lastMonth.atDay(1), "PRESENT", 0);
		mark("p1", this.lastMonth.atDay(2), "PRESENT", 0);
		mark("p1", this.lastMonth.atDay(2), "ABSENT", 60);
		mark("p1", this.lastMonth.atDay(3), "LEAVE", 0);
		mark("p2", this.lastMonth.atDay(1), "PRESENT", 0);
		mark("p2", this.lastMonth.atDay(2), "PRESENT", 0);
		// The month before: one absence.
		mark("p1", this.lastMonth.minusMonths(1).atDay(5), "ABSENT", 0);
		Document cfc = this.mongo.findOne(new Query().limit(1), Document.class, "cfcs").block();
		String cfcId = (cfc != null) ? cfc.getString("_id") : "cfc-ops-" + this.run;
		if (cfc == null) {
			this.mongo.insert(new Document("_id", cfcId).append("name", "CFC Ops " + this.run), "cfcs").block();
		}
		this.machine = this.centres
			.addMachine(cfcId, "Power loom " + this.run, "Kashmir Loom Works", "JH-120", "SDP",
					this.today.minusDays(100), SignedIn.officer())
			.block()
			.id();
		this.centres.breakdown(this.machine, this.today.minusDays(12), "Shuttle broke", SignedIn.officer()).block();
		move(StockMovement.Kind.RECEIPT, null, StockMovement.STORE, 5);
		move(StockMovement.Kind.ISSUE, StockMovement.STORE, this.store, 1);
		this.levels.set("machine", "3", SignedIn.officer()).block();
	}

	@AfterEach
	void noLevelAgain() {
		this.levels.set("machine", "0", SignedIn.officer()).block();
	}

	@Test
	void stockBelowItsReorderLevelEqualsTheBalancesComparedStraight() {
		OperationsReport report = this.reports.report(this.month).block();
		Map<String, Long> set = this.levels.levels().block();
		long straight = 0;
		for (StockItem item : StockItem.CATALOGUE) {
			long level = set.getOrDefault(item.id(), 0L);
			straight += this.mongo
				.find(Query.query(Criteria.where("itemId").is(item.id())), Document.class, "stock_balances")
				.filter((balance) -> balance.get("quantity", Number.class).longValue() < level)
				.count()
				.block();
		}
		assertThat(report.stock().count()).isEqualTo(straight).isPositive();
		assertThat(report.stock().balances()).hasSize((int) Math.min(straight, LowStock.MOST))
			.contains(new LowStock.Balance(this.store, "machine", "PIECE", 1, 3));
		String page = reader().get()
			.uri("/staff/reports/operations?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"low-" + this.store + "-machine\"").contains("पुनः ऑर्डर स्तर से कम भंडार");
	}

	@Test
	void eachQueueByAgeEqualsTheCountsTakenStraightFromTheCollections() {
		OperationsReport report = this.reports.report(this.month).block();
		Map<OperationsReport.QueueKind, String[]> where = Map.of(OperationsReport.QueueKind.AWAITING_TEST,
				new String[] { APPLICATIONS, "SUBMITTED" }, OperationsReport.QueueKind.TESTS_TO_RECORD,
				new String[] { APPLICATIONS, "TEST_SCHEDULED" }, OperationsReport.QueueKind.AWAITING_APPROVAL,
				new String[] { APPLICATIONS, "TEST_PASSED" }, OperationsReport.QueueKind.LISTINGS_TO_REVIEW,
				new String[] { ListingFixtures.COLLECTION, "PENDING_REVIEW" });
		Instant week = report.at().minus(WaitingAges.WEEK);
		Instant month = report.at().minus(WaitingAges.MONTH);
		assertThat(report.queues()).hasSize(4);
		for (OperationsReport.Queue queue : report.queues()) {
			String[] in = where.get(queue.kind());
			assertThat(queue.ages().upToAWeek()).as(queue.kind().name()).isEqualTo(count(in, week, null));
			assertThat(queue.ages().upToAMonth()).as(queue.kind().name()).isEqualTo(count(in, month, week));
			assertThat(queue.ages().longer()).as(queue.kind().name()).isEqualTo(count(in, null, month));
			assertThat(queue.ages().total()).as(queue.kind().name())
				.isEqualTo(count(in, null, null))
				.isEqualTo(queue.backlog().count());
		}
		WaitingAges submitted = report.queues().get(0).ages();
		assertThat(submitted.upToAWeek()).isPositive();
		assertThat(submitted.upToAMonth()).isPositive();
		assertThat(submitted.longer()).isPositive();
		assertThat(report.queues().get(3).ages().upToAMonth()).isPositive();
		assertThat(report.waiting().total())
			.isEqualTo(report.queues().stream().mapToLong((queue) -> queue.ages().total()).sum());
	}

	@Test
	void attendancePerCentreAndMonthEqualsTheMarksFoldedOneByOne() {
		OperationsReport report = this.reports.report(this.month).block();
		CentreMonth last = row(report, this.lastMonth);
		assertThat(last.present()).isEqualTo(3);
		assertThat(last.absent()).isEqualTo(1);
		assertThat(last.leave()).isEqualTo(1);
		assertThat(last.percent()).isEqualTo(75);
		assertThat(last.perMille()).isEqualTo(750);
		CentreMonth before = row(report, this.lastMonth.minusMonths(1));
		assertThat(before.absent()).isEqualTo(1);
		assertThat(before.percent()).isZero();

		// Every centre's months, against the marks of the range read straight and folded
		// here: each person-day once, by its latest mark.
		List<Document> marks = this.mongo
			.find(Query.query(Criteria.where("day")
				.gte(report.first().atDay(1).toString())
				.lte(report.last().atEndOfMonth().toString())), Document.class, "attendance_marks")
			.collectList()
			.block();
		Map<String, Document> latest = new HashMap<>();
		for (Document mark : marks) {
			latest.merge(mark.getString("batchId") + "|" + mark.getString("personId") + "|" + mark.getString("day"),
					mark, (a, b) -> (a.getDate("markedAt").compareTo(b.getDate("markedAt")) >= 0) ? a : b);
		}
		Map<String, Long> expected = new HashMap<>();
		latest.values().forEach((mark) -> expected.merge(mark.getString("attendance"), 1L, Long::sum));
		assertThat(report.attendance().stream().mapToLong(CentreMonth::present).sum())
			.isEqualTo(expected.getOrDefault("PRESENT", 0L));
		assertThat(report.attendance().stream().mapToLong(CentreMonth::absent).sum())
			.isEqualTo(expected.getOrDefault("ABSENT", 0L));
		assertThat(report.attendance().stream().mapToLong(CentreMonth::leave).sum())
			.isEqualTo(expected.getOrDefault("LEAVE", 0L));
	}

	@Test
	void machinesOutOfOrderAreCountedAndListedWithTheirDays() {
		OperationsReport report = this.reports.report(this.month).block();
		long straight = this.mongo
			.count(Query
				.query(Criteria.where("status").is("OUT_OF_ORDER").and("outOfOrderSince").lte(this.today.toString())),
					"cfc_machines")
			.block();
		assertThat(report.machines().count()).isEqualTo(straight).isPositive();
		assertThat(report.machines().machines()).hasSize((int) Math.min(straight, 200));
		OutOfOrderMachines.Machine ours = report.machines()
			.machines()
			.stream()
			.filter((machine) -> machine.machineId().equals(this.machine))
			.findFirst()
			.orElseThrow();
		assertThat(ours.days()).isEqualTo(12);
		assertThat(ours.since()).isEqualTo(this.today.minusDays(12));
		assertThat(ours.name()).isEqualTo("Power loom " + this.run);
	}

	@Test
	void theCsvParsesBackToTheSameTotals() {
		OperationsReport report = this.reports.report(this.month).block();
		String csv = reader().get()
			.uri("/staff/reports/operations/export.csv?month=" + this.month)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<List<String>> rows = new ArrayList<>();
		for (String line : csv.split("\r\n")) {
			rows.add(CsvText.split(line));
		}
		List<String> header = rows.get(0);
		assertThat(String.join(",", header)).startsWith("part,key,label,month,present,absent,leave,rate_percent");
		Map<String, long[]> sums = new HashMap<>();
		Map<String, List<String>> totals = new HashMap<>();
		List<String> ours = null;
		for (List<String> row : rows.subList(1, rows.size())) {
			if ("TOTAL".equals(row.get(1))) {
				totals.put(row.get(0), row);
				continue;
			}
			long[] sum = sums.computeIfAbsent(row.get(0), (part) -> new long[header.size()]);
			for (int i = 4; i < header.size(); i++) {
				if (i != 7 && i != 13 && i != 14 && i != 19 && !row.get(i).isEmpty()) {
					sum[i] += Long.parseLong(row.get(i));
				}
			}
			if (this.centre.equals(row.get(1)) && this.lastMonth.toString().equals(row.get(3))) {
				ours = row;
			}
		}
		assertThat(ours).isNotNull();
		assertThat(ours.subList(4, 8)).containsExactly("3", "1", "1", "75.0");
		for (int i : new int[] { 4, 5, 6 }) {
			assertThat(sums.get("attendance")[i]).as(header.get(i))
				.isEqualTo(Long.parseLong(totals.get("attendance").get(i)));
		}
		assertThat(Long.parseLong(totals.get("attendance").get(4)))
			.isEqualTo(report.attendance().stream().mapToLong(CentreMonth::present).sum());
		for (int i : new int[] { 8, 9, 10, 11 }) {
			assertThat(sums.get("waiting")[i]).as(header.get(i))
				.isEqualTo(Long.parseLong(totals.get("waiting").get(i)));
		}
		assertThat(Long.parseLong(totals.get("waiting").get(11))).isEqualTo(report.waiting().total());
		assertThat(Long.parseLong(totals.get("machines").get(16))).isEqualTo(report.machines().count());
		assertThat(sums.get("machines")[16]).isEqualTo(report.machines().machines().size());
		assertThat(Long.parseLong(totals.get("stock").get(16))).isEqualTo(report.stock().count());
		assertThat(sums.get("stock")[16]).isEqualTo(report.stock().balances().size());
		assertThat(csv).contains(",1,1,3," + this.store + "\r\n");
	}

	@Test
	void thePageDrawsEachChartWithTheFiguresOfItsTableInBothLanguages() {
		for (String language : List.of("en", "hi")) {
			String page = reader().get()
				.uri("/staff/reports/operations?month=" + this.lastMonth + "&lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			for (String id : List.of("operations-attendance-chart", "operations-waiting-chart")) {
				int figure = page.indexOf("id=\"" + id + "-figure\"");
				assertThat(figure).as(id).isPositive();
				String chart = page.substring(figure, page.indexOf("</figure>", figure));
				String svg = chart.substring(chart.indexOf("<svg"), chart.indexOf("</svg>"));
				String table = chart.substring(chart.indexOf("<table"));
				assertThat(values(svg)).as(id).isNotEmpty().isEqualTo(values(table));
			}
			assertThat(page).contains(language.equals("hi") ? "खराब मशीनें" : "Machines out of order")
				.contains("id=\"machine-" + this.machine + "\"")
				.contains("Power loom " + this.run);
		}
		String index = reader().get()
			.uri("/staff/reports")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(index).contains("href=\"/staff/reports/operations\"");
	}

	@Test
	void thePdfPrintsInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			byte[] pdf = reader().get()
				.uri("/staff/reports/operations/export.pdf?lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF)
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).as(language).contains("Power loom " + this.run).contains(this.centre);
			}
		}
	}

	@Test
	void aMonthThatIsNotOneIsNotFoundWithWordsToActOn() {
		for (String bad : List.of("2026-13", "november", "2026")) {
			String page = reader().get()
				.uri("/staff/reports/operations?month=" + bad)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(page).as(bad).contains("Write it like 2026-11");
		}
	}

	private CentreMonth row(OperationsReport report, YearMonth month) {
		return report.attendance()
			.stream()
			.filter((row) -> row.centreId().equals(this.centre) && row.month().equals(month))
			.findFirst()
			.orElseThrow();
	}

	private void move(StockMovement.Kind kind, String from, String to, long quantity) {
		this.stock.move(StockMovement.enter("line-" + UUID.randomUUID(), kind, "machine", from, to, quantity,
				(kind == StockMovement.Kind.RECEIPT) ? "GRN/" + this.run : null, null, "usr-officer", Instant.now()))
			.block();
	}

	private void changed(String collection, String id, int daysAgo) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("updatedAt", Date.from(Instant.now().minus(Duration.ofDays(daysAgo)))), collection)
			.block();
	}

	private void mark(String person, LocalDate day, String attendance, int minutesLater) {
		Instant at = day.atTime(10, 0).atZone(IndiaTime.ZONE).toInstant().plusSeconds(60L * minutesLater);
		Document mark = new Document("_id", "mk-" + UUID.randomUUID()).append("personId", person + "-" + this.run)
			.append("batchId", this.batch)
			.append("day", day.toString())
			.append("attendance", attendance)
			.append("markedAt", Date.from(at))
			.append("by", "usr-test-instructor");
		this.mongo.insert(mark, "attendance_marks").block();
	}

	private long count(String[] in, Instant from, Instant before) {
		Criteria criteria = Criteria.where("status").is(in[1]);
		if (from != null || before != null) {
			Criteria changed = Criteria.where("updatedAt");
			changed = (from != null) ? changed.gte(Date.from(from)) : changed;
			changed = (before != null) ? changed.lt(Date.from(before)) : changed;
			criteria = new Criteria().andOperator(criteria, changed);
		}
		return this.mongo.count(Query.query(criteria), in[0]).block();
	}

	private static List<String> values(String markup) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-value=\"(-?\\d+)\"").matcher(markup);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	private WebTestClient reader() {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()));
	}

}
