package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reconciliation of the training centres' receipts with the treasury deposits, per
 * financial year, centre and month: due (the ledger's TREASURY lines), deposited (the
 * allocations), outstanding and its age; and the exceptions the accounts home lists
 * first. Every sum is the database's.
 */
@Service
public class Reconciliation {

	/** How many not-wholly-allocated deposits the exceptions look at. */
	static final int OPEN_DEPOSITS = 50;

	private final RevenueLedger ledger;

	private final AllocationRepository allocations;

	private final TreasuryDeposits deposits;

	private final SellerDirectory sellers;

	private final TreasuryProperties properties;

	private final Clock clock;

	Reconciliation(RevenueLedger ledger, AllocationRepository allocations, TreasuryDeposits deposits,
			SellerDirectory sellers, TreasuryProperties properties, Clock clock) {
		this.ledger = ledger;
		this.allocations = allocations;
		this.deposits = deposits;
		this.sellers = sellers;
		this.properties = properties;
		this.clock = clock;
	}

	public LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	public FinancialYear currentYear() {
		return FinancialYear.of(today());
	}

	/** The years the reconciliation pages offer: this one and the five before it. */
	public List<FinancialYear> years() {
		List<FinancialYear> years = new ArrayList<>();
		FinancialYear year = currentYear();
		for (int i = 0; i < 6; i++) {
			years.add(year);
			year = year.previous();
		}
		return years;
	}

	/** Every centre with receipts or deposits in the year, by name. */
	public Mono<YearReport> year(FinancialYear fy) {
		LocalDate today = today();
		return sums(fy, null).flatMap((sums) -> names(sums.centres()).map((names) -> {
			List<CentreRow> rows = new ArrayList<>();
			for (String centre : sums.centres()) {
				rows.add(new CentreRow(centre, names.getOrDefault(centre, centre),
						Figures.of(sums.due(centre), sums.deposited(centre), today)));
			}
			rows.sort(Comparator.comparing(CentreRow::name).thenComparing(CentreRow::centreId));
			return new YearReport(fy, rows, total(rows));
		}));
	}

	/** One centre's year, month by month. */
	public Mono<CentreReport> centre(FinancialYear fy, String centreId) {
		LocalDate today = today();
		return sums(fy, centreId).flatMap((sums) -> names(List.of(centreId)).map((names) -> {
			List<Figures.MonthFigures> months = Figures.months(fy.months(), sums.due(centreId),
					sums.deposited(centreId), today);
			return new CentreReport(fy, centreId, names.getOrDefault(centreId, centreId),
					Figures.of(sums.due(centreId), sums.deposited(centreId), today), months);
		}));
	}

	/**
	 * What needs the accounts staff first: deposits with nothing allocated, deposits
	 * whose allocations still do not add up after the configured days, and centres whose
	 * receipts are outstanding past the configured days (this year's and last year's).
	 */
	public Mono<List<ExceptionItem>> exceptions() {
		return year(currentYear()).flatMap(this::exceptions);
	}

	/**
	 * The exceptions given this year's report already built (the accounts home shows
	 * both; the year's sums are read once).
	 */
	public Mono<List<ExceptionItem>> exceptions(YearReport thisYear) {
		LocalDate today = today();
		Flux<ExceptionItem> ofDeposits = this.deposits.open(OPEN_DEPOSITS).concatMap((deposit) -> {
			if (deposit.nothingAllocated()) {
				return Mono.just(ExceptionItem.deposit(ExceptionKind.NOTHING_ALLOCATED, deposit));
			}
			if (deposit.challanDate().plusDays(this.properties.unallocatedDays()).isBefore(today)) {
				return Mono.just(ExceptionItem.deposit(ExceptionKind.NOT_ADDING_UP, deposit));
			}
			return Mono.empty();
		});
		Flux<ExceptionItem> ofCentres = Flux.concat(year(thisYear.fy().previous()), Mono.just(thisYear))
			.flatMapIterable((year) -> year.centres()
				.stream()
				.filter((row) -> row.figures().outstanding().isPositive()
						&& row.figures().ageDays() > this.properties.outstandingDays())
				.map((row) -> ExceptionItem.centre(year.fy(), row))
				.toList());
		return Flux.concat(ofDeposits, ofCentres).collectList();
	}

	/** The names of centres, by id (an unknown id is its own name). */
	public Mono<Map<String, String>> names(java.util.Collection<String> centreIds) {
		java.util.Set<String> ids = new TreeSet<>(centreIds);
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.sellers.names(ids).map((found) -> {
			Map<String, String> names = new HashMap<>(found);
			ids.forEach((id) -> names.putIfAbsent(id, id));
			return names;
		});
	}

