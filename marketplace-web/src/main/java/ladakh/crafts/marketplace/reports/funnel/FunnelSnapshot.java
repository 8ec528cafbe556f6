package ladakh.crafts.marketplace.reports.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The department's funnel as built at one moment: a row per batch, kept so that its pages
 * group and filter rows instead of reading every batch and seller again (decision 0075).
 *
 * @param builtAt when it was built
 * @param asOf the day it counts up to (India time)
 * @param earningMinor the 12 months' net that counted as earning, in paise
 * @param rows one per batch
 */
public record FunnelSnapshot(Instant builtAt, LocalDate asOf, long earningMinor, List<FunnelRow> rows) {

	public FunnelSnapshot {
		Objects.requireNonNull(builtAt, "builtAt");
		Objects.requireNonNull(asOf, "asOf");
		rows = List.copyOf(rows);
	}

	/** The ways a funnel is grouped. */
	public enum By {

		CENTRE(FunnelRow::centreId), BATCH(FunnelRow::batchId), CRAFT(FunnelRow::craft), DISTRICT(FunnelRow::district),
		SCHEME(FunnelRow::scheme), YEAR(FunnelRow::completionFy);

		private final Function<FunnelRow, String> key;

		By(Function<FunnelRow, String> key) {
			this.key = key;
		}

		public String keyOf(FunnelRow row) {
			return this.key.apply(row);
		}

		public String slug() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The grouping a page asks for, centre when it names none it knows. */
		public static By parse(String slug) {
			for (By by : values()) {
				if (by.slug().equals(slug)) {
					return by;
				}
			}
			return CENTRE;
		}

	}

	/** The financial years of completion the rows cover, latest first. */
	public List<String> years() {
		TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
		this.rows.forEach((row) -> years.add(row.completionFy()));
		return List.copyOf(years);
	}

	/** The rows of one year of completion, or all for null. */
	public List<FunnelRow> of(String completionFy) {
		return this.rows.stream()
			.filter((row) -> completionFy == null || completionFy.equals(row.completionFy()))
			.toList();
	}

	/** The rows of a year (or all) summed. */
	public Stages total(String completionFy) {
		Stages total = Stages.NONE;
		for (FunnelRow row : of(completionFy)) {
			total = total.plus(row);
		}
		return total;
	}

	/** The rows of a year (or all) grouped, most enrolled first, then by key. */
	public List<Group> grouped(By by, String completionFy) {
		Map<String, Stages> groups = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (FunnelRow row : of(completionFy)) {
			String key = String.valueOf(by.keyOf(row));
			groups.merge(key, Stages.NONE.plus(row), Stages::plus);
			names.putIfAbsent(key, (by == By.CENTRE || by == By.BATCH) ? row.centreName() : null);
		}
		List<Group> list = new ArrayList<>();
		groups.forEach((key, stages) -> list.add(new Group(key, names.get(key), stages)));
		list.sort(Comparator.comparingInt((Group group) -> group.stages().enrolled())
			.reversed()
			.thenComparing(Group::key));
		return list;
	}

	/**
	 * One group's funnel.
	 *
	 * @param key the centre, batch, craft, district, scheme or year
	 * @param centreName the centre's name, for a centre or a batch; else null
	 * @param stages its counts and step times
	 */
	public record Group(String key, String centreName, Stages stages) {

	}

	/**
	 * Counts at each stage and the days each step took, summed over rows.
	 */
	public record Stages(int enrolled, int completed, int registered, int listed, int sold, int earning,
			long daysToComplete, long daysToRegister, long daysToList, long daysToSell) {

		public static final Stages NONE = new Stages(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		Stages plus(FunnelRow row) {
			return plus(new Stages(row.enrolled(), row.completed(), row.registered(), row.listed(), row.sold(),
					row.earning(), row.daysToComplete(), row.daysToRegister(), row.daysToList(), row.daysToSell()));
		}

		Stages plus(Stages other) {
			return new Stages(this.enrolled + other.enrolled, this.completed + other.completed,
					this.registered + other.registered, this.listed + other.listed, this.sold + other.sold,
					this.earning + other.earning, this.daysToComplete + other.daysToComplete,
					this.daysToRegister + other.daysToRegister, this.daysToList + other.daysToList,
					this.daysToSell + other.daysToSell);
		}

		/** The stages in order, enrolled first. */
		public List<Integer> counts() {
			return List.of(this.enrolled, this.completed, this.registered, this.listed, this.sold, this.earning);
		}

		/**
		 * Average days of each step (complete, register, list, sell), or -1 without
		 * anyone.
		 */
		public List<Long> averageDays() {
			return List.of(average(this.daysToComplete, this.completed), average(this.daysToRegister, this.registered),
					average(this.daysToList, this.listed), average(this.daysToSell, this.sold));
		}

		private static long average(long days, int people) {
			return (people == 0) ? -1 : Math.round((double) days / people);
		}

	}

}
