package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The allocation policy on constructed histories: each rule shown on a case small enough
 * to check by hand.
 */
class AllocationPolicyTests {

	static final LocalDate DRAW = LocalDate.of(2026, 8, 1);

	static final DrawSeed SEED = DrawSeed.of("Daily Excelsior front page, 31 July 2026: Indus flows high");

	@Test
	void theSeedIsTheSha256OfThePublicValueAndIsChecked() {
		assertThat(DrawSeed.of("abc").sha256())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> new DrawSeed("abc", "00"))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("exhibitions.draw.seedMismatch"));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> DrawSeed.of(" "));
	}

	@Test
	void rotationPutsSellersWithFewerStallsInTheLastThreeYearsFirst() {
		List<Stall> stalls = open(StallKind.HANDICRAFT, 2);
		List<Applicant> applications = List.of(apply("often"), apply("once"), apply("never-recent"));
		List<PastAllocation> history = List.of(past("often", 2024), past("often", 2025), past("often", 2026),
				past("once", 2025),
				// Four years ago: outside the window, but not a first timer any more.
				past("never-recent", 2022));

		AllocationResult result = AllocationPolicy.allocate(draw(stalls, applications, history));

		assertThat(result.placements()).extracting(AllocationResult.Placement::sellerId)
			.containsExactly("never-recent", "once");
		assertThat(result.placements()).extracting(AllocationResult.Placement::recentStalls).containsExactly(0, 1);
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::sellerId).containsExactly("often");
		assertThat(result.waitlist().get(0).recentStalls()).isEqualTo(3);
	}

	@Test
	void aStallThatEndedOnTheDrawDayOrLaterDoesNotCountForRotation() {
		List<PastAllocation> history = List.of(past("a", 2020), new PastAllocation("a", "same-day", DRAW),
				new PastAllocation("b", "edge", DRAW.minusYears(3)), past("b", 2020));
		List<AllocationPolicy.Ranked> ranked = AllocationPolicy
			.rank(draw(open(StallKind.HANDICRAFT, 1), List.of(apply("a"), apply("b")), history));
		assertThat(ranked).filteredOn((r) -> r.sellerId().equals("a"))
			.singleElement()
			.satisfies((r) -> assertThat(r.recentStalls()).isZero());
		assertThat(ranked).filteredOn((r) -> r.sellerId().equals("b"))
			.singleElement()
			.satisfies((r) -> assertThat(r.recentStalls()).isEqualTo(1));
	}

	@Test
	void reservedStallsGoToTheirCategoryFirstEvenToSellersWhoHadMoreStalls() {
		List<Stall> stalls = new ArrayList<>(open(StallKind.HANDICRAFT, 1));
		stalls.add(stall("GI-1", StallKind.HANDICRAFT, ReservedCategory.GI_CRAFT));
		stalls.add(stall("SHG-1", StallKind.HANDICRAFT, ReservedCategory.WOMEN_SHG));
		List<Applicant> applications = List.of(apply("fresh"), apply("fresh-2"),
				apply("gi-maker", ReservedCategory.GI_CRAFT), apply("women-shg", ReservedCategory.WOMEN_SHG));
		List<PastAllocation> history = List.of(past("gi-maker", 2024), past("gi-maker", 2025), past("women-shg", 2025),
				past("fresh", 2019), past("fresh-2", 2019));

		AllocationResult result = AllocationPolicy.allocate(draw(stalls, applications, history));

		assertThat(result.placements()).extracting((p) -> p.stallNumber() + "=" + p.sellerId() + "/" + p.reservedFor())
			.containsExactly("GI-1=gi-maker/GI_CRAFT", "SHG-1=women-shg/WOMEN_SHG",
					"O-1=" + result.placements().get(2).sellerId() + "/null");
		assertThat(result.waitlist()).hasSize(1);
		assertThat(List.of(result.placements().get(2).sellerId(), result.waitlist().get(0).sellerId()))
			.containsExactlyInAnyOrder("fresh", "fresh-2");
	}

	@Test
	void firstTimeParticipantsAreDerivedFromTheHistoryAndGetTheStallsKeptForThem() {
		List<Stall> stalls = List.of(stall("N-1", StallKind.HANDLOOM, ReservedCategory.FIRST_TIME),
				stall("N-2", StallKind.HANDLOOM, null));
		List<Applicant> applications = List.of(apply("veteran", StallKind.HANDLOOM),
				apply("newcomer", StallKind.HANDLOOM), apply("veteran-2", StallKind.HANDLOOM));
		// The veterans' stalls are old: rotation alone would not put the newcomer first.
		List<PastAllocation> history = List.of(past("veteran", 2015), past("veteran-2", 2016));

		AllocationResult result = AllocationPolicy.allocate(draw(stalls, applications, history));

		assertThat(result.placements().get(0)).satisfies((p) -> {
			assertThat(p.sellerId()).isEqualTo("newcomer");
			assertThat(p.stallNumber()).isEqualTo("N-1");
			assertThat(p.reservedFor()).isEqualTo(ReservedCategory.FIRST_TIME);
		});
		assertThat(result.placements()).hasSize(2);
		assertThat(result.waitlist()).hasSize(1);
	}

	@Test
	void reservedStallsNobodyTookJoinTheOpenRoundInPlanOrder() {
		List<Stall> stalls = List.of(stall("A-1", StallKind.FOOD, ReservedCategory.AWARDEE),
				stall("A-2", StallKind.FOOD, null));
		List<Applicant> applications = List.of(apply("cook", StallKind.FOOD), apply("baker", StallKind.FOOD));
		List<PastAllocation> history = List.of(past("cook", 2025), past("baker", 2020));

		AllocationResult result = AllocationPolicy.allocate(draw(stalls, applications, history));

		assertThat(result.placements()).extracting((p) -> p.stallNumber() + "=" + p.sellerId())
			.containsExactly("A-1=baker", "A-2=cook");
		assertThat(result.placements()).allSatisfy((p) -> assertThat(p.reservedFor()).isNull());
		assertThat(result.waitlist()).isEmpty();
	}

	@Test
	void aSellerGetsAStallOfTheKindTheyAskedForOrWaits() {
		List<Stall> stalls = List.of(stall("F-1", StallKind.FOOD, null), stall("H-1", StallKind.HANDICRAFT, null));
		List<Applicant> applications = List.of(apply("cook-1", StallKind.FOOD), apply("cook-2", StallKind.FOOD),
				apply("weaver", StallKind.HANDLOOM));

		AllocationResult result = AllocationPolicy.allocate(draw(stalls, applications, List.of()));

		assertThat(result.placements()).singleElement().satisfies((p) -> {
			assertThat(p.stallNumber()).isEqualTo("F-1");
			assertThat(p.kind()).isEqualTo(StallKind.FOOD);
		});
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::kind)
			.containsExactlyInAnyOrder(StallKind.FOOD, StallKind.HANDLOOM);
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::position).containsExactly(1, 2);
	}

	@Test
	void theWaitlistIsInRankOrder() {
		List<Applicant> applications = List.of(apply("a"), apply("b"), apply("c"), apply("d"), apply("e"));
		List<PastAllocation> history = List.of(past("a", 2025), past("a", 2024), past("b", 2025), past("e", 2015));

		AllocationResult result = AllocationPolicy.allocate(draw(open(StallKind.HANDICRAFT, 1), applications, history));

		// c and d are first-timers with no recent stalls; e had one long ago: all three
		// tie
		// at zero recent stalls and the lottery orders them. b had one, a two.
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::recentStalls)
			.containsExactly(0, 0, 1, 2);
		assertThat(result.waitlist().subList(2, 4)).extracting(AllocationResult.WaitlistEntry::sellerId)
			.containsExactly("b", "a");
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::rank).isSorted();
	}

	@Test
	void theSameDrawGivesTheSameResultWhateverOrderTheApplicationsCameIn() {
		List<Applicant> applications = new ArrayList<>();
		for (int n = 0; n < 40; n++) {
			applications.add(apply("s-" + n, (n % 3 == 0) ? StallKind.HANDLOOM : StallKind.HANDICRAFT));
		}
		List<Stall> stalls = new ArrayList<>(open(StallKind.HANDICRAFT, 10));
		stalls.add(stall("L-1", StallKind.HANDLOOM, null));
		AllocationResult first = AllocationPolicy.allocate(draw(stalls, applications, List.of()));
		List<Applicant> shuffled = new ArrayList<>(applications);
		Collections.shuffle(shuffled, new Random(7));

		AllocationResult again = AllocationPolicy.allocate(draw(stalls, shuffled, List.of()));

		assertThat(again.placements()).isEqualTo(first.placements());
		assertThat(again.waitlist()).isEqualTo(first.waitlist());
		assertThat(first.policy()).isEqualTo(AllocationPolicy.NAME);
		assertThat(first.draw().seed()).isEqualTo(SEED);
	}

	@Test
	void anotherSeedReordersOnlyTies() {
		List<Applicant> applications = new ArrayList<>();
		List<PastAllocation> history = new ArrayList<>();
		for (int n = 0; n < 30; n++) {
			applications.add(apply("s-" + n));
			for (int k = 0; k < n % 3; k++) {
				history.add(past("s-" + n, 2024 + k));
			}
		}
		AllocationDraw one = draw(open(StallKind.HANDICRAFT, 15), applications, history);
		AllocationDraw other = new AllocationDraw(one.exhibitionId(), DRAW, DrawSeed.of("another public value"),
				one.stalls(), applications, history);

		AllocationResult a = AllocationPolicy.allocate(one);
		AllocationResult b = AllocationPolicy.allocate(other);

		// Ten sellers have no recent stall, ten one, ten two: the ten with none are in
		// under
		// both seeds, five of the ten with one are, which five is the lottery's.
		assertThat(a.placements()).filteredOn((p) -> p.recentStalls() == 0).hasSize(10);
		assertThat(b.placements()).filteredOn((p) -> p.recentStalls() == 0).hasSize(10);
		assertThat(a.placements()).extracting(AllocationResult.Placement::recentStalls)
			.isEqualTo(b.placements().stream().map(AllocationResult.Placement::recentStalls).toList());
		assertThat(a.placements()).extracting(AllocationResult.Placement::sellerId)
			.isNotEqualTo(b.placements().stream().map(AllocationResult.Placement::sellerId).toList());
	}

	@Test
	void aSellerAppliesOnceAndAStallNumberIsUsedOnce() {
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> draw(open(StallKind.HANDICRAFT, 1), List.of(apply("a"), apply("a")), List.of()))
			.satisfies((r) -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> draw(List.of(stall("X", StallKind.FOOD, null), stall("X", StallKind.FOOD, null)),
					List.of(), List.of()))
			.satisfies((r) -> assertThat(r.messageKey()).isEqualTo("exhibitions.plan.duplicateStall"));
	}

	static AllocationDraw draw(List<Stall> stalls, List<Applicant> applications, List<PastAllocation> history) {
		return new AllocationDraw("ladakh-festival-2026", DRAW, SEED, stalls, applications, history);
	}

	static List<Stall> open(StallKind kind, int count) {
		List<Stall> stalls = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			stalls.add(stall("O-" + n, kind, null));
		}
		return stalls;
	}

	static Stall stall(String number, StallKind kind, ReservedCategory reservedFor) {
		return new Stall(number, kind, 30, 30, Money.rupees(1500), 0, 0, reservedFor);
	}

	static Applicant apply(String sellerId, ReservedCategory... categories) {
		return new Applicant(sellerId, StallKind.HANDICRAFT, Set.of(categories));
	}

	static Applicant apply(String sellerId, StallKind kind) {
		return new Applicant(sellerId, kind, Set.of());
	}

	static PastAllocation past(String sellerId, int year) {
		return new PastAllocation(sellerId, "ladakh-festival-" + year, LocalDate.of(year, 6, 25));
	}

}
