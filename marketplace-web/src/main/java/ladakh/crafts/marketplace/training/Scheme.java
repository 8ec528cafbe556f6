package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A training scheme as the department publishes it: the kind of centre it runs, course
 * length, intake, the monthly stipend and what trainees are given. The stipend is a
 * history of rates, each in force from a day on, so a change takes effect on its date and
 * never alters what an earlier month was worth (decision 0058).
 *
 * @param id the code centres name, e.g. {@code DISTRICT_PLAN}
 * @param name in English and Hindi
 * @param department handicraft or handloom
 * @param centreKind the kind of centre, e.g. {@code ELEMENTARY}
 * @param courseMonths course length in months
 * @param intakeMin the fewest trainees a centre takes per batch
 * @param intakeMax the most trainees a centre takes per batch
 * @param rates the stipend per trainee per month, by the day each took effect
 * @param subsidyPercent the subsidy on the kit given on completion (0 when none)
 * @param provided what trainees are given during the course
 * @param kit what a trainee who completes may receive at the subsidy
 * @param version bumped by every stored change
 */
public record Scheme(String id, LocalizedText name, Department department, String centreKind, int courseMonths,
		int intakeMin, int intakeMax, List<Rate> rates, int subsidyPercent, List<Provision> provided,
		List<Provision> kit, long version) {

	static final int REASON_MAX = 300;

	public Scheme {
		if (rates == null || rates.isEmpty()) {
			throw new IllegalArgumentException("A scheme has a stipend rate");
		}
		rates = rates.stream().sorted(Comparator.comparing(Rate::effectiveFrom)).toList();
		provided = (provided != null) ? List.copyOf(provided) : List.of();
		kit = (kit != null) ? List.copyOf(kit) : List.of();
	}

	/**
	 * The monthly stipend in force on {@code day}, empty before the scheme's first rate.
	 */
	public Optional<Money> rateOn(LocalDate day) {
		Money rate = null;
		for (Rate change : this.rates) {
			if (!change.effectiveFrom().isAfter(day)) {
				rate = change.monthly();
			}
		}
		return Optional.ofNullable(rate);
	}

	/** The rates that take effect after {@code day}: announced, not in force yet. */
	public List<Rate> ratesAfter(LocalDate day) {
		return this.rates.stream().filter((rate) -> rate.effectiveFrom().isAfter(day)).toList();
	}

	/**
	 * A new stipend rate from {@code effectiveFrom} on, kept beside the earlier ones.
	 * Only from today or later: a day already past may have been paid at the old rate.
	 * @throws Refusal INVALID for a rate that is not positive, a day past or a missing
	 * reason; CONFLICT when a rate already takes effect that day
	 */
	public Scheme changeRate(Money monthly, LocalDate effectiveFrom, String reason, LocalDate today) {
		if (monthly == null || !monthly.isPositive()) {
			throw Refusal.invalid("training.scheme.rate.invalid").at("rate");
		}
		if (effectiveFrom == null) {
			throw Refusal.invalid("training.scheme.rate.dayInvalid").at("effectiveFrom");
		}
		if (effectiveFrom.isBefore(today)) {
			throw Refusal.invalid("training.scheme.rate.past").at("effectiveFrom");
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > REASON_MAX) {
			throw Refusal.invalid("training.scheme.rate.reason", REASON_MAX).at("reason");
		}
		if (this.rates.stream().anyMatch((rate) -> rate.effectiveFrom().equals(effectiveFrom))) {
			throw Refusal.conflict("training.scheme.rate.sameDay").at("effectiveFrom");
		}
		List<Rate> changed = new ArrayList<>(this.rates);
		changed.add(new Rate(effectiveFrom, monthly, why));
		return new Scheme(this.id, this.name, this.department, this.centreKind, this.courseMonths, this.intakeMin,
				this.intakeMax, changed, this.subsidyPercent, this.provided, this.kit, this.version + 1);
	}

	/**
	 * A stipend rate and the day it took effect.
	 *
	 * @param effectiveFrom the first day it applies
	 * @param monthly per trainee per month
	 * @param reason why (the order or notification), as the officer typed it
	 */
	public record Rate(LocalDate effectiveFrom, Money monthly, String reason) {

	}

	/** The department that runs a scheme. */
	public enum Department {

		HANDICRAFT, HANDLOOM

	}

	/** What a scheme gives its trainees. */
	public enum Provision {

		RAW_MATERIALS, TOOLS, EQUIPMENT, LOOM

	}

}
