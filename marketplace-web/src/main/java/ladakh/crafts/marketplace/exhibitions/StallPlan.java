package ladakh.crafts.marketplace.exhibitions;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * An exhibition's stalls in plan order, numbers unique. How many stalls each category
 * keeps is read off the stalls (each stall is kept for at most one).
 *
 * @param stalls the stalls
 */
public record StallPlan(List<Stall> stalls) {

	/** Larger than any ground the department uses (IITF's halls included). */
	public static final int MAX_STALLS = 2_000;

	public static final StallPlan EMPTY = new StallPlan(List.of());

	public StallPlan {
		stalls = List.copyOf(stalls);
		if (stalls.size() > MAX_STALLS) {
			throw Refusal.invalid("exhibitions.plan.tooLarge", MAX_STALLS);
		}
		Set<String> numbers = new HashSet<>();
		for (Stall stall : stalls) {
			if (!numbers.add(stall.number())) {
				throw Refusal.invalid("exhibitions.plan.duplicateStall", stall.number());
			}
		}
	}

	/** Stalls kept per category (categories without any are absent). */
	public Map<ReservedCategory, Integer> reserved() {
		Map<ReservedCategory, Integer> counts = new EnumMap<>(ReservedCategory.class);
		this.stalls.stream()
			.filter(Stall::reserved)
			.forEach((stall) -> counts.merge(stall.reservedFor(), 1, Integer::sum));
		return counts;
	}

	public Optional<Stall> stall(String number) {
		return this.stalls.stream().filter((stall) -> stall.number().equals(number)).findFirst();
	}

	public boolean isEmpty() {
		return this.stalls.isEmpty();
	}

}
