package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ladakh.crafts.marketplace.shared.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation policy's rules over generated draws: plans with every kind and category,
 * applicants with random categories and histories. Each draw is built from a generated
 * number, so a failure names a draw that can be built again.
 */
class AllocationPolicyPropertyTests {

	private static final LocalDate DRAW = LocalDate.of(2026, 8, 1);

	@Property(tries = 300)
	void everyApplicantIsPlacedOnceOrWaitsAndEveryStallGoesOnceToItsKind(@ForAll long scenario) {
		AllocationDraw draw = draw(scenario, false);
		AllocationResult result = AllocationPolicy.allocate(draw);

		List<String> placed = result.placements().stream().map(AllocationResult.Placement::sellerId).toList();
		List<String> waiting = result.waitlist().stream().map(AllocationResult.WaitlistEntry::sellerId).toList();
		assertThat(Stream.concat(placed.stream(), waiting.stream()).toList())
			.containsExactlyInAnyOrderElementsOf(draw.applications().stream().map(Applicant::sellerId).toList());
		assertThat(result.placements()).extracting(AllocationResult.Placement::stallNumber).doesNotHaveDuplicates();
		Map<String, Stall> stalls = draw.stalls()
			.stream()
			.collect(Collectors.toMap(Stall::number, Function.identity()));
		Map<String, Applicant> applications = draw.applications()
			.stream()
			.collect(Collectors.toMap(Applicant::sellerId, Function.identity()));
		for (AllocationResult.Placement placement : result.placements()) {
			Stall stall = stalls.get(placement.stallNumber());
			assertThat(stall.kind()).isEqualTo(applications.get(placement.sellerId()).kind());
			if (placement.reservedFor() != null) {
				assertThat(stall.reservedFor()).isEqualTo(placement.reservedFor());
				assertThat(categories(draw, placement.sellerId())).contains(placement.reservedFor());
			}
		}
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::position)
			.containsExactlyElementsOf(Stream.iterate(1, (n) -> n + 1).limit(waiting.size()).toList());
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::rank).isSorted();
	}

	@Property(tries = 200)
	void theSameInputsAndSeedGiveTheSameResultInAnyOrder(@ForAll long scenario) {
		AllocationDraw draw = draw(scenario, false);
		List<Applicant> shuffled = new ArrayList<>(draw.applications());
		Collections.shuffle(shuffled, new Random(scenario ^ 0x5DEECE66DL));
		List<PastAllocation> history = new ArrayList<>(draw.history());
		Collections.reverse(history);

		AllocationResult again = AllocationPolicy
			.allocate(new AllocationDraw(draw.exhibitionId(), DRAW, draw.seed(), draw.stalls(), shuffled, history));

		AllocationResult first = AllocationPolicy.allocate(draw);
		assertThat(again.placements()).isEqualTo(first.placements());
		assertThat(again.waitlist()).isEqualTo(first.waitlist());
	}

	@Property(tries = 200)
	void anotherSeedOnlyReordersSellersWithAsManyRecentStalls(@ForAll long scenario,
			@ForAll @IntRange(min = 0, max = 1_000_000) int otherSeed) {
		// Without reserved stalls and with one kind every applicant competes for the same
		// stalls, so the seed may change who among equals gets in, never how many of
		// each.
		AllocationDraw draw = draw(scenario, true);
		AllocationDraw reseeded = new AllocationDraw(draw.exhibitionId(), DRAW, DrawSeed.of("other " + otherSeed),
				draw.stalls(), draw.applications(), draw.history());

		AllocationResult a = AllocationPolicy.allocate(draw);
		AllocationResult b = AllocationPolicy.allocate(reseeded);

		assertThat(a.placements()).extracting(AllocationResult.Placement::recentStalls)
			.isSorted()
			.containsExactlyElementsOf(b.placements().stream().map(AllocationResult.Placement::recentStalls).toList());
		assertThat(a.waitlist()).extracting(AllocationResult.WaitlistEntry::recentStalls)
			.isSorted()
			.containsExactlyElementsOf(
					b.waitlist().stream().map(AllocationResult.WaitlistEntry::recentStalls).toList());
		assertThat(a.placements()).extracting(AllocationResult.Placement::stallNumber)
			.containsExactlyElementsOf(b.placements().stream().map(AllocationResult.Placement::stallNumber).toList());
	}

	@Property(tries = 300)
	void inTheOpenRoundNobodyWaitsWhileSomeoneWithMoreRecentStallsGotOneOfTheirKind(@ForAll long scenario) {
		AllocationResult result = AllocationPolicy.allocate(draw(scenario, false));
		for (StallKind kind : StallKind.values()) {
			int mostRecentPlaced = result.placements()
				.stream()
				.filter((p) -> p.kind() == kind && p.reservedFor() == null)
				.mapToInt(AllocationResult.Placement::recentStalls)
				.max()
				.orElse(Integer.MIN_VALUE);
			result.waitlist()
				.stream()
				.filter((w) -> w.kind() == kind)
				.forEach((w) -> assertThat(w.recentStalls()).isGreaterThanOrEqualTo(mostRecentPlaced));
		}
	}

	@Property(tries = 300)
	void aStallKeptForACategoryGoesToItWhileSomeoneOfThatCategoryAndKindWaits(@ForAll long scenario) {
		AllocationDraw draw = draw(scenario, false);
		AllocationResult result = AllocationPolicy.allocate(draw);
		Map<String, AllocationResult.Placement> byStall = result.placements()
			.stream()
			.collect(Collectors.toMap(AllocationResult.Placement::stallNumber, Function.identity()));
		for (AllocationResult.WaitlistEntry waiting : result.waitlist()) {
			for (ReservedCategory category : categories(draw, waiting.sellerId())) {
				draw.stalls()
					.stream()
					.filter((s) -> s.kind() == waiting.kind() && s.reservedFor() == category)
					.forEach((s) -> assertThat(byStall.get(s.number())).as("stall %s", s.number())
						.isNotNull()
						.extracting(AllocationResult.Placement::reservedFor)
						.isEqualTo(category));
			}
		}
	}

	/**
	 * The categories the policy sees: the declared ones, and first time by the history.
	 */
	private static Set<ReservedCategory> categories(AllocationDraw draw, String sellerId) {
		Set<ReservedCategory> categories = EnumSet.noneOf(ReservedCategory.class);
		draw.applications()
			.stream()
			.filter((a) -> a.sellerId().equals(sellerId))
			.forEach((a) -> categories.addAll(a.categories()));
		if (draw.history().stream().noneMatch((p) -> p.sellerId().equals(sellerId))) {
			categories.add(ReservedCategory.FIRST_TIME);
		}
		return categories;
	}

	/**
	 * A draw built from a number: up to 40 stalls and 60 applicants over two kinds (one
	 * kind and no reserved stalls when {@code plain}), random categories, histories over
	 * 2018–2026.
	 */
	static AllocationDraw draw(long scenario, boolean plain) {
		Random random = new Random(scenario);
		List<StallKind> kinds = plain ? List.of(StallKind.HANDICRAFT) : List.of(StallKind.HANDICRAFT, StallKind.FOOD);
		ReservedCategory[] categories = ReservedCategory.values();
		List<Stall> stalls = new ArrayList<>();
		int stallCount = random.nextInt(41);
		for (int n = 0; n < stallCount; n++) {
			ReservedCategory reserved = (plain || random.nextInt(5) < 3) ? null
					: categories[random.nextInt(categories.length)];
			stalls.add(new Stall("S-" + n, kinds.get(random.nextInt(kinds.size())), 30, 30, Money.rupees(1000),
					(n % 10) * 30, (n / 10) * 30, reserved));
		}
		List<Applicant> applications = new ArrayList<>();
		List<PastAllocation> history = new ArrayList<>();
		int applicantCount = random.nextInt(61);
		for (int n = 0; n < applicantCount; n++) {
			String seller = "seller-" + n;
			Set<ReservedCategory> held = new HashSet<>();
			for (int c = 0; c < categories.length - 1; c++) {
				if (!plain && random.nextInt(6) == 0) {
					held.add(categories[c]);
				}
			}
			applications.add(new Applicant(seller, kinds.get(random.nextInt(kinds.size())), held));
			int pastStalls = random.nextInt(5);
			for (int p = 0; p < pastStalls; p++) {
				int year = 2018 + random.nextInt(9);
				history.add(new PastAllocation(seller, "fair-" + year + "-" + p, LocalDate.of(year, 2 + p, 10)));
			}
		}
		return new AllocationDraw("generated", DRAW, DrawSeed.of("scenario " + scenario), stalls, applications,
				history);
	}

}
