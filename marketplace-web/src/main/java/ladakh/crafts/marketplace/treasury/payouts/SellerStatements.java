package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;
import ladakh.crafts.marketplace.treasury.RevenueLedger.YearTotal;

import org.springframework.stereotype.Service;

/**
 * A seller's statement for a financial year: the year's sales, refunds, corrections and
 * commission (summed by the database), its lines a page at a time, the payouts made with
 * their UTRs, and the balance (owed over all time less paid out over all time). Always
 * the signed-in seller's own: the caller passes their seller id, never one typed.
 */
@Service
public class SellerStatements {

	/** The most lines a printed statement carries. */
	static final int MOST_PRINTED = 2_000;

	private final RevenueLedger ledger;

	private final PayoutLineRepository payouts;

	private final Clock clock;

	SellerStatements(RevenueLedger ledger, PayoutLineRepository payouts, Clock clock) {
		this.ledger = ledger;
		this.payouts = payouts;
		this.clock = clock;
	}

	/** The financial year of today, India time ({@code 2026-27}). */
	public String currentYear() {
		return yearOf(IndiaTime.dayOf(this.clock.instant()));
	}

	/** This year and the four before it, the latest first. */
	public List<String> years() {
		int start = Integer.parseInt(currentYear().substring(0, 4));
		List<String> years = new ArrayList<>();
		for (int year = start; year > start - 5; year--) {
			years.add(year + "-" + String.format("%02d", (year + 1) % 100));
		}
		return years;
	}

	static String yearOf(LocalDate day) {
		int start = (day.getMonthValue() >= 4) ? day.getYear() : day.getYear() - 1;
		return start + "-" + String.format("%02d", (start + 1) % 100);
	}

	/** A page of the statement; INVALID for a year not written {@code 2026-27}. */
	public Mono<Statement> of(String sellerId, String typedYear, After after) {
		String fy = (typedYear == null || typedYear.isBlank()) ? currentYear() : typedYear.strip();
		if (!fy.matches("\\d{4}-\\d{2}")
				|| (Integer.parseInt(fy.substring(0, 4)) + 1) % 100 != Integer.parseInt(fy.substring(5))) {
			return Mono.error(Refusal.invalid("statement.error.fy").at("fy"));
		}
		return Mono
			.zip(this.ledger.yearTotals(sellerId, fy).collectList(), this.ledger.linesOfYear(sellerId, fy, after),
					this.payouts.paidOf(sellerId).collectList(), this.ledger.owedTo(sellerId),
					this.payouts.paidTotalOf(sellerId))
			.map((found) -> new Statement(sellerId, fy, Totals.of(found.getT1()), found.getT2(), found.getT3(),
					Money.paise(found.getT4()), Money.paise(found.getT5())));
	}

	/**
	 * Every line of the year (up to {@link #MOST_PRINTED}), for the printed statement.
	 */
	public Mono<Statement> printable(String sellerId, String typedYear) {
		return of(sellerId, typedYear, null).flatMap((first) -> Mono.just(first.lines())
			.expand((page) -> (page.next() == null) ? Mono.empty()
					: this.ledger.linesOfYear(sellerId, first.fy(), page.next()))
			.flatMapIterable(Page::items)
			.take(MOST_PRINTED)
			.collectList()
			.map((all) -> new Statement(sellerId, first.fy(), first.totals(), new Page<>(all, null), first.payouts(),
					first.owed(), first.paidOut())));
	}

	/** A statement page. */
	public record Statement(String sellerId, String fy, Totals totals, Page<OwedLine> lines, List<PayoutLine> payouts,
			Money owed, Money paidOut) {

		/** What the seller is still owed: all time owed less all time paid out. */
		public Money balance() {
			return this.owed.minus(this.paidOut);
		}

	}

	/** The year's sums. */
	public record Totals(Money sales, Money refunds, Money corrections, Money commission, Money owed) {

		static Totals of(List<YearTotal> totals) {
			long sales = 0;
			long refunds = 0;
			long corrections = 0;
			long commission = 0;
			long owed = 0;
			for (YearTotal total : totals) {
				switch (String.valueOf(total.kind())) {
					case "SALE" -> {
						sales += total.signedMinor();
						commission += total.commissionMinor();
					}
					case "REFUND" -> {
						refunds -= total.signedMinor();
						commission -= total.commissionMinor();
					}
					default -> corrections += total.signedMinor();
				}
				owed += total.signedOwedMinor();
			}
			return new Totals(Money.paise(sales), Money.paise(refunds), Money.paise(corrections),
					Money.paise(commission), Money.paise(owed));
		}

	}

}
