package ladakh.crafts.marketplace.treasury;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The append-only revenue ledger (docs/decisions/0068): one SALE line when a seller part
 * is paid, a stall or an artisan-complex sale is made, one REFUND line per refund, one
 * REVERSAL line per correction. Lines are keyed so that recording the same fact twice (a
 * retried step, a duplicate event) stores it once; no line's facts are ever updated and
 * no line is deleted ({@link LedgerRepository}; the payout run that claimed a line is
 * marked on it, {@link PayoutLedgerRepository}). Each line records its seller's kind,
 * craft and district (read here from the seller's record by id, so callers pass only the
 * seller id), its payee (a training centre's sales are the treasury's), the commission
 * rate of its seller's kind frozen on it ({@link LedgerProperties}), and its Indian
 * financial year and month.
 */
@Service
@EnableConfigurationProperties(LedgerProperties.class)
public class RevenueLedger {

	private final LedgerRepository entries;

	private final PayoutLedgerRepository payouts;

	private final SellerDirectory sellers;

	private final LedgerProperties properties;

	private final Clock clock;

	RevenueLedger(LedgerRepository entries, PayoutLedgerRepository payouts, SellerDirectory sellers,
			LedgerProperties properties, Clock clock) {
		this.entries = entries;
		this.payouts = payouts;
		this.sellers = sellers;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records that a seller part was paid.
	 * @param paymentMode how the order was paid ({@code CARD}, {@code COUNTER},
	 * {@code UPI}, {@code BANK_TRANSFER}, {@code CASH_ON_DELIVERY}), or null when unknown
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordSale(String orderId, String partId, String sellerId, Money amount, String reference,
			String paymentMode) {
		return line("sale:" + partId, LedgerEntry.SALE, sellerId, amount, LedgerEntry.ONLINE, paymentMode,
				this.clock.instant(), orderId, partId, null, reference);
	}

	/**
	 * Records a sale at an exhibition stall, once per sale id (the id the seller's phone
	 * made, docs/decisions/0056).
	 * @param paymentMode {@code CASH} or {@code UPI}
	 * @param reference the UPI reference, or null for cash
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordStallSale(String saleId, String sellerId, String exhibitionId, Money amount,
			String paymentMode, String reference) {
		return recordStallSale(saleId, sellerId, exhibitionId, amount, paymentMode, reference, this.clock.instant());
	}

	/**
	 * Records a stall sale as of a moment (the demo's sales at past exhibitions), once
	 * per sale id.
	 */
	public Mono<LedgerEntry> recordStallSale(String saleId, String sellerId, String exhibitionId, Money amount,
			String paymentMode, String reference, Instant at) {
		return line("stall:" + saleId, LedgerEntry.SALE, sellerId, amount, LedgerEntry.STALL, paymentMode, at, null,
				null, exhibitionId, reference);
	}

	/**
	 * Records a sale at the artisan complex, once per sale id ({@code complex:<saleId>}).
	 * The complex area records no sales yet; this is the line its sales will write.
	 * @param paymentMode {@code CASH}, {@code UPI}...
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordComplexSale(String saleId, String sellerId, Money amount, String paymentMode,
			String reference, Instant at) {
		return line("complex:" + saleId, LedgerEntry.SALE, sellerId, amount, LedgerEntry.COMPLEX, paymentMode, at, null,
				null, null, reference);
	}

	/**
	 * Records a refund of (part of) a seller part. The line takes the payment mode and
	 * the commission rate of the part's sale line ({@code sale:<partId>}) when there is
	 * one, so a refund gives back the commission at the rate the sale kept.
	 * @param refundKey the refund's idempotency key
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordRefund(String refundKey, String orderId, String partId, String sellerId,
			Money amount, String reference) {
		Instant at = this.clock.instant();
		String id = "refund:" + refundKey;
		return this.entries.find("sale:" + partId)
			.flatMap((sale) -> this.entries.insertOnce(new LedgerEntry(id, LedgerEntry.REFUND, orderId, partId,
					sellerId, amount, reference, at, LedgerEntry.ONLINE, null, sale.paymentMode(), sale.sellerKind(),
					sale.craft(), sale.district(), sale.payee(), sale.commissionBps(),
					LedgerEntry.commissionOn(amount, sale.commissionBps()), null, null, null, null)))
			.switchIfEmpty(Mono.defer(() -> line(id, LedgerEntry.REFUND, sellerId, amount, LedgerEntry.ONLINE, null, at,
					orderId, partId, null, reference)));
	}

	/**
	 * Corrects a line by a reversing line ({@code reversal:<lineId>}): its amount and
	 * commission with the opposite sign, now. A line is reversed once (asked again, the
	 * stored reversal is answered).
	 * @param reason why, for the record
	 * @param by who
	 * @throws Refusal NOT_FOUND when there is no such line; CONFLICT when it is itself a
	 * reversal
	 */
	public Mono<LedgerEntry> reverse(String lineId, String reason, String by) {
		return this.entries.find(lineId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("ledger.line.notFound")))
			.flatMap((line) -> this.entries.insertOnce(line.reversal(this.clock.instant(), reason, by)));
	}

