package ladakh.crafts.marketplace.treasury.deposits;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The treasury's demo data (decision 0070), so the accounts home shows something: the
 * four months before this one of three demo centres' sales as TREASURY receipts, and
 * three deposits by the demo accounts clerk: one wholly allocated to {@value #FIRST}, one
 * allocated only in part to {@value #SECOND} (its allocations do not add up), one with
 * nothing allocated; {@value #THIRD} has deposited nothing (outstanding). Receipts by
 * fixed ids, deposits by their GRN, allocations only to a deposit that has none: loading
 * twice changes nothing.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class TreasuryDemoData {

	static final String FIRST = "tc-0001";

	static final String SECOND = "tc-0002";

	static final String THIRD = "tc-0003";

	private static final MarketplaceUser CLERK = new MarketplaceUser("usr-demo-accounts", "accounts@demo.ladakh",
			"Demo accounts clerk", null, Set.of(Role.ACCOUNTS), null, true);

	/** A one-line PDF standing in for the challan's scan. */
	private static final byte[] SCAN = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n" + "trailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private static final Log logger = LogFactory.getLog(TreasuryDemoData.class);

	private final RevenueLedger ledger;

	private final TreasuryDeposits deposits;

	private final Clock clock;

	TreasuryDemoData(RevenueLedger ledger, TreasuryDeposits deposits, Clock clock) {
		this.ledger = ledger;
		this.deposits = deposits;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		seed().onErrorResume((ex) -> {
			logger.warn("Treasury demo data not loaded", ex);
			return Mono.empty();
		}).block(Duration.ofMinutes(2));
	}

	Mono<Void> seed() {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		YearMonth now = YearMonth.from(today);
		List<YearMonth> months = List.of(now.minusMonths(4), now.minusMonths(3), now.minusMonths(2),
				now.minusMonths(1));
		Flux<Void> receipts = Flux.fromIterable(List.of(FIRST, SECOND, THIRD))
			.concatMap((centre) -> Flux.fromIterable(months)
				.concatMap((month) -> receipt(centre, month, Money.rupees(amountFor(centre)))));
		return receipts
			.then(deposit("DEMO-1800000001", months.get(1).plusMonths(1).atDay(5), Money.rupees(2 * 12_400), FIRST,
					months.subList(0, 2), Money.rupees(12_400)))
			.then(deposit("DEMO-1800000002", months.get(2).plusMonths(1).atDay(4), Money.rupees(15_000), SECOND,
					months.subList(0, 1), Money.rupees(9_800)))
			.then(deposit("DEMO-1800000003", today.minusDays(1), Money.rupees(8_000), null, List.of(), null))
			.then(Mono.fromRunnable(() -> logger.info("Treasury demo data: receipts, deposits and allocations")));
	}

	private static long amountFor(String centre) {
		return switch (centre) {
			case FIRST -> 12_400;
			case SECOND -> 9_800;
			default -> 6_500;
		};
	}

	private Mono<Void> receipt(String centre, YearMonth month, Money amount) {
		LocalDate day = month.atDay(15);
		return this.ledger.recordCentreReceipt("stall:demo-treasury-" + centre + "-" + month, centre, amount,
				day.atTime(LocalTime.NOON).atZone(IndiaTime.ZONE).toInstant(), FinancialYear.of(day).toString(),
				month.toString(), "DEMO-" + centre + "-" + month);
	}

	private Mono<Void> deposit(String grn, LocalDate day, Money amount, String centre, List<YearMonth> months,
			Money each) {
		NewDeposit typed = new NewDeposit(grn, day, "District Treasury Leh", "0851-00-103-01 Sale of products", amount,
				"Demo accounts clerk");
		return this.deposits.record(typed, ChallanScan.check(SCAN), CLERK).flatMap((stored) -> {
			if (centre == null || !stored.nothingAllocated()) {
				return Mono.empty();
			}
			return Flux.fromIterable(months)
				.concatMap((month) -> this.deposits.allocate(stored.id(), centre, month, each, CLERK))
				.then();
		});
	}

}