	/**
	 * The months that still owe something, last year's and this year's, by centre name
	 * then month: what a deposit can be allocated to.
	 */
	public Mono<List<OpenMonth>> openMonths() {
		LocalDate today = today();
		FinancialYear now = currentYear();
		return Flux.just(now.previous(), now).concatMap((fy) -> sums(fy, null).flatMapMany((sums) -> {
			TreeSet<String> centres = sums.centres();
			return names(centres).flatMapIterable((names) -> {
				List<OpenMonth> open = new ArrayList<>();
				for (String centre : centres) {
					for (Figures.MonthFigures month : Figures.months(fy.months(), sums.due(centre),
							sums.deposited(centre), today)) {
						if (month.outstanding().isPositive()) {
							open.add(new OpenMonth(centre, names.get(centre), month.month(), month.outstanding()));
						}
					}
				}
				return open;
			});
		}))
			.collectList()
			.map((open) -> open.stream()
				.sorted(Comparator.comparing(OpenMonth::name)
					.thenComparing(OpenMonth::centreId)
					.thenComparing(OpenMonth::month))
				.toList());
	}

	/** A centre's month that still owes something. */
	public record OpenMonth(String centreId, String name, YearMonth month, Money outstanding) {

		/** The allocate form's value. */
		public String value() {
			return this.centreId + ":" + this.month;
		}

	}

	private Mono<Sums> sums(FinancialYear fy, String centreId) {
		Mono<List<RevenueLedger.Receipts>> due = this.ledger.treasuryReceipts(fy.toString(), centreId, null)
			.collectList();
		Mono<List<AllocationRepository.Deposited>> deposited = this.allocations.deposited(fy.toString(), centreId, null)
			.collectList();
		return Mono.zip(due, deposited).map((both) -> {
			Sums sums = new Sums(new HashMap<>(), new HashMap<>());
			// A line without its month (written before the ledger contract) cannot be
			// placed in one: it is left out rather than failing the page.
			both.getT1()
				.stream()
				.filter((receipts) -> receipts.centreId() != null && receipts.month() != null)
				.forEach((receipts) -> sums.dueBy()
					.computeIfAbsent(receipts.centreId(), (it) -> new HashMap<>())
					.merge(YearMonth.parse(receipts.month()), receipts.due(), Money::plus));
			both.getT2()
				.forEach((line) -> sums.depositedBy()
					.computeIfAbsent(line.centreId(), (it) -> new HashMap<>())
					.merge(line.month(), line.amount(), Money::plus));
			return sums;
		});
	}

	private static Figures total(List<CentreRow> rows) {
		Money due = Money.ZERO;
		Money deposited = Money.ZERO;
		YearMonth oldest = null;
		long age = 0;
		for (CentreRow row : rows) {
			due = due.plus(row.figures().due());
			deposited = deposited.plus(row.figures().deposited());
			if (row.figures().ageDays() > age) {
				age = row.figures().ageDays();
				oldest = row.figures().oldestUnpaid();
			}
		}
		return new Figures(due, deposited, oldest, age);
	}

	private record Sums(Map<String, Map<YearMonth, Money>> dueBy, Map<String, Map<YearMonth, Money>> depositedBy) {

		TreeSet<String> centres() {
			TreeSet<String> centres = new TreeSet<>(this.dueBy.keySet());
			centres.addAll(this.depositedBy.keySet());
			return centres;
		}

		Map<YearMonth, Money> due(String centre) {
			return this.dueBy.getOrDefault(centre, Map.of());
		}

		Map<YearMonth, Money> deposited(String centre) {
			return this.depositedBy.getOrDefault(centre, Map.of());
		}

	}

	/** A financial year's reconciliation. */
	public record YearReport(FinancialYear fy, List<CentreRow> centres, Figures total) {

	}

	/** One centre's line of a year. */
	public record CentreRow(String centreId, String name, Figures figures) {

	}

	/** One centre's year by month. */
	public record CentreReport(FinancialYear fy, String centreId, String name, Figures total,
			List<Figures.MonthFigures> months) {

	}

	/** What an exception is about. */
	public enum ExceptionKind {

		NOTHING_ALLOCATED, NOT_ADDING_UP, OUTSTANDING

	}

	/**
	 * One exception: a deposit's or a centre's.
	 *
	 * @param kind what is wrong
	 * @param deposit the deposit, or null
	 * @param fy the centre's year, or null
	 * @param centre the centre's row, or null
	 */
	public record ExceptionItem(ExceptionKind kind, Deposit deposit, FinancialYear fy, CentreRow centre) {

		static ExceptionItem deposit(ExceptionKind kind, Deposit deposit) {
			return new ExceptionItem(kind, deposit, null, null);
		}

		static ExceptionItem centre(FinancialYear fy, CentreRow row) {
			return new ExceptionItem(ExceptionKind.OUTSTANDING, null, fy, row);
		}

	}

}
