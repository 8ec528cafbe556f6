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

}
