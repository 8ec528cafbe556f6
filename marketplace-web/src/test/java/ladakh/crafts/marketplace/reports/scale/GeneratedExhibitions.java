package ladakh.crafts.marketplace.reports.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The generated department's exhibitions over its three years (issue 18's size for the
 * exhibitions report): ten a year in Leh, Kargil and outside Ladakh, one on each year's
 * first day (1 April) and one on its last (31 March), and one on the day before the first
 * year and one on the day after the third (both left out of the three years); each with
 * its stall plan, the department's registered sellers' stalls in every status the draw
 * and the fees store (and some stored before stalls had a status, which count as taken),
 * and their stall sales, counted and not yet counted (left out). Thousands of stalls and
 * tens of thousands of sales, written as stored documents in bulk; each exhibition's
 * figures are kept here, so a test can reckon the report without the database.
 * <p>
 * The exhibitions are in the department's far-future years, as the exhibitions report's
 * own test writes its year: the public pages list exhibitions soonest to end first, so
 * these come after every real one (the officers' list, latest first, holds 50 a page:
 * these 32 leave room for the exhibition an officer just announced); no offer's fee falls
 * due before those years, so no sweep expires one. The counted sales have no ledger
 * lines: the funnel reckons the same sellers' revenue from the department's own lines.
 */
public final class GeneratedExhibitions {

	static final int A_YEAR = 10;

	private static final String[] DISTRICTS = { "LEH", "KARGIL", "LEH", null };

	private static final String[] KINDS = { "HANDICRAFT", "HANDICRAFT", "HANDLOOM", "FOOD", "DEMONSTRATION" };

	private final GeneratedTraining department;

	private final Random random;

	private final List<String> sellerIds;

	private final List<Document> exhibitionDocuments = new ArrayList<>();

	private final List<Document> allocationDocuments = new ArrayList<>();

	private final List<Document> saleDocuments = new ArrayList<>();

	/** Every generated exhibition by id, with the figures the report should show. */
	public final Map<String, Exhibition> exhibitions = new LinkedHashMap<>();

	/**
	 * An exhibition as the report should count it.
	 *
	 * @param id its id
	 * @param district its district, or null outside Ladakh
	 * @param startsOn its first day
	 * @param planned stalls in its plan
	 * @param offered stalls given out, whatever became of them
	 * @param taken stalls confirmed (or given before stalls had a status)
	 * @param sales counted stall sales in paise
	 * @param salesCount how many counted sales
	 */
	public record Exhibition(String id, String district, LocalDate startsOn, int planned, long offered, long taken,
			long sales, long salesCount) {

	}

	public GeneratedExhibitions(GeneratedTraining department) {
		this.department = department;
		this.random = new Random((department.run + "-exhibitions").hashCode());
		this.sellerIds = department.sellers.values()
			.stream()
			.filter((seller) -> seller.registeredOn != null)
			.map((seller) -> seller.id)
			.toList();
		LocalDate april = department.firstYear.start().atZone(IndiaTime.ZONE).toLocalDate();
		exhibition(april.minusDays(1), DISTRICTS[0]);
		for (int year = 0; year < 3; year++) {
			LocalDate first = april.plusYears(year);
			for (int e = 0; e < A_YEAR; e++) {
				LocalDate startsOn = (e == 0) ? first : (e == A_YEAR - 1) ? first.plusYears(1).minusDays(1)
						: first.plusDays(this.random.nextInt(364));
				exhibition(startsOn, DISTRICTS[(e + year) % DISTRICTS.length]);
			}
		}
		exhibition(april.plusYears(3), DISTRICTS[1]);
	}

	/** The generated exhibitions whose first day falls in the year, by id. */
	public Map<String, Exhibition> startingIn(FinancialYear year) {
		Map<String, Exhibition> in = new LinkedHashMap<>();
		this.exhibitions.values()
			.stream()
			.filter((exhibition) -> year.equals(FinancialYear.of(exhibition.startsOn())))
			.forEach((exhibition) -> in.put(exhibition.id(), exhibition));
		return in;
	}

	/** The counted stall sales, in paise, of the exhibitions that began in the year. */
	public long expectedTotal(FinancialYear year) {
		return startingIn(year).values().stream().mapToLong(Exhibition::sales).sum();
	}

	/** How many allocations and sales (counted or not) were generated. */
	public int[] sizes() {
		return new int[] { this.allocationDocuments.size(), this.saleDocuments.size() };
	}

	public GeneratedExhibitions write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "exhibitions", this.exhibitionDocuments);
		Bulk.insert(mongo, "stall_allocations", this.allocationDocuments);
		Bulk.insert(mongo, "stall_sales", this.saleDocuments);
		return this;
	}

	private void exhibition(LocalDate startsOn, String district) {
		String id = String.format("%s-ex%03d", this.department.run, this.exhibitions.size());
		LocalDate endsOn = startsOn.plusDays(2 + this.random.nextInt(8));
		List<Document> plan = new ArrayList<>();
		int planned = 60 + this.random.nextInt(90);
		for (int s = 0; s < planned; s++) {
			plan.add(StallDocuments.planned(number(s), KINDS[s % KINDS.length], s));
		}
		this.exhibitionDocuments.add(new Document("_id", id).append("stalls", plan)
			.append("version", 1L)
			.append("name", new Document("en", "Generated fair " + id).append("hi", "मेला " + id))
			.append("venue", "Polo Ground")
			.append("place", (district != null) ? district.charAt(0) + district.substring(1).toLowerCase() : "Delhi")
			.append("district", district)
			.append("startsOn", startsOn.toString())
			.append("endsOn", endsOn.toString())
			.append("applications", null));
		long offered = 0;
		long taken = 0;
		long[] sales = new long[2];
		int given = planned * (55 + this.random.nextInt(45)) / 100;
		for (int s = 0; s < given; s++) {
			String seller = this.sellerIds.get(this.random.nextInt(this.sellerIds.size()));
			String status = StallDocuments.status(this.random);
			this.allocationDocuments.add(StallDocuments.allocation(id, number(s), KINDS[s % KINDS.length], seller,
					status, startsOn.minusDays(20)));
			offered++;
			if (status == null || "CONFIRMED".equals(status)) {
				taken++;
				sales(id, seller, startsOn, endsOn, sales);
			}
		}
		this.exhibitions.put(id, new Exhibition(id, district, startsOn, planned, offered, taken, sales[0], sales[1]));
	}

	/**
	 * A taken stall's sales over the exhibition's days; one in twelve not yet counted.
	 */
	private void sales(String exhibitionId, String seller, LocalDate startsOn, LocalDate endsOn, long[] into) {
		int days = (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
		int count = this.random.nextInt(17);
		for (int n = 0; n < count; n++) {
			long unit = 20_000 + this.random.nextInt(880_000);
			int quantity = 1 + this.random.nextInt(3);
			boolean counted = this.random.nextInt(12) > 0;
			LocalDate day = startsOn.plusDays(this.random.nextInt(days));
			String id = String.format("%s-ss%06d", this.department.run, this.saleDocuments.size());
			this.saleDocuments.add(StallDocuments.sale(id, exhibitionId, seller, unit, quantity, counted,
					Date.from(GeneratedTraining.at(day, 10 + this.random.nextInt(8)))));
			if (counted) {
				into[0] += unit * quantity;
				into[1]++;
			}
		}
	}

	private static String number(int stall) {
		return (char) ('A' + stall / 40) + "-" + (stall % 40 + 1);
	}

}
