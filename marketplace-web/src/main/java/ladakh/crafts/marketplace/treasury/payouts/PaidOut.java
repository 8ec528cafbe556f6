package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.treasury.PayoutCell;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What was paid out to sellers, for
 * {@link ladakh.crafts.marketplace.treasury.PayoutSums}: the lines marked paid (with the
 * bank's UTR) in each India-time month, summed by run in the database, one indexed
 * {@code $group} a month.
 */
@Service
public class PaidOut {

	private final PayoutLineRepository lines;

	PaidOut(PayoutLineRepository lines) {
		this.lines = lines;
	}

	/** The months {@code from}..{@code to}, each month's runs. */
	public Flux<PayoutCell> byMonthAndRun(YearMonth from, YearMonth to) {
		return Flux.fromIterable(months(from, to))
			.concatMap((month) -> this.lines.paidByRun(start(month), start(month.plusMonths(1)))
				.map((sum) -> new PayoutCell(month.toString(), sum.runId(), sum.amount(), sum.lines())));
	}

	/** How many sellers were paid in the months {@code from}..{@code to}. */
	public Mono<Long> sellersPaid(YearMonth from, YearMonth to) {
		return this.lines.sellersPaid(start(from), start(to.plusMonths(1)));
	}

	private static List<YearMonth> months(YearMonth from, YearMonth to) {
		return java.util.stream.Stream.iterate(from, (month) -> !month.isAfter(to), (month) -> month.plusMonths(1))
			.toList();
	}

	private static Instant start(YearMonth month) {
		LocalDate first = month.atDay(1);
		return first.atStartOfDay(IndiaTime.ZONE).toInstant();
	}

}
