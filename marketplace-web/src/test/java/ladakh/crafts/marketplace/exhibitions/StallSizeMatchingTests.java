package ladakh.crafts.marketplace.exhibitions;

import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stall sizes in the draw (docs/decisions/0054): an applicant gets the smallest free
 * stall of their kind at least as large as asked (either way round); one asking more than
 * any free stall waits, while smaller stalls go to those they fit; an application without
 * a size (a record drawn before sizes were kept) takes any stall of its kind, as before.
 */
class StallSizeMatchingTests {

	@Test
	void eachApplicantGetsTheSmallestFreeStallAtLeastTheSizeAsked() {
		List<Stall> stalls = List.of(stall("S-1", 20, 20), stall("L-1", 40, 30), stall("S-2", 20, 20));
		// Ranked by lottery alone: nobody had a stall. Whatever the order, the big stall
		// goes to the one who needs it, who fits nowhere else.
		List<Applicant> applications = List.of(apply("big", 30, 40), apply("small-a", 20, 20), apply("small-b", 20, 15),
				apply("huge", 50, 50));

		AllocationResult result = AllocationPolicy
			.allocate(AllocationPolicyTests.draw(stalls, applications, List.of()));

		assertThat(result.placements()).filteredOn((p) -> p.sellerId().equals("big"))
			.singleElement()
			.satisfies((p) -> assertThat(p.stallNumber()).isEqualTo("L-1"));
		assertThat(result.placements()).extracting(AllocationResult.Placement::sellerId)
			.containsExactlyInAnyOrder("big", "small-a", "small-b");
		assertThat(result.waitlist()).extracting(AllocationResult.WaitlistEntry::sellerId).containsExactly("huge");
		assertThat(AllocationPolicy.allocate(AllocationPolicyTests.draw(stalls, applications, List.of())))
			.isEqualTo(result);
	}

	@Test
	void anApplicationWithoutASizeTakesAnyStallOfItsKind() {
		List<Stall> stalls = List.of(stall("S-1", 10, 10));
		AllocationResult result = AllocationPolicy.allocate(AllocationPolicyTests.draw(stalls,
				List.of(new Applicant("old", StallKind.HANDICRAFT, Set.of())), List.of()));
		assertThat(result.placements()).singleElement().satisfies((p) -> assertThat(p.stallNumber()).isEqualTo("S-1"));
	}

	private static Stall stall(String number, int widthDm, int depthDm) {
		return new Stall(number, StallKind.HANDICRAFT, widthDm, depthDm, Money.rupees(1500), 0, 0, null);
	}

	private static Applicant apply(String sellerId, int widthDm, int depthDm) {
		return new Applicant(sellerId, StallKind.HANDICRAFT, Set.of(), List.of(), widthDm, depthDm);
	}

}
