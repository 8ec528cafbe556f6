package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;

import org.springframework.stereotype.Service;

/**
 * Payout runs (docs/decisions/0069): prepare a run up to a day, review, export to the
 * bank, mark each seller's line paid with the bank's UTR, or cancel before export. Each
 * of these steps is a line in the audit trail, written once, with the accountant who took
 * it.
 */
@Service
public class PayoutRuns {

	static final int BATCH = 500;

	private final RevenueLedger ledger;

	private final PayoutRunRepository runs;

	private final PayoutLineRepository lines;

	private final PayoutItemRepository items;

	private final BankAccountRepository banks;

	private final SaleWindows windows;

	private final SellerNames names;

	private final PayoutProperties properties;

	private final TreasuryAudit audit;

	private final Clock clock;

	PayoutRuns(RevenueLedger ledger, PayoutRunRepository runs, PayoutLineRepository lines, PayoutItemRepository items,
			BankAccountRepository banks, SaleWindows windows, SellerNames names, PayoutProperties properties,
			TreasuryAudit audit, Clock clock) {
		this.ledger = ledger;
		this.runs = runs;
		this.lines = lines;
		this.items = items;
		this.banks = banks;
		this.windows = windows;
		this.names = names;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The least balance a seller needs to be paid. */
	public Money threshold() {
		return Money.rupees(this.properties.thresholdRupees());
	}

	/**
	 * Prepares a run of every seller whose payable, unclaimed lines up to the end of
	 * {@code upTo} (India time) reach the threshold. Each line is claimed by inserting
	 * its payout item; a line another run claimed first is left to it.
	 * @throws Refusal INVALID for a day in the future, CONFLICT when nobody is due
	 */
	public Mono<PayoutRun> prepare(LocalDate upTo, MarketplaceUser by) {
		return prepare(upTo, by.login()).flatMap((run) -> audited(run, "PAYOUT_RUN_PREPARED", by).thenReturn(run));
	}

	/** As {@link #prepare(LocalDate, MarketplaceUser)}, by a named process (the demo). */
	Mono<PayoutRun> prepare(LocalDate upTo, String by) {
		Instant now = this.clock.instant();
		if (upTo == null || upTo.isAfter(IndiaTime.dayOf(now))) {
			return Mono.error(Refusal.invalid("payouts.error.upTo").at("upTo"));
		}
		Instant cutoff = upTo.plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant().minusMillis(1);
		String runId = "PR-" + upTo.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		Money threshold = threshold();
		return this.ledger.unclaimedLinesUpTo(cutoff)
			.buffer(BATCH)
			.concatMap(this::unclaimed)
			.filterWhen((line) -> this.windows.payable(line, cutoff))
			.collectList()
			.flatMap((payable) -> claim(runId, due(payable, threshold)))
			.flatMap((claimed) -> keepDue(runId, claimed, threshold))
			.flatMap((due) -> due.isEmpty() ? Mono.error(Refusal.conflict("payouts.refused.nothingDue"))
					: mark(runId, due).then(store(runId, upTo, threshold, due, by, now)));
	}

	/**
	 * Drops the lines a run holds but has not marked (one that died between its claim and
	 * its mark): the claim in {@code payout_items} is what keeps a line in one run.
	 */
	private Flux<OwedLine> unclaimed(List<OwedLine> batch) {
		return this.items.claimedAmong(batch.stream().map(OwedLine::id).toList())
			.collect(HashSet<String>::new, Set::add)
			.flatMapMany((claimed) -> Flux.fromIterable(batch).filter((line) -> !claimed.contains(line.id())));
	}

	/** The lines of the sellers whose balance reaches the threshold. */
	static List<OwedLine> due(Collection<OwedLine> payable, Money threshold) {
		Map<String, List<OwedLine>> bySeller = bySeller(payable);
		List<OwedLine> due = new ArrayList<>();
		bySeller.values().stream().filter((lines) -> sum(lines) >= threshold.minor()).forEach(due::addAll);
		return due;
	}

	/** Claims the lines a batch at a time; answers those this run won. */
	private Mono<List<OwedLine>> claim(String runId, List<OwedLine> due) {
		return Flux.fromIterable(due)
			.buffer(BATCH)
			.concatMap((batch) -> this.items.claim(runId, batch)
				.flatMapIterable((won) -> batch.stream().filter((line) -> won.contains(line.id())).toList()))
			.collectList();
	}

	/** Releases the claims of sellers left below the threshold by a racing run. */
	private Mono<Map<String, List<OwedLine>>> keepDue(String runId, List<OwedLine> claimed, Money threshold) {
		Map<String, List<OwedLine>> bySeller = bySeller(claimed);
		List<String> release = new ArrayList<>();
		bySeller.values().removeIf((lines) -> {
			if (sum(lines) >= threshold.minor()) {
				return false;
			}
			lines.forEach((line) -> release.add(line.id()));
			return true;
		});
		Mono<Long> released = release.isEmpty() ? Mono.just(0L) : this.items.release(runId, release);
		return released.thenReturn(bySeller);
	}

	/**
	 * Marks the run's lines in the ledger, after its claims and once the sellers below
	 * the threshold gave theirs back, so that later runs no longer read them.
	 */
	private Mono<Void> mark(String runId, Map<String, List<OwedLine>> due) {
		return Flux.fromIterable(due.values())
			.flatMapIterable((lines) -> lines)
			.map(OwedLine::id)
			.buffer(BATCH)
			.concatMap((ids) -> this.ledger.markClaimed(runId, ids))
			.then();
	}

	private Mono<PayoutRun> store(String runId, LocalDate upTo, Money threshold, Map<String, List<OwedLine>> due,
			String by, Instant now) {
		return this.names.of(due.keySet()).flatMap((names) -> {
			List<PayoutLine> lines = new ArrayList<>();
			long total = 0;
			for (Map.Entry<String, List<OwedLine>> seller : due.entrySet()) {
				long amount = sum(seller.getValue());
				int negative = (int) seller.getValue().stream().filter((line) -> line.signedOwedMinor() < 0).count();
				lines.add(new PayoutLine(runId + ":" + seller.getKey(), runId, seller.getKey(),
						names.getOrDefault(seller.getKey(), seller.getKey()), Money.paise(amount),
						seller.getValue().size(), negative, null, null));
				total += amount;
			}
			PayoutRun run = new PayoutRun(runId, upTo, threshold, PayoutStatus.PREPARED, Money.paise(total),
					lines.size(), by, now, by, now);
			return this.lines.insertAll(lines).then(this.runs.insert(run));
		});
	}

	/** A run, or NOT_FOUND. */
	public Mono<PayoutRun> run(String runId) {
		return this.runs.find(runId).switchIfEmpty(Mono.error(Refusal.notFound("payouts.refused.noRun")));
	}

	/** The latest runs first. */
	public Mono<Page<PayoutRun>> latest(After after) {
		return this.runs.latest(after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (run) -> After.of(run.preparedAt(), run.id())));
	}

