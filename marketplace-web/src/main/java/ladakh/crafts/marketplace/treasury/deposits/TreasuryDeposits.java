package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;

/**
 * Treasury deposits (decision 0070): recording a challan once, allocating it to training
 * centres' receipts month by month within both what is left of the deposit and what the
 * month still owes, and undoing an allocation by a reversing line. No transactions: each
 * step is a conditional update or a unique key, and a step that cannot finish gives back
 * what the steps before it took. Each deposit recorded and each allocation made or undone
 * is a line in the audit trail, once, with the accountant who did it.
 */
@Service
@EnableConfigurationProperties(TreasuryProperties.class)
public class TreasuryDeposits {

	private final DepositRepository deposits;

	private final AllocationRepository allocations;

	private final CentreMonthRepository months;

	private final ChallanScanRepository scans;

	private final RevenueLedger ledger;

	private final TreasuryAudit audit;

	private final Clock clock;

	private final SellerDirectory sellers;

	TreasuryDeposits(DepositRepository deposits, AllocationRepository allocations, CentreMonthRepository months,
			ChallanScanRepository scans, RevenueLedger ledger, TreasuryAudit audit, SellerDirectory sellers,
			Clock clock) {
		this.sellers = sellers;
		this.deposits = deposits;
		this.allocations = allocations;
		this.months = months;
		this.scans = scans;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/** India's today, for the form's checks. */
	public java.time.LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	/**
	 * Records a deposit with its scan (checked by the caller with
	 * {@link ChallanScan#check}). The same challan sent again answers the stored deposit;
	 * another deposit under a used GRN is refused beside the GRN. Its audit line is
	 * written once, by the deposit's id, so the challan sent again adds none.
	 */
	public Mono<Deposit> record(NewDeposit typed, ChallanScan scan, MarketplaceUser by) {
		String scanId = "challan-" + UUID.randomUUID();
		Deposit deposit = new Deposit(Deposit.keyOf(typed.grn()), typed.grn(), typed.challanDate(), typed.branch(),
				typed.headOfAccount(), typed.amount(), typed.depositor(), scanId, scan.contentType(),
				Money.of(0, typed.amount().currencyCode()), this.clock.instant(), by.id());
		return this.scans.store(scanId, scan).then(this.deposits.insertOnce(deposit)).flatMap((stored) -> {
			if (stored.scanId().equals(scanId)) {
				return recorded(stored, by).thenReturn(stored);
			}
			Mono<Void> dropScan = this.scans.delete(scanId);
			if (stored.sameChallanAs(deposit)) {
				// a retry after a step that stored the deposit but not yet its line
				return dropScan.then(recorded(stored, by)).thenReturn(stored);
			}
			return dropScan.then(Mono.error(Refusal.invalid("treasury.deposit.grnUsed", stored.grn()).at("grn")));
		});
	}

	private Mono<Void> recorded(Deposit deposit, MarketplaceUser by) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("grn", deposit.grn());
		details.put("challanDate", deposit.challanDate().toString());
		details.put("amountMinor", deposit.amount().minor());
		details.put("currency", deposit.amount().currencyCode());
		details.put("branch", deposit.branch());
		details.put("headOfAccount", deposit.headOfAccount());
		return this.audit.once("treasury-deposit-recorded:" + deposit.id(), by, "TREASURY_DEPOSIT_RECORDED",
				TreasuryAudit.DEPOSIT, deposit.id(), details);
	}

	/**
	 * The audit line of an allocation or of its reversing line, once by the line's id.
	 */
	private Mono<Void> allocated(Deposit deposit, Allocation line, String action, MarketplaceUser by) {
		// the centre by name, as the officers' audit log shows people and places
		return this.sellers.names(List.of(line.centreId())).flatMap((names) -> {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("grn", deposit.grn());
			details.put("sellerId", line.centreId());
			details.put("centre", names.getOrDefault(line.centreId(), line.centreId()));
			details.put("month", line.month().toString());
			details.put("amountMinor", line.amount().minor());
			details.put("currency", line.amount().currencyCode());
			details.put("allocationId", (line.reverses() != null) ? line.reverses() : line.id());
			return this.audit.once("treasury-allocation:" + line.id(), by, action, TreasuryAudit.DEPOSIT, deposit.id(),
					details);
		});
	}

