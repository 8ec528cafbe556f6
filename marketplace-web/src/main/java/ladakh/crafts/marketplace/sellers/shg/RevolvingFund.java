package ladakh.crafts.marketplace.sellers.shg;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * An SHG's revolving fund: an append-only ledger ({@link FundLedgerRepository}) and the
 * balance on the SHG's own seller record.
 * <p>
 * There are no transactions, so the balance is the guard: one conditional update moves it
 * (for a utilisation only when it stays at or above zero), then the entry is appended; if
 * that fails the balance is moved back. Concurrent utilisations therefore never overdraw
 * the fund.
 */
@Service
public class RevolvingFund {

	/** Orders the ids of entries made in one millisecond by this process. */
	private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

	/** The department's usual grant to a new SHG: ₹50,000. */
	public static final Money DEFAULT_GRANT = Money.rupees(50_000);

	/** No single entry above ₹1 crore: that is a typing mistake, not a grant. */
	public static final Money MAX_ENTRY = Money.rupees(10_000_000);

	private final SellerRepository sellers;

	private final FundLedgerRepository ledger;

	private final AuditTrail audit;

	private final Clock clock;

	RevolvingFund(SellerRepository sellers, FundLedgerRepository ledger, AuditTrail audit, Clock clock) {
		this.sellers = sellers;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether an amount may be one entry: above zero and at most {@link #MAX_ENTRY}. */
	public static boolean allowed(Money amount) {
		return amount != null && amount.isPositive() && !amount.isGreaterThan(MAX_ENTRY);
	}

	/**
	 * Records an entry, or refuses it and writes nothing.
	 * @return the entry; errors with {@link FundRefusedException} when refused, or
	 * {@link IllegalArgumentException} for an amount out of range
	 */
	public Mono<FundEntry> record(String shgId, FundEntryKind kind, Money amount, String note, MarketplaceUser by) {
		if (!allowed(amount)) {
			return Mono.error(new IllegalArgumentException("The amount must be above zero and at most ₹1 crore"));
		}
		Money change = kind.effect(amount);
		Instant at = this.clock.instant();
		FundEntry entry = new FundEntry(entryId(at), shgId, kind, amount, (note != null) ? note.strip() : "", at,
				by.id(), Money.ZERO);
		return this.sellers.moveFundBalance(shgId, change)
			.flatMap((moved) -> moved ? appendOrUndo(entry, change) : whyRefused(shgId))
			.then(this.audit.record(by, "SHG_FUND_" + kind.name(), "SHG", shgId, null,
					Map.of("entryId", entry.id(), "amountMinor", amount.minor())))
			.thenReturn(entry);
	}

	/**
	 * An id that sorts in the order entries were made: the ledger reads (at, _id), and
	 * two entries in one millisecond with random ids could list a repayment before the
	 * utilisation it followed, so the running balance shown would be one that never was.
	 */
	static String entryId(Instant at) {
		return String.format("fund-%013d-%09d-%s", at.toEpochMilli(), SEQUENCE.incrementAndGet() % 1_000_000_000L,
				UUID.randomUUID().toString().substring(0, 8));
	}

	private Mono<Void> appendOrUndo(FundEntry entry, Money change) {
		return this.ledger.append(entry)
			.onErrorResume((ex) -> this.sellers.undoFundMove(entry.shgId(), change).then(Mono.error(ex)));
	}

	private Mono<Void> whyRefused(String shgId) {
		return this.sellers.find(shgId, SellerKind.SHG)
			.switchIfEmpty(Mono.error(() -> new ShgNotFoundException(shgId)))
			.flatMap((shg) -> Mono
				.error(new FundRefusedException(shg.fundOpen() ? FundRefusedException.Reason.INSUFFICIENT_BALANCE
						: FundRefusedException.Reason.SHG_NOT_ACTIVE, shgId)));
	}

	/** The ledger, oldest first, each line with the running balance after it. */
	public Mono<List<FundEntry>> ledger(String shgId) {
		return this.ledger.ledger(shgId);
	}

}
