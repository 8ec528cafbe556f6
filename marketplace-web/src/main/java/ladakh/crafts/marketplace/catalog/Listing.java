package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A product a seller offers, and the one place that decides how it may change (see
 * docs/decisions/0018): every move below returns the listing as it is after the move, or
 * throws a {@link Refusal} (CONFLICT when the listing is not in a state that allows it).
 * {@link ListingRepository} persists a move conditionally on the listing it was decided
 * from, so of two concurrent moves exactly one lands.
 *
 * @param id the listing id
 * @param sellerId the seller
 * @param status where it is in its life
 * @param statusReason why it was rejected or taken down, or null
 * @param title the title
 * @param description the description
 * @param craft the craft slug
 * @param materials the materials
 * @param dimensions free text, or null
 * @param weightGrams the weight, or null
 * @param price the price
 * @param stock pieces in stock
 * @param madeToOrder whether made to order
 * @param leadTimeDays days to make one, or null
 * @param photos the photos, in display order
 * @param giName the GI tag's name, or null
 * @param giNumber the GI authorised-user number, or null
 * @param careNotes care notes, or null
 * @param review the officer's last decision, or null
 * @param version the optimistic-concurrency version for edits
 * @param rev the sync revision
 * @param dirty whether the indexer has yet to see the latest change
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param publishedAt when it was first published, or null
 * @param colours the colour codes the seller picked (decision 48)
 */
