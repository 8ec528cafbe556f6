package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining.Batch;
import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining.Line;
import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining.Seller;
import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining.Trainee;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.LedgerEntry;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, done when: over generated training (over 20,000 trainees over three financial
 * years at twelve centres, with the sellers they became, their listings and their ledger
 * lines), every batch's funnel, and every total by centre, craft, district, scheme and
 * year of completion, is what the test reckons from the generated records themselves; the
 * counts never grow along the funnel; the step times are the records' own sums; and a
 * centre's quiet ex-trainees are the test's own list. The scan check (decision 43) then
 * proves every read was served by an index.
 */
@MockServerTest
class FunnelTests {

	@Autowired
	Funnel funnel;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	RevenueLedger ledger;

	@Test
	void everyBatchsFunnelIsTheOneItsRecordsMakeAndNeverGrowsAlongTheFunnel() {
		GeneratedTraining data = generated();
		Map<String, FunnelRow> rows = rows(data);

		assertThat(rows).hasSize(data.batches.size());
		int trainees = 0;
		for (Batch batch : data.batches) {
			FunnelRow row = rows.get(batch.id());
			assertThat(row).as(batch.id()).isEqualTo(expectedRow(data, batch));
			assertThat(
					List.of(row.enrolled(), row.completed(), row.registered(), row.listed(), row.sold(), row.earning()))
				.as(batch.id() + " never grows along the funnel")
				.isSortedAccordingTo(Comparator.reverseOrder());
			trainees += row.enrolled();
		}
		assertThat(trainees).isGreaterThanOrEqualTo(20_000);
		// Every stage is reached by someone, and the step times are there to average.
		FunnelRow all = rows.values().stream().reduce(FunnelTests::plus).orElseThrow();
		assertThat(all.earning()).isPositive();
		assertThat(all.sold()).isGreaterThan(all.earning());
		assertThat(all.daysToSell()).isPositive();
		System.out.printf("Funnel over %,d trainees: %s%n", trainees, all);
	}

	@Test
	void theTotalsByCentreCraftDistrictSchemeAndYearAreTheSumsOfTheTraineesRecords() {
		GeneratedTraining data = generated();
		Map<String, FunnelRow> byGroup = new HashMap<>();
		rows(data).values()
			.forEach((row) -> byGroup.merge(
					key(row.centreId(), row.craft(), row.district(), row.scheme(), row.completionFy()), row,
					FunnelTests::plus));
		// The same, counted a trainee at a time from the records.
		Map<String, long[]> counted = new HashMap<>();
		for (Batch batch : data.batches) {
			String key = key(batch.centre().id(), batch.craft(), batch.centre().district(), batch.centre().scheme(),
					FinancialYear.of(batch.endsOn()).label());
			for (Trainee trainee : batch.trainees()) {
				long[] stages = counted.computeIfAbsent(key, (k) -> new long[6]);
				for (int stage = 0; stage < stage(data, trainee); stage++) {
					stages[stage]++;
				}
			}
		}
		assertThat(byGroup.keySet()).isEqualTo(counted.keySet());
		assertThat(byGroup.keySet().stream().map((key) -> key.split("\\|")[4]).distinct()).hasSize(3)
			.contains(data.firstYear.label());
		byGroup.forEach((key, row) -> assertThat(new long[] { row.enrolled(), row.completed(), row.registered(),
				row.listed(), row.sold(), row.earning() })
			.as(key)
			.containsExactly(counted.get(key)));
	}

	@Test
	void aCentresQuietExTraineesAreThoseWhoCompletedAndHaveNotSoldForTwelveMonths() {
		GeneratedTraining data = generated();
		int quiet = 0;
		for (GeneratedTraining.Centre centre : data.centres) {
			List<QuietExTrainee> listed = this.funnel.quiet(centre.id(), data.today).collectList().block();
			List<QuietExTrainee> expected = new ArrayList<>();
			for (Batch batch : data.batches) {
				if (batch.centre().equals(centre)) {
					batch.trainees().forEach((trainee) -> expectQuiet(data, batch, trainee, expected));
				}
			}
			assertThat(listed).as(centre.id()).containsExactlyInAnyOrderElementsOf(expected);
			quiet += listed.size();
		}
		assertThat(quiet).isPositive();
	}

	@Test
	void aSaleAtTheWindowsFirstMomentCountsAndOneAMinuteBeforeDoesNot() {
		GeneratedTraining data = generated();
		Seller inside = data.sellers.get(edgeSeller(data, data.windowFrom));
		Seller outside = data.sellers.get(edgeSeller(data, data.windowFrom.minusSeconds(60)));
		List<String> quietSellers = new ArrayList<>();
		for (GeneratedTraining.Centre centre : data.centres) {
			this.funnel.quiet(centre.id(), data.today)
				.filter((quiet) -> quiet.sellerId() != null)
				.map(QuietExTrainee::sellerId)
				.toStream()
				.forEach(quietSellers::add);
		}
		assertThat(quietSellers).contains(outside.id).doesNotContain(inside.id);
		assertThat(this.funnel.earningPerYear()).isEqualTo(Money.rupees(12_000));
	}

