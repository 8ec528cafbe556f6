package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static ladakh.crafts.marketplace.exhibitions.AllocationPolicyTests.draw;
import static ladakh.crafts.marketplace.exhibitions.AllocationPolicyTests.open;
import static ladakh.crafts.marketplace.exhibitions.AllocationPolicyTests.past;
import static ladakh.crafts.marketplace.exhibitions.AllocationPolicyTests.stall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reserved-category claims on constructed applications: the draw counts a claim only when
 * the records or an officer bear it out, and an applicant whose claim is not borne out
 * takes part in the open round like anyone else (docs/decisions/0065).
 */
class ClaimCheckTests {

	static final Instant NOW = Instant.parse("2026-07-30T06:00:00Z");

	@Test
	void aClaimAloneCountsForNothing() {
		List<ReservedClaim> claims = List.of(claimed(ReservedCategory.GI_CRAFT), claimed(ReservedCategory.AWARDEE),
				claimed(ReservedCategory.ENDANGERED_CRAFT), claimed(ReservedCategory.WOMEN_SHG));

		assertThat(ClaimCheck.verified(claims, ClaimCheck.Evidence.NONE)).isEmpty();
	}

	@Test
	void recordsBearOutGiCraftsAndWomensGroupsAndOfficersBearOutAwardsAndEndangeredCrafts() {
		assertThat(ClaimCheck.verified(List.of(claimed(ReservedCategory.GI_CRAFT), claimed(ReservedCategory.WOMEN_SHG)),
				new ClaimCheck.Evidence(true, true)))
			.containsExactlyInAnyOrder(ReservedCategory.GI_CRAFT, ReservedCategory.WOMEN_SHG);
		assertThat(ClaimCheck.verified(
				List.of(verified(ReservedCategory.AWARDEE), claimed(ReservedCategory.ENDANGERED_CRAFT)),
				ClaimCheck.Evidence.NONE))
			.containsExactly(ReservedCategory.AWARDEE);
		// Records without a claim claim nothing: a seller decides what they ask for.
		assertThat(ClaimCheck.verified(List.of(), new ClaimCheck.Evidence(true, true))).isEmpty();
		// An officer's rejection outweighs the records (a listing's number found to be
		// another maker's).
		assertThat(
				ClaimCheck.verified(List.of(rejected(ReservedCategory.GI_CRAFT)), new ClaimCheck.Evidence(true, false)))
			.isEmpty();
		// An officer cannot verify what the records must show.
		assertThat(ClaimCheck.verified(List.of(verified(ReservedCategory.WOMEN_SHG)), ClaimCheck.Evidence.NONE))
			.isEmpty();
	}

	@Test
	void anApplicantWhoseClaimIsNotBorneOutDrawsInTheOpenPoolAndTheRecordShowsWhatWasVerified() {
		List<Stall> stalls = new ArrayList<>(open(StallKind.HANDICRAFT, 1));
		stalls.add(stall("GI-1", StallKind.HANDICRAFT, ReservedCategory.GI_CRAFT));
		stalls.add(stall("AW-1", StallKind.HANDICRAFT, ReservedCategory.AWARDEE));
		// Both claim a GI craft and an award; both had stalls before (not first timers).
		StallApplication borneOut = application("real-gi-maker");
		StallApplication onTheirWord = application("says-gi-maker");
		List<Applicant> applicants = List.of(
				ClaimCheck.applicant(borneOut,
						List.of(claimed(ReservedCategory.GI_CRAFT), verified(ReservedCategory.AWARDEE)),
						new ClaimCheck.Evidence(true, false)),
				ClaimCheck.applicant(onTheirWord,
						List.of(claimed(ReservedCategory.GI_CRAFT), claimed(ReservedCategory.AWARDEE)),
						ClaimCheck.Evidence.NONE));

		AllocationResult result = AllocationPolicy
			.allocate(draw(stalls, applicants, List.of(past("real-gi-maker", 2019), past("says-gi-maker", 2019))));

		assertThat(result.draw().applications()).extracting(Applicant::sellerId, Applicant::categories)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("real-gi-maker",
							Set.of(ReservedCategory.GI_CRAFT, ReservedCategory.AWARDEE)),
					org.assertj.core.groups.Tuple.tuple("says-gi-maker", Set.of()));
		assertThat(result.placements()).filteredOn((p) -> p.sellerId().equals("real-gi-maker"))
			.singleElement()
			.satisfies((p) -> assertThat(p.reservedFor()).isEqualTo(ReservedCategory.GI_CRAFT));
		// The unverified claimant is placed in the open round, not on a kept stall for
		// the category they claimed.
		assertThat(result.placements()).filteredOn((p) -> p.sellerId().equals("says-gi-maker"))
			.singleElement()
			.satisfies((p) -> assertThat(p.reservedFor()).isNull());
	}

	@Test
	void anOfficersDecisionNeedsAReasonAndFirstTimeIsNeverClaimed() {
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> claimed(ReservedCategory.AWARDEE).decided(true, "ok", "usr-officer", NOW))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("exhibitions.claim.reason"));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ReservedClaim.claimed(ReservedCategory.FIRST_TIME));
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> new StallApplications.Choice(List.of("pashmina-weaving"), List.of(), StallKind.HANDICRAFT,
					30, 30, Set.of(ReservedCategory.FIRST_TIME)));
	}

	static ReservedClaim claimed(ReservedCategory category) {
		return ReservedClaim.claimed(category);
	}

	static ReservedClaim verified(ReservedCategory category) {
		return ReservedClaim.claimed(category).decided(true, "Saw the award certificate", "usr-officer", NOW);
	}

	static ReservedClaim rejected(ReservedCategory category) {
		return ReservedClaim.claimed(category).decided(false, "The number is another maker's", "usr-officer", NOW);
	}

	static StallApplication application(String sellerId) {
		return new StallApplication("sap-" + sellerId, "ladakh-festival-2026", sellerId, SellerKind.ARTISAN,
				List.of("pashmina-weaving"), List.of("lst-" + sellerId), StallKind.HANDICRAFT, 30, 30,
				StallApplication.Status.APPLIED, NOW, 0);
	}

}