public record Listing(String id, String sellerId, ListingStatus status, String statusReason, LocalizedText title,
		LocalizedText description, String craft, List<String> materials, String dimensions, Integer weightGrams,
		Money price, int stock, boolean madeToOrder, Integer leadTimeDays, List<Photo> photos, String giName,
		String giNumber, LocalizedText careNotes, Review review, long version, long rev, boolean dirty,
		Instant createdAt, Instant updatedAt, Instant publishedAt, List<String> colours) {

	/** The most photos one listing may have. */
	public static final int MAX_PHOTOS = 8;

	public Listing {
		materials = List.copyOf(materials);
		photos = List.copyOf(photos);
		colours = (colours != null) ? List.copyOf(colours) : List.of();
	}

	/** A listing without colours. */
	public Listing(String id, String sellerId, ListingStatus status, String statusReason, LocalizedText title,
			LocalizedText description, String craft, List<String> materials, String dimensions, Integer weightGrams,
			Money price, int stock, boolean madeToOrder, Integer leadTimeDays, List<Photo> photos, String giName,
			String giNumber, LocalizedText careNotes, Review review, long version, long rev, boolean dirty,
			Instant createdAt, Instant updatedAt, Instant publishedAt) {
		this(id, sellerId, status, statusReason, title, description, craft, materials, dimensions, weightGrams, price,
				stock, madeToOrder, leadTimeDays, photos, giName, giNumber, careNotes, review, version, rev, dirty,
				createdAt, updatedAt, publishedAt, List.of());
	}

	/** A new draft with the seller's checked details. */
	static Listing draft(String id, String sellerId, ListingDetails details, Instant now) {
		return new Listing(id, sellerId, ListingStatus.DRAFT, null, null, null, null, List.of(), null, null, null, 0,
				false, null, List.of(), null, null, null, null, 0, 0, false, now, now, null)
			.with(details, details.stock(), ListingStatus.DRAFT, 0, now);
	}

	/** Whether the seller may still change it: anything but removed. */
	public boolean editable() {
		return this.status != ListingStatus.REMOVED;
	}

	/** Whether a buyer can order it now: made to order, or at least one in stock. */
	public boolean available() {
		return this.madeToOrder || this.stock > 0;
	}

	/** Whether buyers can see it (its product page, its photos). */
	public boolean visibleToBuyers() {
		return this.status == ListingStatus.PUBLISHED || this.status == ListingStatus.SOLD_OUT;
	}

	// ------------------------------------------------------------------ the seller's
	// moves

	/**
	 * Sends a draft out: straight to PUBLISHED (or SOLD_OUT) when the seller has had a
	 * listing published before ({@code trusted}), else to an officer (PENDING_REVIEW).
	 */
	Listing submit(boolean trusted, Instant now) {
		require(this.status == ListingStatus.DRAFT, "listing.refused.notDraft");
		return trusted ? goLive(now).firstPublished(now) : moved(ListingStatus.PENDING_REVIEW, now);
	}

	/** PUBLISHED or SOLD_OUT → PAUSED: hidden from buyers until resumed. */
	Listing pause(Instant now) {
		require(ListingStatus.PAUSABLE.contains(this.status), "listing.refused.notLive");
		return moved(ListingStatus.PAUSED, now);
	}

	/** PAUSED → PUBLISHED (or SOLD_OUT when nothing is in stock). */
	Listing resume(Instant now) {
		require(this.status == ListingStatus.PAUSED, "listing.refused.notPaused");
		return goLive(now);
	}

	/** Anything → REMOVED, by the seller. Kept (indexed as removed), never deleted. */
	Listing remove(Instant now) {
		require(ListingStatus.DELETABLE.contains(this.status), "listing.refused.removed");
		return moved(ListingStatus.REMOVED, now);
	}

	/**
	 * Replaces the details, given the version the seller edited. Stock is not part of the
	 * version (buyers' reservations take pieces without one), so with the stock the
	 * seller was shown, stock changes by the difference the seller typed: pieces reserved
	 * meanwhile stay taken, and taking more than is left is refused as stale. Stock
	 * drives PUBLISHED ⇄ SOLD_OUT.
	 * @param stockShown the stock the seller's form or client showed, or null (the typed
	 * stock is then set as it is)
	 */
	Listing edit(long editedVersion, ListingDetails details, Integer stockShown, Instant now) {
		require(editable(), "listing.refused.removed");
		if (this.version != editedVersion) {
			throw Refusal.conflict("listing.refused.stale");
		}
		int stock = details.stock();
		if (stockShown != null && !details.madeToOrder()) {
			// Both are range-checked; exact arithmetic still refuses rather than wraps.
			stock = Math.addExact(this.stock, Math.subtractExact(details.stock(), stockShown));
			if (stock < 0) {
				throw Refusal.conflict("listing.refused.stale");
			}
		}
		boolean available = details.madeToOrder() || stock > 0;
		ListingStatus next = this.status;
		if (next == ListingStatus.PUBLISHED && !available) {
			next = ListingStatus.SOLD_OUT;
		}
		else if (next == ListingStatus.SOLD_OUT && available) {
			next = ListingStatus.PUBLISHED;
		}
		return with(details, stock, next, this.version + 1, now);
	}

	/** Appends a photo, at most {@value #MAX_PHOTOS}. */
	Listing addPhoto(Photo photo, Instant now) {
		checkRoomForPhoto();
		List<Photo> more = new ArrayList<>(this.photos);
		more.add(photo);
		return withPhotos(more, now);
	}

	/** Refuses when no photo may be added: removed, or full. */
	void checkRoomForPhoto() {
		require(editable(), "listing.refused.removed");
		if (this.photos.size() >= MAX_PHOTOS) {
			throw Refusal.invalid("listing.photo.tooMany").at("photo");
		}
	}

	/** The photo with this id; NOT_FOUND when it has none. */
	Photo photo(String photoId) {
		return this.photos.stream()
			.filter((candidate) -> candidate.imageId().equals(photoId))
			.findFirst()
			.orElseThrow(Listing::notFound);
	}

	Listing removePhoto(String photoId, Instant now) {
		Photo photo = photo(photoId);
		List<Photo> fewer = new ArrayList<>(this.photos);
		fewer.remove(photo);
		return withPhotos(fewer, now);
	}

	/**
	 * Moves a photo one place earlier ({@code -1}) or later ({@code +1}); the first photo
	 * is the one buyers see on cards. At either end it stays where it is (this listing).
	 */
	Listing movePhoto(String photoId, int step, Instant now) {
		List<Photo> order = new ArrayList<>(this.photos);
		int from = order.indexOf(photo(photoId));
		int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(step)));
		if (to == from) {
			return this;
		}
		order.add(to, order.remove(from));
		return withPhotos(order, now);
	}

	// ------------------------------------------------------------------ the officers'
	// moves

	/** PENDING_REVIEW → PUBLISHED (or SOLD_OUT), the decision recorded. */
	Listing approve(String officerId, Instant now) {
		require(this.status == ListingStatus.PENDING_REVIEW, "listing.refused.notPending");
		Listing live = goLive(now).firstPublished(now);
		return live.decided(live.status, null, new Review("APPROVED", officerId, now, null));
	}

	/** PENDING_REVIEW → DRAFT with the officer's reason, shown to the seller. */
	Listing reject(String officerId, String reason, Instant now) {
		String why = reason(reason);
		require(this.status == ListingStatus.PENDING_REVIEW, "listing.refused.notPending");
		return moved(ListingStatus.DRAFT, now).decided(ListingStatus.DRAFT, why,
				new Review("REJECTED", officerId, now, why));
	}

	/** A live (or pending) listing → REMOVED, with the officer's reason. */
	Listing takeDown(String officerId, String reason, Instant now) {
		String why = reason(reason);
		require(ListingStatus.TAKE_DOWN_FROM.contains(this.status), "listing.refused.notLive");
		return moved(ListingStatus.REMOVED, now).decided(ListingStatus.REMOVED, why,
				new Review("TAKEN_DOWN", officerId, now, why));
	}

	// ------------------------------------------------------------------ helpers

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidListing.at("reason", "listing.error.reasonRequired");
		}
		if (reason.strip().length() > ListingRules.MAX_NOTES) {
			throw InvalidListing.at("reason", "listing.error.tooLong");
		}
		return reason.strip();
	}

	/** Not there, or not the caller's: the same answer, so ids reveal nothing. */
	static Refusal notFound() {
		return Refusal.notFound("listing.refused.notFound");
	}

	private static void require(boolean allowed, String messageKey) {
		if (!allowed) {
			throw Refusal.conflict(messageKey);
		}
	}

	/** Available → PUBLISHED, otherwise SOLD_OUT. */
	private Listing goLive(Instant now) {
		return moved(available() ? ListingStatus.PUBLISHED : ListingStatus.SOLD_OUT, now);
	}

	private Listing firstPublished(Instant now) {
		Instant first = (this.publishedAt != null && this.publishedAt.isBefore(now)) ? this.publishedAt : now;
		return new Listing(this.id, this.sellerId, this.status, this.statusReason, this.title, this.description,
				this.craft, this.materials, this.dimensions, this.weightGrams, this.price, this.stock, this.madeToOrder,
				this.leadTimeDays, this.photos, this.giName, this.giNumber, this.careNotes, this.review, this.version,
				this.rev, this.dirty, this.createdAt, this.updatedAt, first, this.colours);
	}

	/**
	 * Every status move also moves the version (an edit form opened before it is stale).
	 */
	private Listing moved(ListingStatus to, Instant now) {
		return new Listing(this.id, this.sellerId, to, this.statusReason, this.title, this.description, this.craft,
				this.materials, this.dimensions, this.weightGrams, this.price, this.stock, this.madeToOrder,
				this.leadTimeDays, this.photos, this.giName, this.giNumber, this.careNotes, this.review,
				this.version + 1, this.rev, this.dirty, this.createdAt, now, this.publishedAt, this.colours);
	}

	private Listing decided(ListingStatus to, String reason, Review decision) {
		return new Listing(this.id, this.sellerId, to, reason, this.title, this.description, this.craft, this.materials,
				this.dimensions, this.weightGrams, this.price, this.stock, this.madeToOrder, this.leadTimeDays,
				this.photos, this.giName, this.giNumber, this.careNotes, decision, this.version, this.rev, this.dirty,
				this.createdAt, this.updatedAt, this.publishedAt, this.colours);
	}

	private Listing with(ListingDetails details, int newStock, ListingStatus to, long newVersion, Instant now) {
		LocalizedText care = (details.careNotesEn() != null || details.careNotesHi() != null)
				? new LocalizedText(details.careNotesEn(), details.careNotesHi()) : null;
		return new Listing(this.id, this.sellerId, to, this.statusReason,
				new LocalizedText(details.titleEn(), details.titleHi()),
				new LocalizedText(details.descriptionEn(), details.descriptionHi()), details.craft(),
				details.materials(), details.dimensions(), details.weightGrams(), details.price(), newStock,
				details.madeToOrder(), details.leadTimeDays(), this.photos, details.giName(),
				(details.giName() != null) ? details.giNumber() : null, care, this.review, newVersion, this.rev,
				this.dirty, this.createdAt, now, this.publishedAt, details.colours());
	}

	private Listing withPhotos(List<Photo> newPhotos, Instant now) {
		return new Listing(this.id, this.sellerId, this.status, this.statusReason, this.title, this.description,
				this.craft, this.materials, this.dimensions, this.weightGrams, this.price, this.stock, this.madeToOrder,
				this.leadTimeDays, newPhotos, this.giName, this.giNumber, this.careNotes, this.review, this.version,
				this.rev, this.dirty, this.createdAt, now, this.publishedAt, this.colours);
	}

	/**
	 * One photo: the full image and its thumbnail, both in the GridFS bucket
	 * {@code photos}.
	 *
	 * @param imageId the image's id (also the photo's id in the API)
	 * @param thumbId the thumbnail's id
	 * @param width the image's width in pixels
	 * @param height the image's height in pixels
	 */
	public record Photo(String imageId, String thumbId, int width, int height) {

	}

	/**
	 * An officer's decision.
	 *
	 * @param decision {@code APPROVED}, {@code REJECTED} or {@code TAKEN_DOWN}
	 * @param by the officer's user id
	 * @param at when
	 * @param reason why, or null
	 */
	public record Review(String decision, String by, Instant at, String reason) {

	}

	/** Where a list sorted by the last change continues after this listing. */
	public After position() {
		return After.of(this.updatedAt, this.id);
	}

}
