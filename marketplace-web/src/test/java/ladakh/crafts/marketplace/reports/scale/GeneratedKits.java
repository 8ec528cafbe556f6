package ladakh.crafts.marketplace.reports.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The generated department's subsidy kits, written as the kit register stores its
 * applications: most trainees who completed a course applied under their centre's scheme
 * after it; most kits were issued within four months (never after the department's third
 * year), some are approved or paid but not yet issued. The first four kits issued sit on
 * the second and third years' first moments and the moments before them, so the year's
 * edges are tested at scale too. Every application is kept here, so a test reckons each
 * year's figures from them.
 */
public final class GeneratedKits {

	private static final Map<String, Integer> SUBSIDY_PERCENTS = Map.of("DISTRICT_PLAN", 90, "CARPET_WEAVING_ADVANCED",
			75, "HANDLOOM_BASIC", 50);

	/** Every application written. */
	public final List<Kit> kits = new ArrayList<>();

	private final Random random;

	private final List<Instant> edges;

	/**
	 * @param status APPROVED, PAID or ISSUED
	 * @param changedAt its last move: for an issued kit, its issue
	 */
	public record Kit(String traineeId, GeneratedTraining.Batch batch, long cost, int subsidyPercent, long share,
			String status, Instant appliedAt, Instant changedAt) {

		String id() {
			return this.traineeId + ":" + schemeId();
		}

		String centreId() {
			return this.batch.centre().id();
		}

		String schemeId() {
			return this.batch.centre().scheme();
		}

	}

	/** Kits issued, their value, the beneficiaries' share and the subsidy, in paise. */
	public record Figures(long kits, long value, long share, long subsidy) {

		static Figures of(List<Kit> issued) {
			long value = issued.stream().mapToLong(Kit::cost).sum();
			long share = issued.stream().mapToLong(Kit::share).sum();
			return new Figures(issued.size(), value, share, value - share);
		}

	}

	/** A year's figures as the report should give them, reckoned from the kits. */
	public record Year(Figures total, Map<String, Figures> byCentre, Map<String, Figures> byScheme) {

	}

	public GeneratedKits(GeneratedTraining department) {
		this.random = new Random(department.run.hashCode() + 2);
		FinancialYear second = department.firstYear.next();
		this.edges = new ArrayList<>(List.of(second.start(), second.start().minusMillis(1), second.next().start(),
				second.next().start().minusMillis(1)));
		LocalDate lastDay = GeneratedTraining.day(second.next().end().minusMillis(1));
		for (GeneratedTraining.Batch batch : department.batches) {
			for (GeneratedTraining.Trainee trainee : batch.trainees()) {
				if (trainee.status() == TraineeStatus.COMPLETED && this.random.nextInt(10) < 8) {
					this.kits.add(kit(trainee, batch, lastDay));
				}
			}
		}
	}

	private Kit kit(GeneratedTraining.Trainee trainee, GeneratedTraining.Batch batch, LocalDate lastDay) {
		int percent = SUBSIDY_PERCENTS.get(batch.centre().scheme());
		long cost = 500_000 + this.random.nextInt(2_500_000);
		long share = cost * (100 - percent) / 100;
		long daysLeft = ChronoUnit.DAYS.between(batch.endsOn(), lastDay);
		LocalDate moved = batch.endsOn().plusDays(this.random.nextLong(Math.min(120, daysLeft) + 1));
		Instant changedAt = GeneratedTraining.at(moved, 11).plusSeconds(this.random.nextInt(20_000));
		int roll = this.random.nextInt(100);
		String status = (roll < 6) ? "APPROVED" : (roll < 12) ? "PAID" : "ISSUED";
		if ("ISSUED".equals(status) && !this.edges.isEmpty()) {
			changedAt = this.edges.remove(0);
		}
		Instant appliedAt = changedAt.minus(Duration.ofDays(this.random.nextInt(20)));
		return new Kit(trainee.id(), batch, cost, percent, share, status, appliedAt, changedAt);
	}

	/** Writes every application as the kit register stores it. */
	public GeneratedKits write(ReactiveMongoTemplate mongo) {
		Bulk.insert(mongo, "kit_applications", this.kits.stream().map(GeneratedKits::document).toList());
		return this;
	}

	/** The year's figures: the kits issued in it, however summed. */
	public Year expected(FinancialYear year) {
		List<Kit> issued = this.kits.stream()
			.filter((kit) -> "ISSUED".equals(kit.status()))
			.filter((kit) -> !kit.changedAt().isBefore(year.start()) && kit.changedAt().isBefore(year.end()))
			.toList();
		return new Year(Figures.of(issued), by(issued, Kit::centreId), by(issued, Kit::schemeId));
	}

	/** The paise of subsidy the report's total should have, for the reports benchmark. */
	public long expectedTotal(FinancialYear year) {
		return expected(year).total().subsidy();
	}

	private static Map<String, Figures> by(List<Kit> issued, Function<Kit, String> key) {
		return issued.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new,
					Collectors.collectingAndThen(Collectors.toList(), Figures::of)));
	}

	private static Document document(Kit kit) {
		return new Document("_id", kit.id()).append("traineeId", kit.traineeId())
			.append("name", "Trainee " + kit.traineeId())
			.append("centreId", kit.centreId())
			.append("batchId", kit.batch().id())
			.append("schemeId", kit.schemeId())
			.append("items", List.of("tool-kit", kit.batch().craft()))
			.append("costMinor", kit.cost())
			.append("subsidyPercent", kit.subsidyPercent())
			.append("shareMinor", kit.share())
			.append("currency", "INR")
			.append("status", kit.status())
			.append("paymentReference", "APPROVED".equals(kit.status()) ? null : "RCPT-" + kit.traineeId())
			.append("appliedAt", Date.from(kit.appliedAt()))
			.append("changedAt", Date.from(kit.changedAt()))
			.append("version", "APPROVED".equals(kit.status()) ? 1L : "PAID".equals(kit.status()) ? 2L : 3L);
	}

}