	/** A run's seller lines. */
	public Flux<PayoutLine> lines(String runId) {
		return this.lines.ofRun(runId);
	}

	/** PREPARED → REVIEWED, in the audit trail once. */
	public Mono<PayoutRun> review(String runId, MarketplaceUser by) {
		return run(runId).flatMap((run) -> moved(run, run.review(by.login(), this.clock.instant())))
			.flatMap((reviewed) -> audited(reviewed, "PAYOUT_RUN_REVIEWED", by).thenReturn(reviewed));
	}

	/**
	 * REVIEWED → EXPORTED (the bank file went to the bank), in the audit trail once with
	 * what the file holds and how many sellers were held back for want of an account.
	 */
	public Mono<PayoutRun> export(String runId, MarketplaceUser by) {
		return run(runId).flatMap((run) -> moved(run, run.export(by.login(), this.clock.instant())))
			.flatMap((exported) -> bankFile(runId).flatMap((file) -> {
				Map<String, Object> details = runFacts(exported);
				details.put("fileRows", file.rows().size());
				details.put("heldBack", file.held().size());
				return this.audit.once("payout-run-exported:" + runId, by, "PAYOUT_RUN_EXPORTED",
						TreasuryAudit.PAYOUT_RUN, runId, details);
			}).thenReturn(exported));
	}

	/**
	 * Cancels a run before export and releases every line it claimed: the ledger's marks
	 * go first, then the claims, so a line is never left marked without a claim.
	 */
	public Mono<PayoutRun> cancel(String runId, MarketplaceUser by) {
		return run(runId).flatMap((run) -> moved(run, run.cancel(by.login(), this.clock.instant())))
			.flatMap((cancelled) -> this.items.lineIdsOfRun(runId)
				.buffer(BATCH)
				.concatMap((ids) -> this.ledger.unmarkClaimed(runId, ids))
				.then(this.items.releaseRun(runId))
				.then(audited(cancelled, "PAYOUT_RUN_CANCELLED", by))
				.thenReturn(cancelled));
	}

	/** A run's step in the audit trail, once per run and step. */
	private Mono<Void> audited(PayoutRun run, String action, MarketplaceUser by) {
		return this.audit.once(action.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + run.id(), by, action,
				TreasuryAudit.PAYOUT_RUN, run.id(), runFacts(run));
	}

