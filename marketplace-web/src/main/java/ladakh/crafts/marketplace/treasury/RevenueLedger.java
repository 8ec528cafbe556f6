package ladakh.crafts.marketplace.treasury;

import java.time.Clock;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;

import org.springframework.stereotype.Service;

/**
 * The append-only revenue ledger: one SALE entry when a seller part is paid, one REFUND
 * entry per refund. Entries are keyed so that recording the same fact twice (a retried
 * step, a duplicate event) stores it once; nothing is ever updated or deleted
 * ({@link LedgerRepository}). The treasury issue builds deposits and reconciliation on
 * it.
 */
@Service
public class RevenueLedger {

	private final LedgerRepository entries;

	private final Clock clock;

	RevenueLedger(LedgerRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records that a seller part was paid.
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordSale(String orderId, String partId, String sellerId, Money amount,
			String reference) {
		return this.entries.insertOnce(new LedgerEntry("sale:" + partId, LedgerEntry.SALE, orderId, partId, sellerId,
				amount, reference, this.clock.instant(), LedgerEntry.ONLINE, null, null));
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
			String paymentMode, String reference, java.time.Instant at) {
		return this.entries.insertOnce(new LedgerEntry("stall:" + saleId, LedgerEntry.SALE, null, null, sellerId,
				amount, reference, at, LedgerEntry.STALL, exhibitionId, paymentMode));
	}

	/**
	 * Records a refund of (part of) a seller part.
	 * @param refundKey the refund's idempotency key
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordRefund(String refundKey, String orderId, String partId, String sellerId,
			Money amount, String reference) {
		return this.entries.insertOnce(new LedgerEntry("refund:" + refundKey, LedgerEntry.REFUND, orderId, partId,
				sellerId, amount, reference, this.clock.instant(), LedgerEntry.ONLINE, null, null));
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

	/** A seller's net revenue: sales minus refunds, summed by the database. */
	public Mono<Money> netOf(String sellerId) {
		return this.entries.totalsOf(sellerId)
			.map((total) -> LedgerEntry.SALE.equals(total.kind()) ? total.amount() : total.amount().negated())
			.reduce(Money.ZERO, Money::plus);
	}

	// Payout runs and seller statements (docs/decisions/0069).

	/** Creates the indexes the payout runs and statements read by. */
	public Mono<Void> createPayoutIndexes() {
		return this.entries.createPayoutIndexes();
	}

	/** Every line owed to a seller (payee SELLER) up to a moment, oldest first. */
	public Flux<OwedLine> owedLinesUpTo(java.time.Instant asOf) {
		return this.entries.sellerPayeeLinesUpTo(asOf);
	}

	/** A page of a seller's lines of a financial year ({@code 2026-27}), oldest first. */
	public Mono<Page<OwedLine>> linesOfYear(String sellerId, String fy, After after) {
		return this.entries.sellerLinesOfYear(sellerId, fy, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (line) -> After.of(line.at(), line.id())));
	}

	/** A seller's year by kind: signed amount, signed owed, commission (in paise). */
	public Flux<YearTotal> yearTotals(String sellerId, String fy) {
		return this.entries.sellerYearTotals(sellerId, fy);
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
		return this.entries.sellerOwedTotal(sellerId);
	}

}
