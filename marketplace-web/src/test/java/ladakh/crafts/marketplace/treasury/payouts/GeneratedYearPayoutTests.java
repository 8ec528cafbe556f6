package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear.Owed;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, done when: over the generated year (at least 100,000 ledger lines, shared
 * with {@code GeneratedLedgerYearTests}), payout runs prepared month by month through the
 * real {@link PayoutRuns} (one cancelled and prepared again, most paid line by line with
 * UTRs, the last ones left unpaid) pay exactly what the test reckons on its own from the
 * generated lines: per run, seller and line; refunds and corrections after a payout are
 * carried into a later run as negative items; and per seller, owed − paid out = balance
 * as the seller's statement reports it, that balance being what no paid run has paid. The
 * clock is set after the year (far in the future, unique to the run), and the sale
 * windows answer from the generator's rule, taking no other test's lines.
 */
@MockServerTest
class GeneratedYearPayoutTests {

	/** The runs paid line by line; the two after them left unpaid, the last one too. */
	static final int PAID_RUNS = 10;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	PayoutRunRepository runs;

	@Autowired
	PayoutLineRepository lines;

	@Autowired
	PayoutItemRepository items;

	@Autowired
	BankAccountRepository banks;

	@Autowired
	SellerNames names;

	@Autowired
	PayoutProperties properties;

	@Autowired
	SellerStatements statements;

	@Autowired
	TreasuryAudit audit;

	@Test
	void paidOutMonthByMonthOwedLessPaidOutIsEachSellersBalance() {
		GeneratedLedgerYear generated = GeneratedLedgerYear.written(this.ledger);
		FinancialYear year = generated.year;
		Instant now = year.end().plus(GeneratedLedgerYear.PAST_RETURNS.multipliedBy(4));
		PayoutRuns payouts = new PayoutRuns(this.ledger, this.runs, this.lines, this.items, this.banks,
				windows(generated.prefix + "-"), this.names, this.properties, this.audit,
				Clock.fixed(now, ZoneOffset.UTC));
		MarketplaceUser accounts = SignedIn.accounts();
		long threshold = payouts.threshold().minor();
		long started = System.nanoTime();

		List<LocalDate> upTo = new ArrayList<>();
		LocalDate first = IndiaTime.dayOf(year.start());
		for (int month = 0; month < 12; month++) {
			upTo.add(first.plusMonths(month + 1).minusDays(1));
		}
		upTo.add(IndiaTime.dayOf(year.end()).plusDays(20));

		Reckoning reckoning = new Reckoning(generated.owed, threshold);
		List<String> runIds = new ArrayList<>();
		for (int r = 0; r < upTo.size(); r++) {
			Instant cutoff = upTo.get(r).plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant().minusMillis(1);
			Map<String, List<Owed>> expected = reckoning.run(r, cutoff);
			if (r == 2) {
				PayoutRun cancelled = payouts.prepare(upTo.get(r), accounts).block();
				payouts.cancel(cancelled.id(), accounts).block();
				assertThat(this.items.lineIdsOfRun(cancelled.id()).collectList().block()).isEmpty();
			}
			PayoutRun run = payouts.prepare(upTo.get(r), accounts).block();
			runIds.add(run.id());
			Map<String, PayoutLine> stored = payouts.lines(run.id()).collectMap(PayoutLine::sellerId).block();
			assertThat(stored.keySet()).as("run %d's sellers", r).isEqualTo(expected.keySet());
			int index = r;
			expected.forEach((sellerId, owed) -> {
				PayoutLine line = stored.get(sellerId);
				assertThat(line.amount()).as("run %d, %s", index, sellerId).isEqualTo(Money.paise(Reckoning.sum(owed)));
				assertThat(line.items()).isEqualTo(owed.size());
				assertThat(line.negativeItems())
					.isEqualTo((int) owed.stream().filter((one) -> one.owedMinor() < 0).count());
			});
			assertThat(this.items.lineIdsOfRun(run.id()).collect(Collectors.toSet()).block()).as("run %d's lines", r)
				.isEqualTo(
						expected.values().stream().flatMap(List::stream).map(Owed::lineId).collect(Collectors.toSet()));
			assertThat(run.total()).isEqualTo(Money.paise(expected.values().stream().mapToLong(Reckoning::sum).sum()));
			if (r < PAID_RUNS) {
				payAll(payouts, run, stored.keySet(), r, accounts);
			}
			else if (r == PAID_RUNS) {
				payouts.review(run.id(), accounts).block();
			}
		}
		assertThat(reckoning.carriedAfterPayout()).as("refunds and corrections carried after a payout").isPositive();
		long paid = System.nanoTime();

		// Per seller: owed − paid out = balance, as the statement reports it.
		int sellers = 0;
		for (GeneratedLedgerYear.Seller seller : generated.sellers) {
			if (seller.centre()) {
				continue;
			}
			sellers++;
			long owed = reckoning.owed(seller.id());
			long paidOut = reckoning.paidOut(seller.id(), PAID_RUNS);
			SellerStatements.Statement statement = this.statements.of(seller.id(), year.label(), null).block();
			assertThat(statement.owed()).as("%s owed", seller.id()).isEqualTo(Money.paise(owed));
			assertThat(statement.paidOut()).as("%s paid out", seller.id()).isEqualTo(Money.paise(paidOut));
			assertThat(statement.balance()).as("%s balance", seller.id()).isEqualTo(Money.paise(owed - paidOut));
			assertThat(owed - paidOut).as("%s: balance = what no paid run has paid", seller.id())
				.isEqualTo(reckoning.unpaid(seller.id(), PAID_RUNS));
			assertThat(statement.payouts()).hasSize(reckoning.paidRuns(seller.id(), PAID_RUNS));
			assertThat(statement.totals().owed()).as("%s owed in %s", seller.id(), year.label())
				.isEqualTo(Money.paise(reckoning.owedIn(seller.id(), year)));
		}
		assertThat(sellers).isGreaterThan(300);
		System.out.printf("Generated year %s: %d payout runs prepared and %d paid in %d ms, %d statements in %d ms%n",
				year.label(), runIds.size() + 1, PAID_RUNS, (paid - started) / 1_000_000, sellers,
				(System.nanoTime() - paid) / 1_000_000);
	}

