package ladakh.crafts.marketplace.treasury;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A generated financial year of ledger activity (issue 16): orders paid online (card or
 * the offline modes) and some refunded, stall sales (cash, UPI), artisan-complex sales,
 * training-centre sales (the treasury's), a few reversals, across sellers of every kind,
 * with a sale at 23:59 IST on 31 March and one at 00:01 IST on 1 April. It hands the
 * lines to a sink in batches and keeps its own running totals in plain Java, from the
 * amounts and rates it drew, not from the lines' signed fields, and each seller's line as
 * what it adds to or takes from what the seller is owed ({@link Owed}), for the payout
 * runs' own reckoning.
 * <p>
 * {@link #written(RevenueLedger)} writes one such year per test JVM and database, shared
 * by the ledger's, the payouts' and the deposits' tests over it.
 */
public final class GeneratedLedgerYear {

	/** The lines the shared year holds at least. */
	public static final int LINES = 102_000;

	/**
	 * When an online sale may be paid out, as the payouts' tests answer it: delivered two
	 * days after its sale, then its seven-day return window.
	 */
	public static final Duration PAST_RETURNS = Duration.ofDays(9);

	private static GeneratedLedgerYear shared;

	private static RevenueLedger sharedLedger;

	static final String[] KINDS = { "ARTISAN", "SHG", "UNIT_HOLDER", "CO_OPERATIVE", "TRAINING_CENTRE" };

	/** The commission per kind, and the artisans' lower rate from October on. */
	static final Map<String, Integer> BPS = Map.of("ARTISAN", 500, "SHG", 250, "UNIT_HOLDER", 300, "CO_OPERATIVE", 150,
			"TRAINING_CENTRE", 0);

	static final int ARTISAN_BPS_FROM_OCTOBER = 400;

	private static final String[] CRAFTS = { "PASHMINA", "CARPET", "THANGKA", "WOOD_CARVING", "SILVER", "NAMDA" };

	private static final String[] ONLINE_MODES = { "CARD", "CARD", "CARD", "COUNTER", "UPI", "BANK_TRANSFER" };

	private static final String[] STALL_MODES = { "CASH", "UPI" };

	/** Independent totals of one seller in one year (or one centre in one month). */
	public static final class Tally {

		long paid;

		long refunded;

		long stall;

		long complex;

		/** Reversed sales (taken off) and reversed refunds (given back). */
		long reversedSales;

		long reversedRefunds;

		/**
		 * Commission kept: on sales, less given back on refunds, reversals undoing
		 * theirs.
		 */
		long commission;

		long lines;

		/**
		 * ledger total = paid − refunded + stall + complex − reversed sales + reversed
		 * refunds.
		 */
		public long total() {
			return this.paid - this.refunded + this.stall + this.complex - this.reversedSales + this.reversedRefunds;
		}

		public long commission() {
			return this.commission;
		}

		public long lines() {
			return this.lines;
		}

		void add(Tally other) {
			this.paid += other.paid;
			this.refunded += other.refunded;
			this.stall += other.stall;
			this.complex += other.complex;
			this.reversedSales += other.reversedSales;
			this.reversedRefunds += other.reversedRefunds;
			this.commission += other.commission;
			this.lines += other.lines;
		}

	}

	public record Seller(String id, String kind, String craft, String district) {

		public boolean centre() {
			return "TRAINING_CENTRE".equals(this.kind);
		}

	}

	/**
	 * A seller's line (payee SELLER) as what it adds to what the seller is owed (its
	 * amount less its commission, negative for a refund or a reversed sale), and from
	 * when it may be paid out.
	 */
	public record Owed(String lineId, String sellerId, Instant at, long owedMinor, Instant payableFrom) {

	}

	public final String prefix;

	/** What every line id of this year starts with after its kind. */
	private final String lines;

	public final FinancialYear year;

	public final List<Seller> sellers = new ArrayList<>();

	/** seller → fy → totals. */
	final Map<String, Map<String, Tally>> bySeller = new LinkedHashMap<>();

	/** centre → month → totals. */
	public final Map<String, Map<String, Tally>> byCentreMonth = new LinkedHashMap<>();

	/** Every seller's line, in the order written. */
	public final List<Owed> owed = new ArrayList<>();

	/** fy → "kind/channel/payee" → totals. */
	final Map<String, Map<String, Tally>> byYearKindChannel = new LinkedHashMap<>();

	/** month → every seller's totals in it. */
	final Map<String, Tally> byMonth = new LinkedHashMap<>();

	/** The seller of the 31 March / 1 April pair. */
	Seller boundarySeller;

	long written;

	/** The orders paid online, one part each. */
	private long orders;

	private final Random random;

	private final List<LedgerEntry> batch = new ArrayList<>();

	private final List<LedgerEntry> toReverse = new ArrayList<>();

	private int salesToReverse;

	private int refundsToReverse;

	private final int batchSize;

	private final Consumer<List<LedgerEntry>> sink;

	private final Map<String, Seller> sellerById = new HashMap<>();

	/**
	 * @param prefix unique per run: every id and seller starts with it
	 * @param year the year to generate
	 * @param sink takes each batch of lines (a bulk insert)
	 */
	GeneratedLedgerYear(String prefix, FinancialYear year, long seed, int batchSize, Consumer<List<LedgerEntry>> sink) {
		this(prefix, "", year, seed, batchSize, sink);
	}

	/**
	 * @param prefix unique per run: every id and seller starts with it
	 * @param tag added to the lines' ids, so that years generated with one prefix (the
	 * same sellers) never share a line id
	 * @param year the year to generate
	 * @param seed the sellers' crafts and the lines drawn
	 * @param sink takes each batch of lines (a bulk insert)
	 */
	public GeneratedLedgerYear(String prefix, String tag, FinancialYear year, long seed, int batchSize,
			Consumer<List<LedgerEntry>> sink) {
		this.prefix = prefix;
		this.lines = prefix + tag;
		this.year = year;
		this.random = new Random(seed);
		this.batchSize = batchSize;
		this.sink = sink;
		int[] counts = { 160, 90, 60, 40, 30 };
		for (int k = 0; k < KINDS.length; k++) {
			for (int n = 0; n < counts[k]; n++) {
				Seller seller = new Seller(prefix + "-" + KINDS[k].toLowerCase() + "-" + n, KINDS[k],
						CRAFTS[this.random.nextInt(CRAFTS.length)], (n % 3 == 0) ? "KARGIL" : "LEH");
				this.sellers.add(seller);
				this.sellerById.put(seller.id(), seller);
			}
		}
	}

	/**
	 * Generates at least {@code lines} lines, then the reversals and the boundary pair.
	 */
	public GeneratedLedgerYear generate(int lines) {
		long yearStart = this.year.start().getEpochSecond();
		long yearSeconds = this.year.end().getEpochSecond() - yearStart;
		int n = 0;
		while (this.written + this.batch.size() < lines) {
			n++;
			Seller seller = this.sellers.get(this.random.nextInt(this.sellers.size()));
			Instant at = Instant.ofEpochSecond(yearStart + (long) (this.random.nextDouble() * (yearSeconds - 86_400)));
			long paise = 10_000L + this.random.nextInt(2_500_000);
			int roll = this.random.nextInt(100);
			if (roll < 60) {
				this.orders++;
				String partId = this.lines + "-o" + n + "-1";
				String mode = ONLINE_MODES[this.random.nextInt(ONLINE_MODES.length)];
				LedgerEntry sale = sale("sale:" + partId, seller, paise, LedgerEntry.ONLINE, mode, at,
						this.lines + "-o" + n, partId, null);
				if (this.random.nextInt(100) < 9) {
					// A refund (whole or in part) within a few days, inside the year.
					long refund = (this.random.nextBoolean()) ? paise : 1 + this.random.nextInt((int) paise - 1);
					Instant refundAt = at.plus(Duration.ofHours(1 + this.random.nextInt(20 * 24)));
					if (!refundAt.isBefore(this.year.end())) {
						refundAt = this.year.end().minusSeconds(60);
					}
					refund(sale, refund, refundAt);
				}
			}
			else if (roll < 90) {
				sale("stall:" + this.lines + "-st" + n, seller, paise, LedgerEntry.STALL,
						STALL_MODES[this.random.nextInt(2)], at, null, null, this.lines + "-fair-" + (n % 7));
			}
			else {
				sale("complex:" + this.lines + "-cx" + n, seller, paise, LedgerEntry.COMPLEX,
						STALL_MODES[this.random.nextInt(2)], at, null, null, null);
			}
		}
		// A few corrections, in the year's last days.
		for (LedgerEntry line : this.toReverse) {
			Instant at = this.year.end().minus(Duration.ofHours(1 + this.random.nextInt(72)));
			add(line.reversal(at, "generated correction", this.prefix + "-accounts"), line.amount().minor(),
					line.commission().minor(), line);
		}
		// 23:59 IST on 31 March and 00:01 IST on 1 April: two years.
		this.boundarySeller = this.sellers.get(0);
		LocalDateTime lastMinute = LocalDateTime.of(this.year.startYear() + 1, 3, 31, 23, 59);
		sale("stall:" + this.lines + "-last-minute", this.boundarySeller, 123_456, LedgerEntry.STALL, "CASH",
				lastMinute.atZone(IndiaTime.ZONE).toInstant(), null, null, this.lines + "-fair-0");
		sale("stall:" + this.lines + "-first-minute", this.boundarySeller, 654_321, LedgerEntry.STALL, "UPI",
				lastMinute.plusMinutes(2).atZone(IndiaTime.ZONE).toInstant(), null, null, this.lines + "-fair-0");
		flush();
		return this;
	}

	/**
	 * The year written through this ledger's bulk insert: generated and written on the
	 * first call (a year far in the future unique to the run, so the lines other tests
	 * write to the shared database cannot touch its sums), the same one after.
	 */
	public static synchronized GeneratedLedgerYear written(RevenueLedger ledger) {
		if (shared == null || sharedLedger != ledger) {
			String run = "gy" + UUID.randomUUID().toString().substring(0, 8);
			FinancialYear year = new FinancialYear(3000 + Math.floorMod(run.hashCode(), 5000));
			long started = System.nanoTime();
			shared = new GeneratedLedgerYear(run, year, 16L, 2_500, (batch) -> {
				Integer wrote = ledger.recordAll(batch).block();
				if (wrote == null || wrote != batch.size()) {
					throw new IllegalStateException("wrote " + wrote + " of " + batch.size() + " lines");
				}
			}).generate(LINES);
			sharedLedger = ledger;
			System.out.printf("Generated year %s: %,d lines written in %d ms%n", year.label(), shared.written,
					(System.nanoTime() - started) / 1_000_000);
		}
		return shared;
	}

	private LedgerEntry sale(String id, Seller seller, long paise, String channel, String mode, Instant at,
			String orderId, String partId, String exhibitionId) {
		int bps = rate(seller, at);
		LedgerEntry line = LedgerEntry.of(id, LedgerEntry.SALE,
				new SellerFacts(seller.id(), seller.kind(), seller.craft(), seller.district()), Money.paise(paise), bps,
				channel, mode, at, orderId, partId, exhibitionId, "ref-" + id);
		add(line, paise, commission(paise, bps), null);
		return line;
	}

	private void refund(LedgerEntry sale, long paise, Instant at) {
		// At the sale's frozen rate.
		int bps = sale.commissionBps();
		Seller seller = this.sellerById.get(sale.sellerId());
		LedgerEntry line = LedgerEntry.of("refund:" + sale.partId(), LedgerEntry.REFUND,
				new SellerFacts(seller.id(), seller.kind(), seller.craft(), seller.district()), Money.paise(paise), bps,
				LedgerEntry.ONLINE, sale.paymentMode(), at, sale.orderId(), sale.partId(), null, "re-" + sale.partId());
		add(line, paise, commission(paise, bps), null);
	}

	/** Counts a line in the running totals from the figures drawn, then batches it. */
	private void add(LedgerEntry line, long paise, long commission, LedgerEntry reversed) {
		Seller seller = this.sellerById.get(line.sellerId());
		String fy = FinancialYear.of(line.at()).label();
		Tally tally = new Tally();
		tally.lines = 1;
		int sign;
		Instant payableFrom = line.at();
		if (reversed == null && LedgerEntry.REFUND.equals(line.kind())) {
			tally.refunded = paise;
			tally.commission = -commission;
			sign = -1;
		}
		else if (reversed == null) {
			switch (line.channel()) {
				case LedgerEntry.ONLINE -> {
					tally.paid = paise;
					payableFrom = line.at().plus(PAST_RETURNS);
				}
				case LedgerEntry.STALL -> tally.stall = paise;
				default -> tally.complex = paise;
			}
			tally.commission = commission;
			sign = 1;
		}
		else if (LedgerEntry.SALE.equals(reversed.kind())) {
			tally.reversedSales = paise;
			tally.commission = -commission;
			sign = -1;
		}
		else {
			tally.reversedRefunds = paise;
			tally.commission = commission;
			sign = 1;
		}
		if (!seller.centre()) {
			this.owed.add(new Owed(line.id(), seller.id(), line.at(), sign * (paise - commission), payableFrom));
		}
		if (reversed == null
				&& (LedgerEntry.SALE.equals(line.kind()) ? this.random.nextInt(1_500) == 0 && this.salesToReverse++ < 50
						: this.random.nextInt(100) == 0 && this.refundsToReverse++ < 10)) {
			this.toReverse.add(line);
		}
		this.bySeller.computeIfAbsent(seller.id(), (id) -> new HashMap<>())
			.computeIfAbsent(fy, (y) -> new Tally())
			.add(tally);
		if (seller.centre()) {
			this.byCentreMonth.computeIfAbsent(seller.id(), (id) -> new HashMap<>())
				.computeIfAbsent(FinancialYear.monthOf(line.at()), (m) -> new Tally())
				.add(tally);
		}
		this.byMonth.computeIfAbsent(FinancialYear.monthOf(line.at()), (m) -> new Tally()).add(tally);
		this.byYearKindChannel.computeIfAbsent(fy, (y) -> new HashMap<>())
			.computeIfAbsent(seller.kind() + "/" + line.channel() + "/" + (seller.centre() ? "TREASURY" : "SELLER"),
					(key) -> new Tally())
			.add(tally);
		this.batch.add(line);
		if (this.batch.size() >= this.batchSize) {
			flush();
		}
	}

	private void flush() {
		if (!this.batch.isEmpty()) {
			this.sink.accept(List.copyOf(this.batch));
			this.written += this.batch.size();
			this.batch.clear();
		}
	}

	private int rate(Seller seller, Instant at) {
		if ("ARTISAN".equals(seller.kind()) && !IndiaTime.dayOf(at)
			.isBefore(this.year.start().atZone(IndiaTime.ZONE).toLocalDate().withMonth(10))) {
			return ARTISAN_BPS_FROM_OCTOBER;
		}
		return BPS.get(seller.kind());
	}

	/** The commission, computed here on its own: amount × rate / 10,000, half up. */
	static long commission(long paise, int bps) {
		return BigDecimal.valueOf(paise)
			.multiply(BigDecimal.valueOf(bps))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** Every seller's totals in a year, summed. */
	Tally yearTotal(String fy) {
		Tally all = new Tally();
		this.byYearKindChannel.getOrDefault(fy, Map.of()).values().forEach(all::add);
		return all;
	}

	/** A centre's totals in a year, from its months. */
	public Tally centreYear(String centreId, String fy) {
		Tally all = new Tally();
		this.byCentreMonth.getOrDefault(centreId, Map.of()).forEach((month, tally) -> {
			if (FinancialYear.ofMonth(month).label().equals(fy)) {
				all.add(tally);
			}
		});
		return all;
	}

	/** Every seller's totals in a year (issue 18's reports check theirs against it). */
	public Tally totalOf(String fy) {
		return yearTotal(fy);
	}

	/**
	 * A year's totals by a fact of the seller (kind, craft, district, or a centre's id),
	 * summed over each seller's own year.
	 */
	public Map<String, Long> totalsBy(String fy, java.util.function.Function<Seller, String> key) {
		Map<String, Long> totals = new HashMap<>();
		for (Seller seller : this.sellers) {
			Tally tally = this.bySeller.getOrDefault(seller.id(), Map.of()).get(fy);
			if (tally != null) {
				totals.merge(String.valueOf(key.apply(seller)), tally.total(), Long::sum);
			}
		}
		return totals;
	}

	/** A year's totals by channel. */
	public Map<String, Long> totalsByChannel(String fy) {
		Map<String, Long> totals = new HashMap<>();
		this.byYearKindChannel.getOrDefault(fy, Map.of())
			.forEach((key, tally) -> totals.merge(key.split("/")[1], tally.total(), Long::sum));
		return totals;
	}

	/** A year's totals by month, {@code "2026-04"}. */
	public Map<String, Long> totalsByMonth(String fy) {
		Map<String, Long> totals = new HashMap<>();
		this.byMonth.forEach((month, tally) -> {
			if (FinancialYear.ofMonth(month).label().equals(fy)) {
				totals.put(month, tally.total());
			}
		});
		return totals;
	}

	/** The lines written. */
	public long written() {
		return this.written;
	}

	/** The orders paid online. */
	public long orders() {
		return this.orders;
	}

}
