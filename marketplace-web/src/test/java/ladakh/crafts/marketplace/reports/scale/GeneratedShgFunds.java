package ladakh.crafts.marketplace.reports.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The revolving funds of the generated department's SHGs over its three years (issue 18's
 * size for the SHG funds report): every SHG an officer approved gets a fund, opened by a
 * grant (a quarter of them before the first year, so the first year has opening
 * balances), then grants, utilisation (never more than the fund holds) and repayments
 * (never more than was used) until the fourth year. Some grants sit on a year's edges: at
 * its first moment (in it), its last millisecond (in it) and the next year's first moment
 * (not in it). Written as the fund's ledger stores its entries, in bulk, with each SHG's
 * balance on its seller record as the ledger leaves it; every entry is kept here, so a
 * test can reckon each SHG's year without the database. SHGs still pending approval have
 * no fund, as the fund's desk refuses them one.
 */
public final class GeneratedShgFunds {

	private final GeneratedTraining department;

	private final Random random;

	private final List<Document> entries = new ArrayList<>();

	/** Each SHG's entries, in time order. */
	public final Map<String, List<Entry>> funds = new LinkedHashMap<>();

	/**
	 * One ledger entry.
	 *
	 * @param kind GRANT, UTILISATION or REPAYMENT
	 * @param paise its amount
	 * @param at when it was made
	 */
	public record Entry(String kind, long paise, Instant at) {

		long effect() {
			return "UTILISATION".equals(this.kind) ? -this.paise : this.paise;
		}

	}

	/**
	 * An SHG's fund over a year, as the report should show it.
	 *
	 * @param opening the balance from every entry before the year
	 * @param granted grants in the year
	 * @param utilised utilisation in the year
	 * @param repaid repayments in the year
	 * @param entries entries made in the year
	 */
	public record Year(long opening, long granted, long utilised, long repaid, long entries) {

		public long closing() {
			return this.opening + this.granted + this.repaid - this.utilised;
		}

	}

	public GeneratedShgFunds(GeneratedTraining department) {
		this.department = department;
		this.random = new Random((department.run + "-funds").hashCode());
		Instant first = department.firstYear.start();
		Instant last = department.firstYear.next().next().next().start().plus(Duration.ofDays(60));
		for (GeneratedTraining.Seller seller : department.sellers.values()) {
			if ("SHG".equals(seller.kind) && seller.registeredOn != null) {
				Instant opened = (this.random.nextInt(4) == 0)
						? first.minus(Duration.ofDays(1 + this.random.nextInt(300)))
						: first.plus(Duration.ofMinutes(this.random.nextInt(2 * 365 * 24 * 60)));
				fund(seller.id, opened, last);
			}
		}
	}

	/** Every SHG's year with an entry before the year's end, by SHG id. */
	public Map<String, Year> in(FinancialYear year) {
		Map<String, Year> cells = new LinkedHashMap<>();
		this.funds.forEach((shg, entries) -> {
			long opening = 0;
			long[] sums = new long[3];
			long made = 0;
			boolean any = false;
			for (Entry entry : entries) {
				if (entry.at().isBefore(year.start())) {
					opening += entry.effect();
					any = true;
				}
				else if (entry.at().isBefore(year.end())) {
					sums[List.of("GRANT", "UTILISATION", "REPAYMENT").indexOf(entry.kind())] += entry.paise();
					made++;
					any = true;
				}
			}
			if (any) {
				cells.put(shg, new Year(opening, sums[0], sums[1], sums[2], made));
			}
		});
		return cells;
	}

	/** The grants made in the year, in paise. */
	public long expectedTotal(FinancialYear year) {
		return in(year).values().stream().mapToLong(Year::granted).sum();
	}

	/** How many entries were generated. */
	public int size() {
		return this.entries.size();
	}

	public GeneratedShgFunds write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "shg_fund_entries", this.entries);
		List<WriteModel<Document>> balances = new ArrayList<>();
		this.funds.forEach((shg, entries) -> balances.add(new UpdateOneModel<>(Filters.eq("_id", shg),
				Updates.set("shg.fundBalanceMinor", entries.stream().mapToLong(Entry::effect).sum()))));
		mongo.getCollection("sellers").flatMap((sellers) -> Mono.from(sellers.bulkWrite(balances))).block();
		return this;
	}

	/** A fund's entries from its opening grant until {@code last}, a few weeks apart. */
	private void fund(String shg, Instant opened, Instant last) {
		List<Entry> entries = new ArrayList<>();
		this.funds.put(shg, entries);
		long balance = entry(shg, entries, "GRANT", 2_000_000 + this.random.nextInt(3_000_000), opened);
		long outstanding = 0;
		Instant at = opened;
		while (true) {
			at = at.plus(Duration.ofMinutes(1 + this.random.nextInt(80 * 24 * 60)));
			if (at.isAfter(last)) {
				break;
			}
			int roll = this.random.nextInt(10);
			if (roll < 5 && balance > 0) {
				long used = 1 + this.random.nextLong(balance);
				balance -= entry(shg, entries, "UTILISATION", used, at);
				outstanding += used;
			}
			else if (roll < 8 && outstanding > 0) {
				long repaid = 1 + this.random.nextLong(outstanding);
				balance += entry(shg, entries, "REPAYMENT", repaid, at);
				outstanding -= repaid;
			}
			else {
				balance += entry(shg, entries, "GRANT", 500_000 + this.random.nextInt(2_000_000), at);
			}
		}
		if (this.funds.size() <= 3) {
			edges(shg, entries, this.funds.size());
		}
	}

	/**
	 * The first three SHGs' grants on a year's edges: its first moment, its last, after.
	 */
	private void edges(String shg, List<Entry> entries, int year) {
		FinancialYear fy = new FinancialYear(this.department.firstYear.startYear() + year - 1);
		entry(shg, entries, "GRANT", 100_000 + year, fy.start());
		entry(shg, entries, "GRANT", 200_000 + year, fy.end().minusMillis(1));
		entry(shg, entries, "GRANT", 300_000 + year, fy.end());
		entries.sort(java.util.Comparator.comparing(Entry::at));
	}

	private long entry(String shg, List<Entry> entries, String kind, long paise, Instant at) {
		entries.add(new Entry(kind, paise, at));
		this.entries.add(new Document("_id", String.format("%s-fund%06d", this.department.run, this.entries.size()))
			.append("shgId", shg)
			.append("kind", kind)
			.append("amountMinor", paise)
			.append("note", kind.charAt(0) + kind.substring(1).toLowerCase() + " (generated)")
			.append("at", Date.from(at))
			.append("by", "usr-generated-officer"));
		return paise;
	}

}