	/**
	 * @throws Refusal NOT_FOUND when there is no such deposit
	 */
	public Mono<Deposit> find(String id) {
		return this.deposits.find(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("treasury.deposit.notFound")));
	}

	public Mono<Page<Deposit>> page(After after) {
		return this.deposits.page(after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (deposit) -> After.of(deposit.recordedAt(), deposit.id())));
	}

	/** Deposits not yet wholly allocated, the oldest challan first (a bounded list). */
	public Flux<Deposit> open(int limit) {
		return this.deposits.open(limit);
	}

	public Flux<Allocation> allocations(String depositId) {
		return this.allocations.ofDeposit(depositId);
	}

	public Flux<DataBuffer> scan(Deposit deposit) {
		return this.scans.content(deposit.scanId());
	}

	/**
	 * Credits part of a deposit to a centre's receipts of one month.
	 * @throws Refusal INVALID at {@code amount} when it is more than is left of the
	 * deposit or than the month still owes; at {@code month} when the month has no
	 * receipts
	 */
	public Mono<Allocation> allocate(String depositId, String centreId, YearMonth month, Money share,
			MarketplaceUser by) {
		return find(depositId).flatMap((deposit) -> {
			deposit.checkAllocation(share);
			return monthDue(centreId, month).flatMap((due) -> {
				if (!due.isPositive()) {
					return Mono.error(Refusal.invalid("treasury.allocation.nothingDue").at("month"));
				}
				Allocation line = new Allocation("alc-" + UUID.randomUUID(), depositId, centreId, month, share,
						this.clock.instant(), by.id(), null);
				return this.months.reserve(centreId, month, share, due).flatMap((reserved) -> {
					if (!reserved) {
						return Mono.error(Refusal.invalid("treasury.allocation.overMonth").at("amount"));
					}
					return this.deposits.allocate(deposit, share)
						.flatMap((moved) -> this.allocations.insertOnce(line)
							.then(allocated(deposit, line, "TREASURY_ALLOCATION_MADE", by))
							.thenReturn(line))
						.switchIfEmpty(
								Mono.defer(() -> this.months.release(centreId, month, share)
									.then(this.deposits.find(depositId))
									.flatMap((now) -> Mono.error(Refusal
										.invalid("treasury.allocation.overDeposit", now.unallocated().format())
										.at("amount")))));
				});
			});
		});
	}

	/**
	 * Undoes an allocation by its reversing line, once (and its audit line once, by the
	 * reversing line's id).
	 * @throws Refusal CONFLICT when it is a reversal or already reversed
	 */
	public Mono<Allocation> reverse(String depositId, String allocationId, MarketplaceUser by) {
		return this.allocations.find(allocationId)
			.filter((line) -> line.depositId().equals(depositId))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("treasury.allocation.notFound")))
			.flatMap((line) -> {
				if (line.isReversal()) {
					return Mono.error(Refusal.conflict("treasury.allocation.isReversal"));
				}
				Allocation reversal = line.reversed(this.clock.instant(), by.id());
				return this.allocations.insertOnce(reversal).flatMap((written) -> {
					if (!written) {
						return Mono.error(Refusal.conflict("treasury.allocation.alreadyReversed"));
					}
					return this.deposits.release(depositId, line.amount())
						.then(this.months.release(line.centreId(), line.month(), line.amount()))
						.then(find(depositId))
						.flatMap((deposit) -> allocated(deposit, reversal, "TREASURY_ALLOCATION_REVERSED", by))
						.thenReturn(reversal);
				});
			});
	}

	/** What a centre's month was due, summed by the database from the ledger. */
	Mono<Money> monthDue(String centreId, YearMonth month) {
		return this.ledger.treasuryReceipts(FinancialYear.of(month).toString(), centreId, month.toString())
			.map(RevenueLedger.Receipts::due)
			.reduce(Money.ZERO, Money::plus);
	}

	/** The ids of the lines of this deposit that have been reversed. */
	public static java.util.Set<String> reversedIds(List<Allocation> lines) {
		return lines.stream()
			.filter(Allocation::isReversal)
			.map(Allocation::reverses)
			.collect(java.util.stream.Collectors.toSet());
	}

}
