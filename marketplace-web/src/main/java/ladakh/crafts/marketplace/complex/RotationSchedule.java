package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ladakh.crafts.marketplace.exhibitions.AllocationDraw;
import ladakh.crafts.marketplace.exhibitions.AllocationPolicy;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Applicant;
import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.PastAllocation;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The complex's schedule, some terms ahead, made by the exhibitions' own
 * {@link AllocationPolicy} (docs/decisions/0055): each term is a draw of the 20 shops
 * among the eligible sellers on the term's first day, whose history is the shop terms
 * they held before, including the terms this schedule has just given. So fewer recent
 * terms come first (rotation: three years back), the seed's tickets break ties, and a
 * seller placed in one term falls behind for the next. Pure: no store, no clock.
 */
final class RotationSchedule {

	static final int MAX_TERMS = 12;

	static final int MAX_MONTHS = 12;

	private RotationSchedule() {
	}

	/**
	 * @throws Refusal INVALID for a term length or a number of terms out of range
	 */
	static void check(int months, int count) {
		if (months < 1 || months > MAX_MONTHS) {
			throw Refusal.invalid("complex.schedule.months", MAX_MONTHS).at("months");
		}
		if (count < 1 || count > MAX_TERMS) {
			throw Refusal.invalid("complex.schedule.count", MAX_TERMS).at("count");
		}
	}

	/**
	 * Plans {@code count} consecutive terms of {@code months} months from
	 * {@code firstDay}.
	 * @param eligible the seller ids eligible (order does not matter)
	 * @param history the shop terms these sellers held before {@code firstDay}
	 * @throws Refusal INVALID for a count or length out of range
	 */
	static List<ComplexTerm> plan(LocalDate firstDay, int months, int count, DrawSeed seed, List<String> eligible,
			List<PastAllocation> history, String officerId, Instant at) {
		check(months, count);
		List<Applicant> applicants = eligible.stream()
			.distinct()
			.map((id) -> new Applicant(id, StallKind.HANDICRAFT, java.util.Set.of()))
			.toList();
		List<PastAllocation> held = new ArrayList<>(history);
		List<ComplexTerm> terms = new ArrayList<>();
		LocalDate start = firstDay;
		for (int i = 0; i < count; i++) {
			LocalDate end = start.plusMonths(months).minusDays(1);
			String termId = ComplexTerm.idOf(start);
			AllocationResult result = AllocationPolicy.allocate(
					new AllocationDraw("complex:" + termId, start, seed, ComplexShops.asStalls(), applicants, held));
			List<ComplexTerm.Ranked> placed = result.placements()
				.stream()
				.map((p) -> new ComplexTerm.Ranked(p.sellerId(), p.stallNumber(), p.rank(), p.recentStalls(),
						p.lotteryTicket()))
				.sorted(Comparator.comparingInt(ComplexTerm.Ranked::rank))
				.toList();
			List<ComplexTerm.Ranked> waiting = result.waitlist()
				.stream()
				.map((w) -> new ComplexTerm.Ranked(w.sellerId(), null, w.rank(), w.recentStalls(), w.lotteryTicket()))
				.toList();
			terms.add(new ComplexTerm(termId, start, end, months, result.policy(), seed, placed, waiting, held,
					officerId, at));
			for (ComplexTerm.Ranked shop : placed) {
				held.add(new PastAllocation(shop.sellerId(), "complex:" + termId, end));
			}
			start = end.plusDays(1);
		}
		return List.copyOf(terms);
	}

}
