package ladakh.crafts.marketplace.reports.scale;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * A month of attendance in each of the generated department's three years (each year's
 * August; issue 18's size for the operations report's attendance): the instructors' hand
 * marks for every trainee of every batch running that month, on the days a batch meets
 * (Monday, Wednesday and Friday), from its first day to its last; a trainee who dropped
 * out is marked until the day they left. Some days are corrected by a later mark (which
 * counts) and some by a mark made earlier but stored later, as a phone offline for a
 * while sends it (which does not: the latest mark counts). Written as the attendance
 * register stores marks, in bulk; what each centre's month should count is kept here, so
 * a test can reckon the report without the database.
 */
public final class GeneratedAttendance {

	private static final List<DayOfWeek> MEETS = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

	private static final String[] MARKS = { "PRESENT", "ABSENT", "LEAVE" };

	private final GeneratedTraining department;

	private final Random random;

	private final List<Document> marks = new ArrayList<>();

	/** Per month, per centre: days present, absent and on leave, each person-day once. */
	public final Map<YearMonth, Map<String, long[]>> expected = new LinkedHashMap<>();

	public GeneratedAttendance(GeneratedTraining department) {
		this.department = department;
		this.random = new Random((department.run + "-attendance").hashCode());
		for (int year = 0; year < 3; year++) {
			YearMonth august = YearMonth.of(department.firstYear.startYear() + year, 8);
			Map<String, long[]> centres = new TreeMap<>();
			this.expected.put(august, centres);
			for (GeneratedTraining.Batch batch : department.batches) {
				if (!batch.startsOn().isAfter(august.atEndOfMonth()) && !batch.endsOn().isBefore(august.atDay(1))) {
					month(batch, august, centres.computeIfAbsent(batch.centre().id(), (id) -> new long[3]));
				}
			}
		}
	}

	/** The generated months, one in each of the three years. */
	public List<YearMonth> months() {
		return List.copyOf(this.expected.keySet());
	}

	/** Person-days present in the year's generated month, all centres. */
	public long expectedTotal(FinancialYear year) {
		return this.expected.entrySet()
			.stream()
			.filter((month) -> FinancialYear.of(month.getKey().atDay(1)).equals(year))
			.flatMap((month) -> month.getValue().values().stream())
			.mapToLong((days) -> days[0])
			.sum();
	}

	/** How many marks were generated. */
	public int size() {
		return this.marks.size();
	}

	public GeneratedAttendance write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "attendance_marks", this.marks);
		return this;
	}

	private void month(GeneratedTraining.Batch batch, YearMonth month, long[] centre) {
		for (GeneratedTraining.Trainee trainee : batch.trainees()) {
			LocalDate left = (trainee.status() == TraineeStatus.DROPPED) ? month.atDay(1 + this.random.nextInt(28))
					: month.atEndOfMonth();
			for (LocalDate day = month.atDay(1); !day.isAfter(left); day = day.plusDays(1)) {
				if (MEETS.contains(day.getDayOfWeek()) && !day.isBefore(batch.startsOn())
						&& !day.isAfter(batch.endsOn())) {
					centre[day(batch.id(), trainee.id(), day)]++;
				}
			}
		}
	}

	/** A person-day's marks; the index of the one that counts. */
	private int day(String batchId, String personId, LocalDate day) {
		Instant at = GeneratedTraining.at(day, 10);
		int first = attendance();
		mark(batchId, personId, day, first, at);
		int roll = this.random.nextInt(100);
		if (roll < 3) {
			int corrected = (first + 1 + this.random.nextInt(2)) % 3;
			mark(batchId, personId, day, corrected, at.plusSeconds(60 + this.random.nextInt(20_000)));
			return corrected;
		}
		if (roll < 5) {
			mark(batchId, personId, day, (first + 1) % 3, at.minusSeconds(60 + this.random.nextInt(3_000)));
		}
		return first;
	}

	/** Present most days, absent some, on leave a few. */
	private int attendance() {
		int roll = this.random.nextInt(100);
		return (roll < 84) ? 0 : (roll < 95) ? 1 : 2;
	}

	private void mark(String batchId, String personId, LocalDate day, int attendance, Instant at) {
		this.marks.add(new Document("_id", String.format("%s-mk%07d", this.department.run, this.marks.size()))
			.append("personId", personId)
			.append("batchId", batchId)
			.append("day", day.toString())
			.append("attendance", MARKS[attendance])
			.append("markedAt", Date.from(at))
			.append("by", "usr-generated-instructor"));
	}

}
