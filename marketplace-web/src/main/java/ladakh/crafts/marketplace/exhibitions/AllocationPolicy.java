package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named allocation policy of issue 15, pure and deterministic (docs/decisions/0052):
 * <ol>
 * <li><b>Rank</b> every applicant: fewer stalls in the three years before the draw first
 * (rotation), then by lottery ticket, the SHA-256 of the seed and the seller id (ties),
 * then by seller id (a ticket collision, never seen in practice).
 * <li><b>Reserved stalls</b>, category by category in {@link ReservedCategory} order:
 * applicants holding the category, in rank order, each get the first free stall of their
 * kind kept for it.
 * <li><b>Open round</b>: reserved stalls nobody took join the open ones; the remaining
 * applicants, in rank order, each get the first free stall of their kind in plan order.
 * <li><b>Waitlist</b>: everyone left, in rank order.
 * </ol>
 * The order the applications come in does not matter; the seed only decides between
 * applicants with as many recent stalls.
 */
public final class AllocationPolicy {

	public static final String NAME = "reserved-rotation-lottery/1";

	/** How far back rotation counts. */
	static final int ROTATION_YEARS = 3;

	private AllocationPolicy() {
	}

	public static AllocationResult allocate(AllocationDraw draw) {
		List<Ranked> ranked = rank(draw);
		Map<String, Integer> planOrder = new HashMap<>();
		Map<StallKind, Map<ReservedCategory, Deque<Stall>>> kept = new EnumMap<>(StallKind.class);
		Map<StallKind, List<Stall>> open = new EnumMap<>(StallKind.class);
		for (Stall stall : draw.stalls()) {
			planOrder.put(stall.number(), planOrder.size());
			if (stall.reserved()) {
				kept.computeIfAbsent(stall.kind(), (kind) -> new EnumMap<>(ReservedCategory.class))
					.computeIfAbsent(stall.reservedFor(), (category) -> new ArrayDeque<>())
					.add(stall);
			}
			else {
				open.computeIfAbsent(stall.kind(), (kind) -> new ArrayList<>()).add(stall);
			}
		}
		List<AllocationResult.Placement> placements = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (ReservedCategory category : ReservedCategory.values()) {
			for (Ranked applicant : ranked) {
				if (!applicant.categories().contains(category) || placed.contains(applicant.sellerId())) {
					continue;
				}
				Stall stall = takeFitting(kept.getOrDefault(applicant.kind(), Map.of()).get(category), applicant);
				if (stall != null) {
					placements.add(applicant.placedAt(stall, category));
					placed.add(applicant.sellerId());
				}
			}
		}
		Map<StallKind, Deque<Stall>> openRound = new EnumMap<>(StallKind.class);
		for (StallKind kind : StallKind.values()) {
			List<Stall> free = new ArrayList<>(open.getOrDefault(kind, List.of()));
			kept.getOrDefault(kind, Map.of()).values().forEach(free::addAll);
			free.sort(Comparator.comparing((Stall stall) -> planOrder.get(stall.number())));
			openRound.put(kind, new ArrayDeque<>(free));
		}
		List<AllocationResult.WaitlistEntry> waitlist = new ArrayList<>();
		for (Ranked applicant : ranked) {
			if (placed.contains(applicant.sellerId())) {
				continue;
			}
			Stall stall = takeFitting(openRound.get(applicant.kind()), applicant);
			if (stall != null) {
				placements.add(applicant.placedAt(stall, null));
			}
			else {
				waitlist.add(new AllocationResult.WaitlistEntry(waitlist.size() + 1, applicant.sellerId(),
						applicant.kind(), applicant.rank(), applicant.recentStalls(), applicant.ticket()));
			}
		}
		return new AllocationResult(NAME, draw, placements, waitlist);
	}

	/**
	 * Takes the smallest free stall at least the size the applicant asked for (the first
	 * in plan order of those as small), so no stall larger than needed is used while a
	 * smaller one fits; null when none fits.
	 */
	private static Stall takeFitting(Deque<Stall> free, Ranked applicant) {
		if (free == null || free.isEmpty()) {
			return null;
		}
		if (applicant.widthDm() == 0 && applicant.depthDm() == 0) {
			// No size asked (records drawn before sizes were kept): the first in plan
			// order.
			return free.poll();
		}
		Stall best = null;
		for (Stall stall : free) {
			if (stall.fits(applicant.widthDm(), applicant.depthDm()) && (best == null || area(stall) < area(best))) {
				best = stall;
			}
		}
		if (best != null) {
			free.remove(best);
		}
		return best;
	}

	private static int area(Stall stall) {
		return stall.widthDm() * stall.depthDm();
	}

	/** The applicants in rank order, with what the rank was made of. */
	static List<Ranked> rank(AllocationDraw draw) {
		LocalDate windowStart = draw.drawnOn().minusYears(ROTATION_YEARS);
		Map<String, Integer> recent = new HashMap<>();
		Set<String> everHad = new HashSet<>();
		for (PastAllocation past : draw.history()) {
			everHad.add(past.sellerId());
			if (!past.endsOn().isBefore(windowStart) && past.endsOn().isBefore(draw.drawnOn())) {
				recent.merge(past.sellerId(), 1, Integer::sum);
			}
		}
		List<Ranked> unranked = new ArrayList<>(draw.applications().size());
		for (Applicant application : draw.applications()) {
			Set<ReservedCategory> categories = new HashSet<>(application.categories());
			if (!everHad.contains(application.sellerId())) {
				categories.add(ReservedCategory.FIRST_TIME);
			}
			unranked.add(new Ranked(0, application.sellerId(), application.kind(), Set.copyOf(categories),
					recent.getOrDefault(application.sellerId(), 0), ticket(draw.seed(), application.sellerId()),
					application.widthDm(), application.depthDm()));
		}
		unranked.sort(Comparator.comparingInt(Ranked::recentStalls)
			.thenComparing(Ranked::ticket)
			.thenComparing(Ranked::sellerId));
		List<Ranked> ranked = new ArrayList<>(unranked.size());
		for (Ranked applicant : unranked) {
			ranked.add(applicant.at(ranked.size() + 1));
		}
		return ranked;
	}

	/** A seller's lottery ticket: SHA-256 of the seed's hex, a bar and the seller id. */
	static String ticket(DrawSeed seed, String sellerId) {
		return DrawSeed.sha256(seed.sha256() + "|" + sellerId);
	}

	record Ranked(int rank, String sellerId, StallKind kind, Set<ReservedCategory> categories, int recentStalls,
			String ticket, int widthDm, int depthDm) {

		Ranked at(int place) {
			return new Ranked(place, this.sellerId, this.kind, this.categories, this.recentStalls, this.ticket,
					this.widthDm, this.depthDm);
		}

		AllocationResult.Placement placedAt(Stall stall, ReservedCategory category) {
			return new AllocationResult.Placement(stall.number(), this.sellerId, stall.kind(), category, this.rank,
					this.recentStalls, this.ticket);
		}

	}

}
