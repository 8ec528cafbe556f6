package ladakh.crafts.marketplace.reports.scale;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.training.StipendLine;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The generated department's stipend register over its three years, written as the
 * register stores its lines: a line per trainee per month of their batch (a dropped
 * trainee's stop early), most paid with a reference, some only approved, and some months
 * corrected by further lines (a correction may be paid while its month's line is not).
 * Months before the first year's April are left out, so no line falls in a year that is
 * not the department's. Every line is kept here, so a test reckons each year's figures
 * from the lines, not from the database.
 */
public final class GeneratedStipends {

	private static final Map<String, Long> MONTHLY_RATES = Map.of("DISTRICT_PLAN", 150_000L, "CARPET_WEAVING_ADVANCED",
			250_000L, "HANDLOOM_BASIC", 200_000L);

	/** Every line written, as the test reckons it. */
	public final List<Line> lines = new ArrayList<>();

	private final Random random;

	/**
	 * @param id {@code <trainee>:<yyyy-MM>}, or with {@code :c<n>} for a correction
	 * @param correction whether it corrects its month's line
	 * @param workingDays the month's working days (a month's line only)
	 * @param daysPresent the days the trainee came (a month's line only)
	 */
	public record Line(String id, String traineeId, GeneratedTraining.Batch batch, YearMonth month, long amount,
			StipendLine.State state, boolean correction, int workingDays, int daysPresent) {

		String centreId() {
			return this.batch.centre().id();
		}

		String scheme() {
			return this.batch.centre().scheme();
		}

	}

	/**
	 * @param amount paid, in paise
	 * @param traineeMonths trainees paid, once per month paid for
	 * @param lines lines paid
	 */
	public record Figures(long amount, long traineeMonths, long lines) {

		static Figures of(List<Line> paid) {
			return new Figures(paid.stream().mapToLong(Line::amount).sum(),
					paid.stream().map((line) -> line.traineeId() + "@" + line.month()).distinct().count(), paid.size());
		}

	}

	/** A year's figures as the report should give them, reckoned from the lines. */
	public record Year(Figures total, long traineesPaid, Map<String, Figures> byMonth, Map<String, Figures> byCentre,
			Map<String, Figures> byScheme) {

	}

	public GeneratedStipends(GeneratedTraining department) {
		this.random = new Random(department.run.hashCode() + 1);
		YearMonth first = YearMonth.of(department.firstYear.startYear(), 4);
		YearMonth last = first.plusMonths(35);
		for (GeneratedTraining.Batch batch : department.batches) {
			YearMonth starts = YearMonth.from(batch.startsOn());
			YearMonth ends = YearMonth.from(batch.endsOn());
			for (GeneratedTraining.Trainee trainee : batch.trainees()) {
				YearMonth stops = ends;
				if (trainee.status() == TraineeStatus.DROPPED) {
					stops = starts.plusMonths(this.random.nextInt((int) starts.until(ends, ChronoUnit.MONTHS) + 1));
				}
				for (YearMonth month = max(starts, first); !month.isAfter(min(stops, last)); month = month
					.plusMonths(1)) {
					month(trainee, batch, month);
				}
			}
		}
	}

	/** The month's line and, one month in twelve, a correction or two. */
	private void month(GeneratedTraining.Trainee trainee, GeneratedTraining.Batch batch, YearMonth month) {
		String id = trainee.id() + ":" + month;
		int workingDays = 22 + this.random.nextInt(4);
		int daysPresent = workingDays - this.random.nextInt(7);
		long amount = MONTHLY_RATES.get(batch.centre().scheme()) * daysPresent / workingDays;
		this.lines.add(new Line(id, trainee.id(), batch, month, amount, state(), false, workingDays, daysPresent));
		if (this.random.nextInt(12) == 0) {
			int corrections = 1 + this.random.nextInt(2);
			for (int c = 1; c <= corrections; c++) {
				long change = (this.random.nextBoolean() ? 1 : -1) * (100 + this.random.nextInt(400)) * 100L;
				this.lines.add(new Line(id + ":c" + c, trainee.id(), batch, month, change, state(), true, 0, 0));
			}
		}
	}

	/** Paid mostly; one line in twenty only approved, never paid. */
	private StipendLine.State state() {
		return (this.random.nextInt(20) == 0) ? StipendLine.State.APPROVED : StipendLine.State.PAID;
	}

	/** Writes every line as the stipend register stores it. */
	public GeneratedStipends write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "stipend_lines", this.lines.stream().map(this::document).toList());
		return this;
	}

	/** The year's figures: its twelve months' lines that were paid, however summed. */
	public Year expected(FinancialYear year) {
		List<Line> paid = this.lines.stream()
			.filter((line) -> line.state() == StipendLine.State.PAID)
			.filter((line) -> FinancialYear.ofMonth(line.month().toString()).equals(year))
			.toList();
		return new Year(Figures.of(paid), paid.stream().map(Line::traineeId).distinct().count(),
				by(paid, (line) -> line.month().toString()), by(paid, Line::centreId), by(paid, Line::scheme));
	}

	/** The paise the report's total should have, for the reports benchmark. */
	public long expectedTotal(FinancialYear year) {
		return expected(year).total().amount();
	}

	private static Map<String, Figures> by(List<Line> paid, Function<Line, String> key) {
		return paid.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new,
					Collectors.collectingAndThen(Collectors.toList(), Figures::of)));
	}

	private Document document(Line line) {
		Document stipend = null;
		if (!line.correction()) {
			long rate = MONTHLY_RATES.get(line.scheme());
			stipend = new Document("workingDays", line.workingDays()).append("enrolledWorkingDays", line.workingDays())
				.append("daysPresent", line.daysPresent())
				.append("belowMinimum", false)
				.append("parts", List.of(new Document("rateMinor", rate).append("days", line.daysPresent())));
		}
		boolean paid = line.state() == StipendLine.State.PAID;
		return new Document("_id", line.id()).append("traineeId", line.traineeId())
			.append("batchId", line.batch().id())
			.append("month", line.month().toString())
			.append("stipend", stipend)
			.append("amountMinor", line.amount())
			.append("reason", line.correction() ? "Attendance sheet found late" : null)
			.append("state", line.state().name())
			.append("approvedBy", "usr-officer")
			.append("paymentReference", paid ? String.format("DBT%08x", line.id().hashCode()) : null)
			.append("at", Date.from(GeneratedTraining.at(line.month().atEndOfMonth(), 18)));
	}

	private static YearMonth max(YearMonth a, YearMonth b) {
		return a.isAfter(b) ? a : b;
	}

	private static YearMonth min(YearMonth a, YearMonth b) {
		return a.isBefore(b) ? a : b;
	}

}
