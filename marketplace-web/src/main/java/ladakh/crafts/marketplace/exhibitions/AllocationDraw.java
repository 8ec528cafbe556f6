package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Everything an allocation reads, published with its result so that anyone can run
 * {@link AllocationPolicy#allocate} again and get the same stalls.
 *
 * @param exhibitionId the exhibition
 * @param drawnOn the day of the draw: rotation counts stalls that ended in the three
 * years before it
 * @param seed the lottery's seed
 * @param stalls the stall plan, in plan order (a kind's stalls are given out in this
 * order)
 * @param applications the applications, one per seller (their order does not matter)
 * @param history the stalls the applicants had before (earlier draws' results)
 */
public record AllocationDraw(String exhibitionId, LocalDate drawnOn, DrawSeed seed, List<Stall> stalls,
		List<Applicant> applications, List<PastAllocation> history) {

	public AllocationDraw {
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(drawnOn, "drawnOn");
		Objects.requireNonNull(seed, "seed");
		stalls = List.copyOf(stalls);
		applications = List.copyOf(applications);
		history = List.copyOf(history);
		Set<String> numbers = new HashSet<>();
		for (Stall stall : stalls) {
			if (!numbers.add(stall.number())) {
				throw Refusal.invalid("exhibitions.plan.duplicateStall", stall.number());
			}
		}
		Set<String> sellers = new HashSet<>();
		for (Applicant application : applications) {
			if (!sellers.add(application.sellerId())) {
				throw Refusal.conflict("exhibitions.draw.duplicateApplication", application.sellerId());
			}
		}
	}

}
