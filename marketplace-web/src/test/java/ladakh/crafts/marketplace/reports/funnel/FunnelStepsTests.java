package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.Batch;
import ladakh.crafts.marketplace.training.TraineeOutcome;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.training.TrainingCentre;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The funnel's rules on one batch, without a database. */
class FunnelStepsTests {

	private static final TrainingCentre CENTRE = new TrainingCentre("tc-1", "Leh centre", "LEH", null, null,
			"DISTRICT_PLAN", List.of(), 30, 6, Money.ZERO, List.of());

	private static final LocalDate STARTS = LocalDate.of(2025, 1, 1);

	private static final LocalDate ENDS = LocalDate.of(2025, 6, 30);

	private static final Money EARNING = Money.rupees(12_000);

	@Test
	void eachStageCountsOnlyThoseWhoReachedEveryEarlierOneAndEachStepIsTimedFromTheLast() {
		Batch batch = batch(trainee("dropped", TraineeStatus.DROPPED, "s-sold"),
				trainee("still", TraineeStatus.ENROLLED, null), trainee("nobody", TraineeStatus.COMPLETED, null),
				trainee("pending", TraineeStatus.COMPLETED, "s-pending"),
				trainee("stall", TraineeStatus.COMPLETED, "s-stall"),
				trainee("listed", TraineeStatus.COMPLETED, "s-listed"),
				trainee("sold", TraineeStatus.COMPLETED, "s-sold"),
				trainee("earning", TraineeStatus.COMPLETED, "s-earning"));
		Map<String, SellerProgress> sellers = Map.of("s-pending", seller("s-pending", null, null, null, 0),
				// sold at a stall, never listed: stops at registered
				"s-stall", seller("s-stall", ENDS.plusDays(10), null, ENDS.plusDays(40), 5_000_000), "s-listed",
				seller("s-listed", ENDS.plusDays(30), ENDS.plusDays(35), null, 0),
				// registered before the course ended (an SHG): that step took 0 days
				"s-sold", seller("s-sold", ENDS.minusDays(100), ENDS.plusDays(5), ENDS.plusDays(25), 1_199_999),
				"s-earning", seller("s-earning", ENDS.plusDays(1), ENDS.plusDays(3), ENDS.plusDays(10), 1_200_000));

		FunnelRow row = FunnelSteps.row(batch, CENTRE, sellers, EARNING);

		assertThat(row).isEqualTo(new FunnelRow("b-1", "tc-1", "Leh centre", "pashmina-weaving", "LEH", "DISTRICT_PLAN",
				"2025-26", 8, 6, 4, 3, 2, 1, 6 * 180, 10 + 30 + 0 + 1, 5 + 105 + 2, 20 + 7));
	}

	@Test
	void theQuietAreThoseWhoCompletedAndHaveNotSoldSinceTheSameDayAYearBefore() {
		LocalDate today = LocalDate.of(2027, 8, 15);
		Batch batch = batch(trainee("never", TraineeStatus.COMPLETED, null),
				trainee("unknown", TraineeStatus.COMPLETED, "s-unknown"),
				trainee("onTheDay", TraineeStatus.COMPLETED, "s-day"),
				trainee("dayBefore", TraineeStatus.COMPLETED, "s-before"),
				trainee("dropped", TraineeStatus.DROPPED, null));
		Map<String, SellerProgress> sellers = Map.of("s-day",
				new SellerProgress("s-day", "LEH/HC/2025/0001", ENDS, ENDS, ENDS, LocalDate.of(2026, 8, 15),
						Money.ZERO),
				"s-before", new SellerProgress("s-before", "LEH/HC/2025/0002", ENDS, ENDS, ENDS,
						LocalDate.of(2026, 8, 14), Money.ZERO));

		List<QuietExTrainee> quiet = FunnelSteps.quiet(batch, sellers, new TwelveMonths(today));

		assertThat(quiet).containsExactly(
				new QuietExTrainee("never", "Name never", "b-1", "pashmina-weaving", ENDS, null, null, null),
				new QuietExTrainee("unknown", "Name unknown", "b-1", "pashmina-weaving", ENDS, "s-unknown", null, null),
				new QuietExTrainee("dayBefore", "Name dayBefore", "b-1", "pashmina-weaving", ENDS, "s-before",
						"LEH/HC/2025/0002", LocalDate.of(2026, 8, 14)));
	}

	@Test
	void theTwelveMonthsRunFromTheSameDayAYearBeforeInIndiaToTheEndOfToday() {
		TwelveMonths leap = new TwelveMonths(LocalDate.of(2028, 2, 29));

		assertThat(leap.firstDay()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(leap.from()).isEqualTo(java.time.Instant.parse("2027-02-27T18:30:00Z"));
		assertThat(leap.until()).isEqualTo(java.time.Instant.parse("2028-02-29T18:30:00Z"));
	}

	@Test
	void theEarningAmountIsTwelveThousandRupeesUnlessSetAndNeverNothing() {
		assertThat(new FunnelProperties(null).earningPerYear()).isEqualTo(Money.rupees(12_000));
		assertThat(new FunnelProperties(500_000L).earningPerYear()).isEqualTo(Money.rupees(5_000));
		assertThatIllegalArgumentException().isThrownBy(() -> new FunnelProperties(0L));
	}

	@Test
	void aRowWhoseCountsGrowAlongTheFunnelIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FunnelRow("b", "c", "n", "k", "LEH", "S", "2025-26", 5, 4, 4, 5, 0, 0, 0, 0, 0, 0));
	}

	private static Batch batch(Batch.Trainee... trainees) {
		return new Batch("b-1", "tc-1", "pashmina-weaving", STARTS, ENDS, 30, List.of(trainees));
	}

	private static Batch.Trainee trainee(String id, TraineeStatus status, String sellerId) {
		return new Batch.Trainee(id, "Name " + id, status, TraineeOutcome.NONE, sellerId);
	}

	private static SellerProgress seller(String id, LocalDate registered, LocalDate listed, LocalDate sold,
			long lastYear) {
		return new SellerProgress(id, null, registered, listed, sold, sold, Money.paise(lastYear));
	}

}
