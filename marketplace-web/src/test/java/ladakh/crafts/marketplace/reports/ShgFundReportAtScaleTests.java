package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedShgFunds;
import ladakh.crafts.marketplace.sellers.ShgFundCell;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SHG revolving funds report over the generated department's three years (issue 18 at
 * scale): every approved SHG's fund, tens of thousands of entries. For each year, every
 * SHG's opening balance, grants, utilisation, repayments and entries equal the generated
 * entries' own sums (and, for any other test's SHG, its entries as stored); every
 * district and the year equal those SHGs added up, in the districts their records give;
 * the breakdown adds up to the year; the CSV reads back the same totals.
 */
@MockServerTest
class ShgFundReportAtScaleTests extends AtScaleReportTests {

	private static GeneratedTraining department;

	private static GeneratedShgFunds generated;

	@BeforeEach
	void theDepartmentsFunds() {
		if (generated == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			generated = new GeneratedShgFunds(department).write(this.mongo);
		}
	}

	@Test
	void theGeneratedFundsAreOfIssue18sSize() {
		assertThat(generated.funds).hasSizeGreaterThan(500);
		assertThat(generated.size()).isGreaterThan(10_000);
		assertThat(generated.in(department.firstYear).values()).anyMatch((year) -> year.opening() > 0);
	}

	@Test
	void eachYearsShgsDistrictsAndTotalEqualTheEntriesSums() {
		for (FinancialYear year : years()) {
			ShgFundReport report = this.reports.shgFunds(year).block();
			Map<String, ShgFundCell> expected = expected(year);
			Map<String, ShgFundCell> reported = new HashMap<>();
			report.cells().forEach((cell) -> reported.put(cell.shgId(), cell));
			assertThat(reported).as(year.label()).isEqualTo(expected);

			Map<String, ShgFundReport.Totals> byDistrict = new HashMap<>();
			ShgFundReport.Totals total = ShgFundReport.Totals.NONE;
			for (ShgFundCell cell : expected.values()) {
				byDistrict.merge(cell.district(), ShgFundReport.Totals.of(cell), ShgFundReport.Totals::plus);
				total = total.plus(ShgFundReport.Totals.of(cell));
			}
			assertThat(report.total()).as(year.label()).isEqualTo(total);
			Map<String, ShgFundReport.Totals> rows = new HashMap<>();
			report.byDistrict().forEach((row) -> rows.put(row.key(), row.totals()));
			assertThat(rows).as(year.label()).hasSameSizeAs(report.byDistrict()).isEqualTo(byDistrict);
			assertThat(report.byDistrict()
				.stream()
				.map(Keyed::totals)
				.reduce(ShgFundReport.Totals.NONE, ShgFundReport.Totals::plus)).as(year.label())
				.isEqualTo(report.total());
			assertThat(report.total().closing())
				.isEqualTo(total.opening().plus(total.granted()).plus(total.repaid()).minus(total.utilised()));
			long ours = report.cells()
				.stream()
				.filter((cell) -> generated.funds.containsKey(cell.shgId()))
				.mapToLong((cell) -> cell.granted().minor())
				.sum();
			assertThat(ours).as(year.label()).isEqualTo(generated.expectedTotal(year)).isPositive();
		}
	}

	@Test
	void eachYearsCsvParsesBackToTheSameTotals() {
		for (FinancialYear year : years()) {
			ShgFundReport.Totals total = expected(year).values()
				.stream()
				.map(ShgFundReport.Totals::of)
				.reduce(ShgFundReport.Totals.NONE, ShgFundReport.Totals::plus);
			TableReportChecks.Csv csv = new TableReportChecks(this.http, "shg-funds", year.label()).csv("granted",
					"utilised", "repaid", "opening", "closing", "active", "funds");
			csv.addsUpTo("granted", TableReportChecks.rupees(total.granted().minor()), "district");
			csv.addsUpTo("utilised", TableReportChecks.rupees(total.utilised().minor()), "district");
			csv.addsUpTo("repaid", TableReportChecks.rupees(total.repaid().minor()), "district");
			csv.addsUpTo("opening", TableReportChecks.rupees(total.opening().minor()), "district");
			csv.addsUpTo("closing", TableReportChecks.rupees(total.closing().minor()), "district");
			csv.addsUpTo("active", BigDecimal.valueOf(total.active()), "district");
			csv.addsUpTo("funds", BigDecimal.valueOf(total.funds()), "district");
		}
	}

	private static List<FinancialYear> years() {
		FinancialYear first = department.firstYear;
		return List.of(first, first.next(), first.next().next());
	}

	/**
	 * Every SHG's year as the records say, in the district its seller record gives: the
	 * generated SHGs' from the generator's own entries; any other test's from its entries
	 * as stored.
	 */
	private Map<String, ShgFundCell> expected(FinancialYear year) {
		Map<String, long[]> others = new HashMap<>();
		Query before = Query.query(Criteria.where("at").lt(java.util.Date.from(year.end())));
		for (Document entry : this.mongo.find(before, Document.class, "shg_fund_entries").toIterable()) {
			String shg = entry.getString("shgId");
			if (!generated.funds.containsKey(shg)) {
				add(others.computeIfAbsent(shg, (id) -> new long[5]), year, entry.getString("kind"),
						entry.get("amountMinor", Number.class).longValue(), entry.getDate("at").toInstant());
			}
		}
		Map<String, GeneratedShgFunds.Year> ours = generated.in(year);
		List<String> ids = new ArrayList<>(ours.keySet());
		ids.addAll(others.keySet());
		Map<String, String> districts = districts(ids);
		Map<String, ShgFundCell> expected = new HashMap<>();
		ours.forEach((shg, cell) -> expected.put(shg,
				new ShgFundCell(shg, districts.get(shg), Money.paise(cell.opening()), Money.paise(cell.granted()),
						Money.paise(cell.utilised()), Money.paise(cell.repaid()), cell.entries())));
		others.forEach((shg, sums) -> expected.put(shg, new ShgFundCell(shg, districts.get(shg), Money.paise(sums[0]),
				Money.paise(sums[1]), Money.paise(sums[2]), Money.paise(sums[3]), sums[4])));
		return expected;
	}

	/** Opening, granted, utilised, repaid, entries in the year. */
	private static void add(long[] sums, FinancialYear year, String kind, long amount, Instant at) {
		if (at.isBefore(year.start())) {
			sums[0] += kind.equals("UTILISATION") ? -amount : amount;
			return;
		}
		sums[switch (kind) {
			case "GRANT" -> 1;
			case "UTILISATION" -> 2;
			default -> 3;
		}] += amount;
		sums[4]++;
	}

	/** The SHGs' districts as their seller records give them, read by id. */
	private Map<String, String> districts(List<String> ids) {
		Map<String, String> districts = new HashMap<>();
		for (int i = 0; i < ids.size(); i += 500) {
			Query query = Query.query(Criteria.where("_id").in(ids.subList(i, Math.min(ids.size(), i + 500))));
			for (Document seller : this.mongo.find(query, Document.class, "sellers").toIterable()) {
				districts.put(seller.getString("_id"), seller.getString("district"));
			}
		}
		return districts;
	}

}