	private static Map<String, Object> runFacts(PayoutRun run) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("upTo", run.upTo().toString());
		details.put("amountMinor", run.total().minor());
		details.put("currency", run.total().currencyCode());
		details.put("sellers", run.sellers());
		details.put("status", run.status().name());
		return details;
	}

	private Mono<PayoutRun> moved(PayoutRun from, PayoutRun to) {
		return this.runs.move(to, from.status())
			.flatMap((moved) -> moved ? Mono.just(to)
					: Mono.error(Refusal.conflict("payouts.refused.moved", from.status().name())));
	}

	/**
	 * Records the bank's UTR for a seller's line of an exported run: the same UTR again
	 * is recorded once (and in the audit trail once, by the line's id); another UTR for a
	 * paid line is refused. The run is PAID once every line is.
	 */
	public Mono<PayoutLine> markPaid(String runId, String sellerId, String typedUtr, MarketplaceUser by) {
		String utr;
		try {
			utr = PayoutLine.utr(typedUtr);
		}
		catch (Refusal ex) {
			return Mono.error(ex);
		}
		Instant now = this.clock.instant();
		return run(runId).flatMap((run) -> {
			run.checkPayable();
			return line(runId, sellerId).flatMap((line) -> {
				if (!line.needs(utr)) {
					// the same UTR again: its line is written already, or now by a retry
					return paid(line, by).thenReturn(line);
				}
				return this.lines.markPaid(line.id(), utr, by.login(), now)
					.flatMap((stored) -> line(runId, sellerId).map((read) -> {
						read.needs(utr);
						return read;
					}))
					.flatMap((paid) -> paid(paid, by).then(completed(run, by, now)).thenReturn(paid));
			});
		});
	}

	private Mono<Void> paid(PayoutLine line, MarketplaceUser by) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sellerId", line.sellerId());
		details.put("name", line.name());
		details.put("utr", line.utr());
		details.put("amountMinor", line.amount().minor());
		details.put("currency", line.amount().currencyCode());
		return this.audit.once("payout-line-paid:" + line.id(), by, "PAYOUT_LINE_PAID", TreasuryAudit.PAYOUT_RUN,
				line.runId(), details);
	}

	private Mono<PayoutLine> line(String runId, String sellerId) {
		return this.lines.find(runId + ":" + sellerId)
			.switchIfEmpty(Mono.error(Refusal.notFound("payouts.refused.noLine").at("sellerId")));
	}

	private Mono<Boolean> completed(PayoutRun run, MarketplaceUser by, Instant now) {
		if (run.status() != PayoutStatus.EXPORTED) {
			return Mono.just(false);
		}
		PayoutRun paid = run.paid(by.login(), now);
		return this.lines.anyUnpaid(run.id())
			.flatMap((unpaid) -> unpaid ? Mono.just(false) : this.runs.move(paid, run.status()))
			.flatMap((moved) -> moved ? audited(paid, "PAYOUT_RUN_PAID", by).thenReturn(true) : Mono.just(false));
	}

	/** The bank accounts of these sellers, by seller id. */
	public Mono<Map<String, PayeeBankAccount>> bankAccounts(Collection<String> sellerIds) {
		return this.banks.of(sellerIds).collectMap(PayeeBankAccount::sellerId);
	}

	/**
	 * A run's bank file: the lines of sellers with a bank account; the others held back.
	 */
	public Mono<BankFile> bankFile(String runId) {
		return run(runId).flatMap((run) -> {
			run.checkExportable();
			return this.lines.ofRun(runId)
				.collectList()
				.flatMap((lines) -> bankAccounts(lines.stream().map(PayoutLine::sellerId).toList())
					.map((accounts) -> BankFile.of(run, lines, accounts)));
		});
	}

	/**
	 * What the bank file of a run would hold, whatever its status (for the run's page).
	 */
	public Mono<BankFile> bankFileOrEmpty(String runId) {
		return run(runId).flatMap((run) -> this.lines.ofRun(runId)
			.collectList()
			.flatMap((lines) -> bankAccounts(lines.stream().map(PayoutLine::sellerId).toList())
				.map((accounts) -> BankFile.of(run, lines, accounts))));
	}

	/** A seller's paid payout lines, the latest first. */
	public Flux<PayoutLine> paidTo(String sellerId) {
		return this.lines.paidOf(sellerId);
	}

	private static Map<String, List<OwedLine>> bySeller(Collection<OwedLine> lines) {
		Map<String, List<OwedLine>> bySeller = new LinkedHashMap<>();
		lines.forEach((line) -> bySeller.computeIfAbsent(line.sellerId(), (id) -> new ArrayList<>()).add(line));
		return bySeller;
	}

	private static long sum(List<OwedLine> lines) {
		return lines.stream().mapToLong(OwedLine::signedOwedMinor).sum();
	}

}
