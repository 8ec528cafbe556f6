package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.PastAllocation;

/**
 * One term of the complex's schedule with what decided it, published like an exhibition's
 * draw: the policy, the seed, and every eligible seller's rank with their recent terms
 * and lottery ticket (the placed ones first, then the rest in the order a surrendered
 * shop is offered).
 *
 * @param id the first day, ISO ({@code 2027-01-01}): terms do not overlap
 * @param startsOn first day
 * @param endsOn last day
 * @param months the term's length the officer set
 * @param policy the allocation policy's name
 * @param seed the schedule's seed
 * @param placed the schedule's choice per shop
 * @param waiting the eligible sellers without a shop, in rank order
 * @param history the shop terms the policy counted (earlier terms, this schedule's
 * included), so anyone can run it again
 * @param generatedBy the officer who generated the schedule
 * @param generatedAt when
 */
public record ComplexTerm(String id, LocalDate startsOn, LocalDate endsOn, int months, String policy, DrawSeed seed,
		List<Ranked> placed, List<Ranked> waiting, List<PastAllocation> history, String generatedBy,
		Instant generatedAt) {

	public ComplexTerm {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		placed = List.copyOf(placed);
		waiting = List.copyOf(waiting);
		history = List.copyOf(history);
	}

	public static String idOf(LocalDate startsOn) {
		return startsOn.toString();
	}

	public boolean coversDay(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	/**
	 * A seller as the rotation ranked them for this term.
	 *
	 * @param sellerId the seller
	 * @param shop the shop the schedule gave, or null for those waiting
	 * @param rank 1 first
	 * @param recentTerms shop terms they held in the three years before the term
	 * @param ticket SHA-256 of the seed and the seller id
	 */
	public record Ranked(String sellerId, String shop, int rank, int recentTerms, String ticket) {

	}

}
