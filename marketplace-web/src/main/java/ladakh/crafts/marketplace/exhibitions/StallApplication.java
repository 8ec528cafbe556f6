package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A seller's application for a stall at one exhibition: what they will show and the stall
 * they need. One per seller and exhibition ({@link StallApplicationRepository}'s unique
 * index); it decides its own moves, each stored conditionally on its version.
 *
 * @param id {@code sap-<uuid>}
 * @param exhibitionId the exhibition
 * @param sellerId the seller applying, always the applicant's own
 * @param sellerKind the seller's kind when they applied
 * @param crafts the crafts they will show (slugs, at least one)
 * @param listingIds their own listings they will show (at most {@link #MAX_LISTINGS})
 * @param kind the stall kind needed
 * @param widthDm the stall width needed, in decimetres
 * @param depthDm the stall depth needed, in decimetres
 * @param status applied or withdrawn
 * @param appliedAt when it was made
 * @param version bumped by every stored move
 */
public record StallApplication(String id, String exhibitionId, String sellerId, SellerKind sellerKind,
		List<String> crafts, List<String> listingIds, StallKind kind, int widthDm, int depthDm, Status status,
		Instant appliedAt, long version) {

	/** Listings an application may name: a stall shows a handful of pieces well. */
	public static final int MAX_LISTINGS = 6;

	/** Crafts an application may name. */
	public static final int MAX_CRAFTS = 5;

	public StallApplication {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(appliedAt, "appliedAt");
		crafts = List.copyOf(crafts);
		listingIds = List.copyOf(listingIds);
		if (kind == null) {
			throw Refusal.invalid("exhibitions.apply.kind").at("kind");
		}
		if (crafts.isEmpty() || crafts.size() > MAX_CRAFTS) {
			throw Refusal.invalid("exhibitions.apply.crafts", MAX_CRAFTS).at("crafts");
		}
		if (listingIds.size() > MAX_LISTINGS) {
			throw Refusal.invalid("exhibitions.apply.tooManyListings", MAX_LISTINGS).at("listingIds");
		}
		if (widthDm < 1 || depthDm < 1 || widthDm > Stall.MAX_SIDE_DM || depthDm > Stall.MAX_SIDE_DM) {
			throw Refusal.invalid("exhibitions.stall.size").at("size");
		}
	}

	/**
	 * A new application, if the exhibition takes applications today and admits this kind
	 * of seller and these crafts.
	 */
	public static StallApplication apply(Exhibition exhibition, String sellerId, SellerKind sellerKind,
			List<String> crafts, List<String> listingIds, StallKind kind, int widthDm, int depthDm, LocalDate today,
			Instant now) {
		if (!exhibition.takesApplicationsOn(today)) {
			throw Refusal.conflict("exhibitions.apply.closed");
		}
		if (!exhibition.call().admits(sellerKind)) {
			throw Refusal.conflict("exhibitions.apply.notEligible");
		}
		for (String craft : crafts) {
			if (!exhibition.call().shows(craft)) {
				throw Refusal.invalid("exhibitions.apply.craftNotShown").at("crafts");
			}
		}
		return new StallApplication("sap-" + UUID.randomUUID(), exhibition.id(), sellerId, sellerKind, crafts,
				listingIds, kind, widthDm, depthDm, Status.APPLIED, now, 0);
	}

	/** The application withdrawn; only while the exhibition still takes applications. */
	public StallApplication withdraw(Exhibition exhibition, LocalDate today) {
		if (this.status != Status.APPLIED) {
			throw Refusal.conflict("exhibitions.withdraw.notApplied");
		}
		if (!exhibition.takesApplicationsOn(today)) {
			throw Refusal.conflict("exhibitions.withdraw.closed");
		}
		return with(Status.WITHDRAWN);
	}

	/**
	 * A withdrawn application made again with new choices, keeping its id (one per seller
	 * and exhibition).
	 */
	public StallApplication reapply(StallApplication fresh) {
		if (this.status != Status.WITHDRAWN) {
			throw Refusal.conflict("exhibitions.apply.already");
		}
		return new StallApplication(this.id, this.exhibitionId, this.sellerId, fresh.sellerKind(), fresh.crafts(),
				fresh.listingIds(), fresh.kind(), fresh.widthDm(), fresh.depthDm(), Status.APPLIED, fresh.appliedAt(),
				this.version + 1);
	}

	/** What the allocation reads of it (categories are verified by an officer later). */
	public Applicant applicant() {
		return new Applicant(this.sellerId, this.kind, Set.of(), this.crafts, this.widthDm, this.depthDm);
	}

	private StallApplication with(Status next) {
		return new StallApplication(this.id, this.exhibitionId, this.sellerId, this.sellerKind, this.crafts,
				this.listingIds, this.kind, this.widthDm, this.depthDm, next, this.appliedAt, this.version + 1);
	}

	/** Where an application stands. */
	public enum Status {

		/** Waiting for the draw. */
		APPLIED,
		/** Taken back by the seller before the window closed. */
		WITHDRAWN

	}

}
