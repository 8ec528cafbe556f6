package ladakh.crafts.marketplace.reports.scale;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The generated department's payouts to its registered sellers, written as the payout
 * runs store their lines: a run prepared late in each of the 36 months, its lines marked
 * paid with a UTR over the following week (so a run's lines fall in two months, and
 * March's in two financial years; the last March's are all paid before the third year
 * ends), and every fourth month a cancelled run whose lines were never paid. A line or
 * two in fifty is negative, as when refunds outweighed sales. Only the lines are written,
 * not the runs (the report reads lines only, and 48 runs dated in the far future would
 * head the payout run pages other tests read). Every line is kept here, so a test reckons
 * each year's figures from them.
 */
public final class GeneratedPayouts {

	/** About how many sellers each run pays. */
	static final int SELLERS_A_RUN = 1_000;

	/** Every line written. */
	public final List<Line> lines = new ArrayList<>();

	private final Random random;

	/**
	 * @param paidAt when it was marked paid, or null (its run was cancelled)
	 */
	public record Line(String runId, String sellerId, long amount, int items, Instant paidAt) {

		String id() {
			return this.runId + ":" + this.sellerId;
		}

		String month() {
			return FinancialYear.monthOf(this.paidAt);
		}

	}

	/** Paid out, in paise, and the lines paid. */
	public record Figures(long amount, long lines) {

		static Figures of(List<Line> paid) {
			return new Figures(paid.stream().mapToLong(Line::amount).sum(), paid.size());
		}

	}

	/** A year's figures as the report should give them, reckoned from the lines. */
	public record Year(Figures total, long sellersPaid, long runs, Map<String, Figures> byMonth,
			Map<String, Figures> byRun) {

	}

	public GeneratedPayouts(GeneratedTraining department) {
		this.random = new Random(department.run.hashCode() + 3);
		List<String> sellers = department.sellers.values()
			.stream()
			.filter((seller) -> seller.registeredOn != null)
			.map((seller) -> seller.id)
			.toList();
		YearMonth first = YearMonth.of(department.firstYear.startYear(), 4);
		Instant end = department.firstYear.next().next().end();
		for (int m = 0; m < 36; m++) {
			YearMonth month = first.plusMonths(m);
			run(department.run + "-pay-" + month, sellers, month, end);
			if (m % 4 == 3) {
				run(department.run + "-pay-" + month + "-cancelled", sellers, month, null);
			}
		}
	}

	/** A run paying about {@link #SELLERS_A_RUN} sellers; none paid when cancelled. */
	private void run(String runId, List<String> sellers, YearMonth month, Instant paidBefore) {
		Instant prepared = GeneratedTraining.at(month.atDay(25 + this.random.nextInt(4)), 10);
		for (String seller : sellers) {
			if (this.random.nextInt(sellers.size()) >= SELLERS_A_RUN) {
				continue;
			}
			long amount = (this.random.nextInt(50) == 0) ? -1 - this.random.nextInt(50_000)
					: 5_000 + this.random.nextInt(1_500_000);
			Instant paidAt = null;
			if (paidBefore != null) {
				paidAt = prepared.plusSeconds(3_600 + this.random.nextInt(7 * 86_400));
				paidAt = paidAt.isBefore(paidBefore) ? paidAt : paidBefore.minusSeconds(1 + this.random.nextInt(3_600));
			}
			this.lines.add(new Line(runId, seller, amount, 1 + this.random.nextInt(12), paidAt));
		}
	}

	/** Writes every line as the payout runs store them. */
	public GeneratedPayouts write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "payout_lines", this.lines.stream().map(GeneratedPayouts::document).toList());
		return this;
	}

	/** The year's figures: the lines marked paid in it (India time), however summed. */
	public Year expected(FinancialYear year) {
		List<Line> paid = this.lines.stream()
			.filter((line) -> line.paidAt() != null)
			.filter((line) -> !line.paidAt().isBefore(year.start()) && line.paidAt().isBefore(year.end()))
			.toList();
		return new Year(Figures.of(paid), paid.stream().map(Line::sellerId).distinct().count(),
				paid.stream().map(Line::runId).distinct().count(), by(paid, Line::month), by(paid, Line::runId));
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

	private static Document document(Line line) {
		boolean paid = line.paidAt() != null;
		return new Document("_id", line.id()).append("runId", line.runId())
			.append("sellerId", line.sellerId())
			.append("name", "Funnel seller " + line.sellerId())
			.append("amountMinor", line.amount())
			.append("currency", "INR")
			.append("items", line.items())
			.append("negativeItems", (line.amount() < 0) ? 1 : 0)
			.append("utr", paid ? String.format("UTR%08x%06d", line.id().hashCode(), line.items()) : null)
			.append("paidBy", paid ? "usr-accounts" : null)
			.append("paidAt", paid ? Date.from(line.paidAt()) : null);
	}

}
