package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ladakh.crafts.marketplace.exhibitions.AllocationDraw;
import ladakh.crafts.marketplace.exhibitions.AllocationPolicy;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Applicant;
import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.PastAllocation;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The complex's schedule on constructed histories: the exhibitions' rotation rule (fewer
 * recent shop terms first, the seed's tickets for ties) applied term after term.
 */
class RotationScheduleTests {

	private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

	private static final DrawSeed SEED = DrawSeed.of("The Tribune, 1 December 2026");

	private static final Instant AT = Instant.parse("2026-12-07T05:00:00Z");

	private final List<String> sellers = sellers(30);

	@Test
	void quarterlyTermsFollowOneAnotherAndEveryShopIsGivenOnceATerm() {
		List<ComplexTerm> terms = RotationSchedule.plan(FIRST, 3, 4, SEED, this.sellers, List.of(), "officer", AT);
		assertThat(terms).extracting(ComplexTerm::id)
			.containsExactly("2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01");
		assertThat(terms.get(0).endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
		for (ComplexTerm term : terms) {
			assertThat(term.placed()).extracting(ComplexTerm.Ranked::shop)
				.containsExactlyInAnyOrderElementsOf(ComplexShops.NUMBERS);
			assertThat(term.placed()).extracting(ComplexTerm.Ranked::sellerId).doesNotHaveDuplicates();
			assertThat(term.waiting()).hasSize(10);
		}
	}

	@Test
	void thoseWhoWaitedOneTermComeFirstTheNext() {
		List<ComplexTerm> terms = RotationSchedule.plan(FIRST, 3, 2, SEED, this.sellers, List.of(), "officer", AT);
		Set<String> waited = ids(terms.get(0).waiting());
		assertThat(ids(terms.get(1).placed())).containsAll(waited);
		assertThat(terms.get(1).placed()).filteredOn((r) -> waited.contains(r.sellerId()))
			.allSatisfy((r) -> assertThat(r.recentTerms()).isZero());
		assertThat(terms.get(1).placed()).filteredOn((r) -> !waited.contains(r.sellerId()))
			.allSatisfy((r) -> assertThat(r.recentTerms()).isEqualTo(1));
	}

	@Test
	void earlierTermsWithinThreeYearsPutTheirHoldersBehind() {
		List<PastAllocation> history = new ArrayList<>();
		// The first 15 held a shop last year; the next 5 four years ago (not counted).
		for (int i = 0; i < 15; i++) {
			history.add(new PastAllocation(this.sellers.get(i), "complex:2025-10-01", LocalDate.of(2025, 12, 31)));
		}
		for (int i = 15; i < 20; i++) {
			history.add(new PastAllocation(this.sellers.get(i), "complex:2022-10-01", LocalDate.of(2022, 12, 31)));
		}
		ComplexTerm term = RotationSchedule.plan(FIRST, 3, 1, SEED, this.sellers, history, "officer", AT).get(0);
		assertThat(ids(term.placed())).containsAll(this.sellers.subList(15, 30));
		assertThat(term.waiting()).extracting(ComplexTerm.Ranked::recentTerms).containsOnly(1);
	}

	@Test
	void theSameInputsInAnyOrderGiveTheSameScheduleAndAnotherSeedOnlyReordersTies() {
		List<ComplexTerm> once = RotationSchedule.plan(FIRST, 3, 3, SEED, this.sellers, List.of(), "officer", AT);
		List<String> shuffled = new ArrayList<>(this.sellers);
		Collections.shuffle(shuffled, new Random(7));
		assertThat(RotationSchedule.plan(FIRST, 3, 3, SEED, shuffled, List.of(), "officer", AT)).isEqualTo(once);
		List<ComplexTerm> other = RotationSchedule.plan(FIRST, 3, 3, DrawSeed.of("another headline"), this.sellers,
				List.of(), "officer", AT);
		assertThat(other.get(0).placed()).extracting(ComplexTerm.Ranked::recentTerms).containsOnly(0);
		assertThat(ids(other.get(1).placed())).containsAll(ids(other.get(0).waiting()));
	}

	@Test
	void aPublishedTermRunsAgainToTheSameShops() {
		ComplexTerm term = RotationSchedule.plan(FIRST, 3, 2, SEED, this.sellers, List.of(), "officer", AT).get(1);
		List<Applicant> applicants = new ArrayList<>();
		term.placed().forEach((r) -> applicants.add(new Applicant(r.sellerId(), StallKind.HANDICRAFT, Set.of())));
		term.waiting().forEach((r) -> applicants.add(new Applicant(r.sellerId(), StallKind.HANDICRAFT, Set.of())));
		AllocationResult again = AllocationPolicy.allocate(new AllocationDraw("complex:" + term.id(), term.startsOn(),
				term.seed(), ComplexShops.asStalls(), applicants, term.history()));
		assertThat(again.placements()).allSatisfy((p) -> assertThat(term.placed()).contains(
				new ComplexTerm.Ranked(p.sellerId(), p.stallNumber(), p.rank(), p.recentStalls(), p.lotteryTicket())));
		assertThat(again.placements()).hasSize(20);
	}

	@Test
	void aLengthOrCountOutOfRangeIsRefused() {
		assertThatThrownBy(() -> RotationSchedule.plan(FIRST, 0, 1, SEED, this.sellers, List.of(), "o", AT))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.field()).isEqualTo("months"));
		assertThatThrownBy(() -> RotationSchedule.plan(FIRST, 3, 13, SEED, this.sellers, List.of(), "o", AT))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.field()).isEqualTo("count"));
	}

	@Test
	void fewerSellersThanShopsLeavesShopsVacant() {
		ComplexTerm term = RotationSchedule.plan(FIRST, 6, 1, SEED, this.sellers.subList(0, 12), List.of(), "o", AT)
			.get(0);
		assertThat(term.placed()).extracting(ComplexTerm.Ranked::shop)
			.containsExactlyElementsOf(ComplexShops.NUMBERS.subList(0, 12));
		assertThat(term.waiting()).isEmpty();
		assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	private static Set<String> ids(List<ComplexTerm.Ranked> ranked) {
		Set<String> ids = new HashSet<>();
		ranked.forEach((r) -> ids.add(r.sellerId()));
		return ids;
	}

	private static List<String> sellers(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add("art-rot-" + i);
		}
		return ids;
	}

}
