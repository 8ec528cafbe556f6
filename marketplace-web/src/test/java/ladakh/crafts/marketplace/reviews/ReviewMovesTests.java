package ladakh.crafts.marketplace.reviews;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review's own moves, without a store: what it accepts and what it refuses. */
class ReviewMovesTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private static final Review.DeliveredPart PART = new Review.DeliveredPart("ord-1-1", "usr-b", "art-s");

	@Test
	void aReviewNeedsOneToFiveStarsAndWordsOfABoundedLength() {
		assertThat(Review.write("rev-1", PART, "lst-1", "Sonam", " 5 ", "  Lovely and warm.  ", null, NOW))
			.satisfies((review) -> {
				assertThat(review.stars()).isEqualTo(5);
				assertThat(review.text()).isEqualTo("Lovely and warm.");
				assertThat(review.sellerId()).isEqualTo("art-s");
				assertThat(review.hidden()).isFalse();
			});
		for (String stars : new String[] { null, "", "0", "6", "4.5", "-1", "five", "१" }) {
			assertThat(Review.problems(stars, "Lovely and warm.")).as(stars)
				.extracting(Refusal.FieldProblem::field)
				.containsExactly("stars");
		}
		assertThat(Review.problems("4", "Too short")).extracting(Refusal.FieldProblem::messageKey)
			.containsExactly("review.error.textShort");
		assertThat(Review.problems("4", "x".repeat(Review.MAX_TEXT + 1))).extracting(Refusal.FieldProblem::messageKey)
			.containsExactly("review.error.textLong");
		assertThatThrownBy(() -> Review.write("rev-1", PART, "lst-1", "", "9", "", null, NOW))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> {
				assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field).containsExactly("stars", "text");
			});
	}

	@Test
	void onlyItsSellerAnswersAndOnlyOnce() {
		Review review = Review.write("rev-1", PART, "lst-1", "", "3", "Fine, a little small.", null, NOW);
		assertRefused(() -> review.answer("art-other", "Thanks", NOW), Refusal.Kind.NOT_FOUND);
		assertRefused(() -> review.answer("art-s", "   ", NOW), Refusal.Kind.INVALID);
		Review answered = review.answer("art-s", " Sizes are in the description. ", NOW);
		assertThat(answered.answer()).isEqualTo("Sizes are in the description.");
		assertRefused(() -> answered.answer("art-s", "Again", NOW), Refusal.Kind.CONFLICT);
	}

	@Test
	void anOfficerHidesWithAReasonOnceAndAnAnswerKeepsItHidden() {
		Review review = Review.write("rev-1", PART, "lst-1", "", "1", "Rude words were here.", null, NOW);
		assertRefused(() -> review.hide("usr-o", " ", NOW), Refusal.Kind.INVALID);
		Review hidden = review.hide("usr-o", "Abusive", NOW);
		assertThat(hidden.hidden()).isTrue();
		assertThat(hidden.hiddenReason()).isEqualTo("Abusive");
		assertRefused(() -> hidden.hide("usr-o", "Again", NOW), Refusal.Kind.CONFLICT);
		assertThat(hidden.answer("art-s", "Sorry", NOW).hidden()).isTrue();
	}

	@Test
	void theAverageHasOneDecimalAndNoneWithoutReviews() {
		assertThat(Rating.NONE.averageText()).isNull();
		assertThat(new Rating(3, 13).averageText()).isEqualTo("4.3");
		assertThat(new Rating(2, 9).averageText()).isEqualTo("4.5");
		assertThat(new Rating(2, 9).wholeStars()).isEqualTo(5);
		assertThat(new Rating(1, 5).averageText()).isEqualTo("5.0");
	}

	private static void assertRefused(Runnable move, Refusal.Kind kind) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.kind()).isEqualTo(kind));
	}

}