	private static String edgeSeller(GeneratedTraining data, java.time.Instant at) {
		return data.sellers.values()
			.stream()
			.filter((seller) -> seller.lines.size() == 1 && seller.lines.get(0).at().equals(at))
			.findFirst()
			.orElseThrow().id;
	}

	private Map<String, FunnelRow> rows(GeneratedTraining data) {
		Map<String, FunnelRow> rows = new HashMap<>();
		this.funnel.rows(data.today)
			.filter((row) -> row.batchId().startsWith(data.run))
			.toStream()
			.forEach((row) -> assertThat(rows.put(row.batchId(), row)).as("one row a batch").isNull());
		return rows;
	}

	private GeneratedTraining generated() {
		return GeneratedTraining.written(this.mongo, this.ledger);
	}

	/** The row the records make, reckoned a trainee at a time. */
	private static FunnelRow expectedRow(GeneratedTraining data, Batch batch) {
		int[] counts = new int[6];
		long[] days = new long[4];
		for (Trainee trainee : batch.trainees()) {
			int stage = stage(data, trainee);
			for (int s = 0; s < stage; s++) {
				counts[s]++;
			}
			Seller seller = (trainee.sellerId() != null) ? data.sellers.get(trainee.sellerId()) : null;
			if (stage >= 2) {
				days[0] += ChronoUnit.DAYS.between(batch.startsOn(), batch.endsOn());
			}
			if (stage >= 3) {
				days[1] += Math.max(0, ChronoUnit.DAYS.between(batch.endsOn(), seller.registeredOn));
			}
			if (stage >= 4) {
				days[2] += Math.max(0, ChronoUnit.DAYS.between(seller.registeredOn, firstListed(seller)));
			}
			if (stage >= 5) {
				days[3] += Math.max(0, ChronoUnit.DAYS.between(firstListed(seller), saleDays(seller).get(0)));
			}
		}
		GeneratedTraining.Centre centre = batch.centre();
		return new FunnelRow(batch.id(), centre.id(), centre.name(), batch.craft(), centre.district(), centre.scheme(),
				FinancialYear.of(batch.endsOn()).label(), counts[0], counts[1], counts[2], counts[3], counts[4],
				counts[5], days[0], days[1], days[2], days[3]);
	}

	/**
	 * How far the trainee got: 1 enrolled, 2 completed, 3 registered, 4 listed, 5 sold, 6
	 * earning (₹12,000 net in the 12 months up to today).
	 */
	private static int stage(GeneratedTraining data, Trainee trainee) {
		if (trainee.status() != TraineeStatus.COMPLETED) {
			return 1;
		}
		Seller seller = (trainee.sellerId() != null) ? data.sellers.get(trainee.sellerId()) : null;
		if (seller == null || seller.registeredOn == null) {
			return 2;
		}
		if (seller.published.isEmpty()) {
			return 3;
		}
		if (saleDays(seller).isEmpty()) {
			return 4;
		}
		long net = seller.lines.stream()
			.filter((line) -> !line.at().isBefore(data.windowFrom) && line.at().isBefore(data.windowUntil))
			.mapToLong(Line::signed)
			.sum();
		return (net >= 1_200_000) ? 6 : 5;
	}

	private static void expectQuiet(GeneratedTraining data, Batch batch, Trainee trainee, List<QuietExTrainee> into) {
		if (trainee.status() != TraineeStatus.COMPLETED) {
			return;
		}
		Seller seller = (trainee.sellerId() != null) ? data.sellers.get(trainee.sellerId()) : null;
		List<LocalDate> sales = (seller != null) ? saleDays(seller) : List.of();
		LocalDate last = sales.isEmpty() ? null : sales.get(sales.size() - 1);
		if (last == null || last.isBefore(data.today.minusYears(1))) {
			into.add(new QuietExTrainee(trainee.id(), trainee.name(), batch.id(), batch.craft(), batch.endsOn(),
					trainee.sellerId(), (seller != null) ? seller.number : null, last));
		}
	}

	private static LocalDate firstListed(Seller seller) {
		return seller.published.stream().map(GeneratedTraining::day).min(Comparator.naturalOrder()).orElseThrow();
	}

	/** The days of the seller's SALE lines, in order. */
	private static List<LocalDate> saleDays(Seller seller) {
		return seller.lines.stream()
			.filter((line) -> LedgerEntry.SALE.equals(line.kind()))
			.map((line) -> GeneratedTraining.day(line.at()))
			.sorted()
			.toList();
	}

	private static String key(String centreId, String craft, String district, String scheme, String fy) {
		return String.join("|", centreId, craft, district, scheme, fy);
	}

	private static FunnelRow plus(FunnelRow a, FunnelRow b) {
		return new FunnelRow(a.batchId(), a.centreId(), a.centreName(), a.craft(), a.district(), a.scheme(),
				a.completionFy(), a.enrolled() + b.enrolled(), a.completed() + b.completed(),
				a.registered() + b.registered(), a.listed() + b.listed(), a.sold() + b.sold(),
				a.earning() + b.earning(), a.daysToComplete() + b.daysToComplete(),
				a.daysToRegister() + b.daysToRegister(), a.daysToList() + b.daysToList(),
				a.daysToSell() + b.daysToSell());
	}

}