	/**
	 * Writes complete new lines in bulk (an import of past years, a generated year): one
	 * insert for them all; every id must be new.
	 * @return how many were written
	 */
	public Mono<Integer> recordAll(List<LedgerEntry> lines) {
		return this.entries.insertAll(lines);
	}

	/** The line with this id, or empty. */
	public Mono<LedgerEntry> line(String lineId) {
		return this.entries.find(lineId);
	}

	/** The first page of a seller's entries, oldest first. */
	public Flux<LedgerEntry> entriesOf(String sellerId) {
		return this.entries.ofSeller(sellerId, null, Page.SIZE);
	}

	/** A page of a seller's entries, oldest first, from {@code after} on. */
	public Mono<Page<LedgerEntry>> entriesOf(String sellerId, After after) {
		return this.entries.ofSeller(sellerId, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (entry) -> After.of(entry.at(), entry.id())));
	}

	/** A seller's net revenue: sales minus refunds, reversals with their sign. */
	public Mono<Money> netOf(String sellerId) {
		return this.entries.totalsOf(sellerId).map(LedgerRepository.Total::signed).reduce(Money.ZERO, Money::plus);
	}

	/**
	 * A seller's totals in a financial year ({@code "2026-27"}), summed by the database.
	 */
	public Mono<LedgerSums> sellerTotal(String sellerId, String fy) {
		return this.entries.sumsOf(sellerId, FinancialYear.parse(fy).label(), null, null);
	}

	/** A training centre's receipts due to the treasury in a financial year. */
	public Mono<LedgerSums> centreTotal(String centreId, String fy) {
		return this.entries.sumsOf(centreId, FinancialYear.parse(fy).label(), null, LedgerEntry.TREASURY);
	}

	/**
	 * A training centre's receipts due to the treasury in a month ({@code "2027-03"}).
	 */
	public Mono<LedgerSums> centreMonthTotal(String centreId, String month) {
		return this.entries.sumsOf(centreId, FinancialYear.ofMonth(month).label(), month, LedgerEntry.TREASURY);
	}

	/**
	 * A financial year's summary: totals by seller kind × channel × payee, and in all.
	 */
	public Mono<FySummary> summaryOf(String fy) {
		String year = FinancialYear.parse(fy).label();
		return this.entries.summary(year)
			.sort(java.util.Comparator.comparing((FySummary.Row row) -> String.valueOf(row.sellerKind()))
				.thenComparing(FySummary.Row::channel)
				.thenComparing(FySummary.Row::payee))
			.collectList()
			.map((rows) -> new FySummary(year, rows,
					rows.stream().map(FySummary.Row::sums).reduce(LedgerSums.NONE, LedgerSums::plus)));
	}

	/**
	 * A financial year's totals per seller, a page at a time by seller id.
	 * @param afterSellerId the last seller of the page before, or null for the first
	 */
	public Flux<FySummary.SellerRow> sellerTotals(String fy, String afterSellerId) {
		return this.entries.sellerSums(FinancialYear.parse(fy).label(), afterSellerId, Page.SIZE);
	}

	private Mono<LedgerEntry> line(String id, String kind, String sellerId, Money amount, String channel,
			String paymentMode, Instant at, String orderId, String partId, String exhibitionId, String reference) {
		return facts(sellerId).flatMap((seller) -> this.entries
			.insertOnce(LedgerEntry.of(id, kind, seller, amount, this.properties.commissionBpsOf(seller.kind()),
					channel, paymentMode, at, orderId, partId, exhibitionId, reference)));
	}

	/** The seller's kind, craft and district from their record (by id). */
	private Mono<SellerFacts> facts(String sellerId) {
		return this.sellers.trade(sellerId)
			.map((trade) -> new SellerFacts(sellerId, (trade.kind() != null) ? trade.kind().name() : null,
					trade.craft(), trade.district()))
			.defaultIfEmpty(SellerFacts.unknown(sellerId));
	}

	// ---- Treasury receipts (decision 0070), read by treasury.deposits.

	/**
	 * The TREASURY lines (training centres' receipts) of a financial year summed per
	 * centre and month by the database; {@code centreId} and {@code month} narrow it when
	 * given.
	 * @param fy e.g. {@code 2026-27}
	 */
	public Flux<Receipts> treasuryReceipts(String fy, String centreId, String month) {
		return this.entries.treasuryReceipts(fy, centreId, month);
	}

	/** Creates the index the treasury receipts' sums are served by. */
	public Mono<Void> createTreasuryReceiptIndexes() {
		return this.entries.createTreasuryReceiptIndexes();
	}

	/**
	 * Records a training centre's receipt due to the treasury (the demo's centre sales),
	 * once per id, with the ledger contract's fields.
	 */
	public Mono<Void> recordCentreReceipt(String id, String centreId, Money amount, java.time.Instant at, String fy,
			String month, String reference) {
		return this.entries.insertCentreReceiptOnce(id, centreId, amount, at, fy, month, reference);
	}

	/**
	 * A centre's receipts of one month, summed.
	 *
	 * @param centreId the training centre (its seller id)
	 * @param month e.g. {@code 2026-11}, India time
	 * @param due the signed sum: sales less refunds and reversals
	 */
	public record Receipts(String centreId, String month, Money due) {

	}

	// Payout runs and seller statements (docs/decisions/0069).

	/** Creates the indexes the payout runs and statements read by. */
	public Mono<Void> createPayoutIndexes() {
		return this.payouts.createIndexes();
	}

	/**
	 * The lines owed to sellers (payee SELLER) up to a moment that no payout run has
	 * marked as claimed, oldest first. A run that claimed a line but died before marking
	 * it leaves it here: the caller still drops the lines a run holds.
	 */
	public Flux<OwedLine> unclaimedLinesUpTo(java.time.Instant asOf) {
		return this.payouts.unclaimedSellerLinesUpTo(asOf);
	}

	/**
	 * Marks lines a payout run has claimed, so that later runs do not read them; a line
	 * another run has marked keeps that mark.
	 * @return how many were marked
	 */
	public Mono<Long> markClaimed(String runId, Collection<String> lineIds) {
		return lineIds.isEmpty() ? Mono.just(0L) : this.payouts.markClaimed(runId, lineIds);
	}

	/**
	 * Takes a cancelled run's marks off its lines before its claims go, so that the next
	 * run reads them again.
	 * @return how many were unmarked
	 */
	public Mono<Long> unmarkClaimed(String runId, Collection<String> lineIds) {
		return lineIds.isEmpty() ? Mono.just(0L) : this.payouts.unmarkClaimed(runId, lineIds);
	}

	/** A page of a seller's lines of a financial year ({@code 2026-27}), oldest first. */
	public Mono<Page<OwedLine>> linesOfYear(String sellerId, String fy, After after) {
		return this.payouts.sellerLinesOfYear(sellerId, fy, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (line) -> After.of(line.at(), line.id())));
	}

	/** A seller's year by kind: signed amount, signed owed, commission (in paise). */
	public Flux<YearTotal> yearTotals(String sellerId, String fy) {
		return this.payouts.sellerYearTotals(sellerId, fy);
	}

	/** One kind's sums of a seller's year, in paise. */
	public record YearTotal(String kind, long signedMinor, long signedOwedMinor, long commissionMinor) {

	}

	/**
	 * A ledger line as payouts and statements read it (the ledger contract's fields).
	 */
	public record OwedLine(String id, String kind, String sellerId, String sellerKind, String channel, String orderId,
			String partId, java.time.Instant at, String fy, long amountMinor, long commissionMinor, long signedMinor,
			long signedOwedMinor, String currency, String reference) {

		public Money owed() {
			return Money.of(this.signedOwedMinor, this.currency);
		}

		public Money signed() {
			return Money.of(this.signedMinor, this.currency);
		}

		public Money commission() {
			return Money.of(this.commissionMinor, this.currency);
		}

	}

	/**
	 * What a seller is owed over all time (sales less refunds and commission), in paise.
	 */
	public Mono<Long> owedTo(String sellerId) {
		return this.payouts.sellerOwedTotal(sellerId);
	}

}