	private static void payAll(PayoutRuns payouts, PayoutRun run, Set<String> sellerIds, int r,
			MarketplaceUser accounts) {
		payouts.review(run.id(), accounts).block();
		payouts.export(run.id(), accounts).block();
		int n = 0;
		for (String sellerId : sellerIds) {
			String utr = String.format("GYRUN%02dL%05d", r, n++);
			assertThat(payouts.markPaid(run.id(), sellerId, utr, accounts).block().utr()).isEqualTo(utr);
		}
		assertThat(payouts.run(run.id()).block().status()).isEqualTo(PayoutStatus.PAID);
	}

	/**
	 * The sale windows as the generator draws them
	 * ({@link GeneratedLedgerYear#PAST_RETURNS} after an online sale), for the generated
	 * sellers only.
	 */
	private static SaleWindows windows(String sellerPrefix) {
		return new SaleWindows(null) {

			@Override
			Mono<Boolean> payable(OwedLine line, Instant cutoff) {
				if (!line.sellerId().startsWith(sellerPrefix)) {
					return Mono.just(false);
				}
				boolean waits = "SALE".equals(line.kind()) && "ONLINE".equals(line.channel());
				return Mono.just(!waits || !line.at().plus(GeneratedLedgerYear.PAST_RETURNS).isAfter(cutoff));
			}

		};
	}

	/**
	 * The test's own reckoning of the runs, from the generated lines: at each cutoff,
	 * every seller's lines not yet paid that may be paid by then, when they add up to the
	 * threshold.
	 */
	static final class Reckoning {

		private final List<Owed> owed;

		private final Map<String, List<Owed>> bySeller;

		private final long threshold;

		/** line id → the run that took it. */
		private final Map<String, Integer> runOf = new HashMap<>();

		/** run → seller → the lines it took. */
		private final List<Map<String, List<Owed>>> runs = new ArrayList<>();

		Reckoning(List<Owed> owed, long threshold) {
			this.owed = owed;
			this.bySeller = owed.stream().collect(Collectors.groupingBy(Owed::sellerId));
			this.threshold = threshold;
		}

		Map<String, List<Owed>> run(int r, Instant cutoff) {
			Map<String, List<Owed>> open = new LinkedHashMap<>();
			for (Owed line : this.owed) {
				if (!this.runOf.containsKey(line.lineId()) && !line.at().isAfter(cutoff)
						&& !line.payableFrom().isAfter(cutoff)) {
					open.computeIfAbsent(line.sellerId(), (id) -> new ArrayList<>()).add(line);
				}
			}
			open.values().removeIf((lines) -> sum(lines) < this.threshold);
			open.values().forEach((lines) -> lines.forEach((line) -> this.runOf.put(line.lineId(), r)));
			this.runs.add(open);
			return open;
		}

		private List<Owed> of(String sellerId) {
			return this.bySeller.getOrDefault(sellerId, List.of());
		}

		static long sum(List<Owed> lines) {
			return lines.stream().mapToLong(Owed::owedMinor).sum();
		}

		/** Refunds and reversals paid in a later run than the line they take back. */
		long carriedAfterPayout() {
			Set<String> carried = new HashSet<>();
			this.runOf.forEach((id, run) -> {
				String taken = id.startsWith("refund:") ? "sale:" + id.substring("refund:".length())
						: id.startsWith("reversal:") ? id.substring("reversal:".length()) : null;
				Integer before = (taken != null) ? this.runOf.get(taken) : null;
				if (before != null && before < run) {
					carried.add(id);
				}
			});
			return carried.size();
		}

		long owed(String sellerId) {
			return sum(of(sellerId));
		}

		long owedIn(String sellerId, FinancialYear year) {
			return of(sellerId).stream()
				.filter((line) -> FinancialYear.of(line.at()).equals(year))
				.mapToLong(Owed::owedMinor)
				.sum();
		}

		long paidOut(String sellerId, int paidRuns) {
			long paid = 0;
			for (int r = 0; r < paidRuns; r++) {
				paid += sum(this.runs.get(r).getOrDefault(sellerId, List.of()));
			}
			return paid;
		}

		int paidRuns(String sellerId, int paidRuns) {
			return (int) this.runs.subList(0, paidRuns).stream().filter((run) -> run.containsKey(sellerId)).count();
		}

		/** What the runs left unpaid and the lines no run took. */
		long unpaid(String sellerId, int paidRuns) {
			return of(sellerId).stream().filter((line) -> {
				Integer run = this.runOf.get(line.lineId());
				return run == null || run >= paidRuns;
			}).mapToLong(Owed::owedMinor).sum();
		}

	}

}
