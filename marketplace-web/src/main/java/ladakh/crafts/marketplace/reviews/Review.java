package ladakh.crafts.marketplace.reviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A buyer's review of one listing they received in one delivered order part: 1 to 5 stars
 * and their words, an optional photo, the seller's one answer, and an officer's hiding
 * with its reason. Each move refuses what its state does not allow;
 * {@link ReviewRepository} persists it only while the stored review is still in the state
 * this one was read in.
 *
 * @param id the review's id
 * @param listingId the listing reviewed
 * @param sellerId the seller of the delivered part (who may answer)
 * @param partId the delivered order part that makes the buyer a verified buyer
 * @param buyerId the buyer
 * @param author how the buyer is named on the page
 * @param stars 1 to 5
 * @param text the buyer's words
 * @param photoId a stored photo, or null
 * @param answer the seller's answer, or null
 * @param answeredAt when the seller answered, or null
 * @param hiddenReason why an officer hid it, or null while it is shown
 * @param hiddenBy the officer who hid it, or null
 * @param hiddenAt when, or null
 * @param createdAt when it was written
 */
public record Review(String id, String listingId, String sellerId, String partId, String buyerId, String author,
		int stars, String text, String photoId, String answer, Instant answeredAt, String hiddenReason, String hiddenBy,
		Instant hiddenAt, Instant createdAt) {

	/** The longest review. */
	public static final int MAX_TEXT = 2000;

	/** The longest answer or reason. */
	public static final int MAX_ANSWER = 1000;

	/** The shortest review worth reading. */
	public static final int MIN_TEXT = 10;

	/**
	 * Checks what a buyer typed (stars given as typed), field by field.
	 * @return the problems; empty when the review can be written
	 */
	public static List<Refusal.FieldProblem> problems(String stars, String text) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		if (stars(stars) == 0) {
			problems.add(new Refusal.FieldProblem("stars", "review.error.stars"));
		}
		String words = (text != null) ? text.strip() : "";
		if (words.length() < MIN_TEXT) {
			problems.add(new Refusal.FieldProblem("text", "review.error.textShort", MIN_TEXT));
		}
		else if (words.length() > MAX_TEXT) {
			problems.add(new Refusal.FieldProblem("text", "review.error.textLong", MAX_TEXT));
		}
		return problems;
	}

	/** The stars as typed, or 0 when they are not a whole number from 1 to 5. */
	static int stars(String typed) {
		if (typed == null || !typed.strip().matches("[1-5]")) {
			return 0;
		}
		return Integer.parseInt(typed.strip());
	}

	/**
	 * A new review, refused with every field's problem when what was typed is not one.
	 */
	static Review write(String id, DeliveredPart part, String listingId, String author, String stars, String text,
			String photoId, Instant now) {
		List<Refusal.FieldProblem> problems = problems(stars, text);
		if (!problems.isEmpty()) {
			throw Refusal.invalid("review.invalid", problems);
		}
		return new Review(id, listingId, part.sellerId(), part.id(), part.buyerId(), author, stars(stars), text.strip(),
				photoId, null, null, null, null, null, now);
	}

	/** The day it was written, as people read it ("6 Dec 2026"). */
	public LocalizedText day() {
		return IndiaTime.day(IndiaTime.dayOf(this.createdAt));
	}

	public boolean hidden() {
		return this.hiddenAt != null;
	}

	public boolean answered() {
		return this.answer != null;
	}

	/** The seller's one answer. */
	Review answer(String bySellerId, String words, Instant now) {
		if (!this.sellerId.equals(bySellerId)) {
			throw Refusal.notFound("review.refused.notFound");
		}
		if (answered()) {
			throw Refusal.conflict("review.refused.answered");
		}
		String text = (words != null) ? words.strip() : "";
		if (text.isEmpty() || text.length() > MAX_ANSWER) {
			throw Refusal.invalid("review.error.answer", MAX_ANSWER).at("answer");
		}
		return new Review(this.id, this.listingId, this.sellerId, this.partId, this.buyerId, this.author, this.stars,
				this.text, this.photoId, text, now, this.hiddenReason, this.hiddenBy, this.hiddenAt, this.createdAt);
	}

	/** An officer hides the review with a reason; it leaves the page and the average. */
	Review hide(String officerId, String reason, Instant now) {
		if (hidden()) {
			throw Refusal.conflict("review.refused.hidden");
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_ANSWER) {
			throw Refusal.invalid("review.error.reason", MAX_ANSWER).at("reason");
		}
		return new Review(this.id, this.listingId, this.sellerId, this.partId, this.buyerId, this.author, this.stars,
				this.text, this.photoId, this.answer, this.answeredAt, why, officerId, now, this.createdAt);
	}

	/**
	 * The delivered order part a review rests on, as the orders area tells it.
	 *
	 * @param id the part
	 * @param buyerId its buyer
	 * @param sellerId its seller
	 */
	record DeliveredPart(String id, String buyerId, String sellerId) {
	}

}
