package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.stereotype.Service;

/**
 * The catalog's public service for a seller's own listings (the officers' decisions are
 * {@link ListingReviews}): read the listing, let {@link Listing} decide the move, have
 * {@link ListingRepository} persist it conditionally; when another move landed first,
 * read again and decide again. Seller methods take the seller id from the signed-in
 * account: another seller's listing is simply not found.
 */
@Service
public class Listings {

	/** The most photos one listing may have. */
	public static final int MAX_PHOTOS = Listing.MAX_PHOTOS;

	/**
	 * How often a move is decided again after a concurrent change of the same listing.
	 */
	static final int ATTEMPTS = ListingRepository.ATTEMPTS;

	private final ListingRepository repository;

	private final CraftNames crafts;

	private final PhotoStore photoStore;

	private final ListingPhotos photos;

	Listings(ListingRepository repository, CraftNames crafts, PhotoStore photoStore, ListingPhotos photos) {
		this.repository = repository;
		this.crafts = crafts;
		this.photoStore = photoStore;
		this.photos = photos;
	}

	// ------------------------------------------------------------------ reading

	/** The known crafts, by slug, for the craft choice. */
	public Mono<Map<String, LocalizedText>> crafts() {
		return this.crafts.all();
	}

	/**
	 * A page of a seller's listings, most recently changed first (removed ones included),
	 * from {@code after} on (null: the first page).
	 */
	public Mono<Page<Listing>> mine(String sellerId, After after) {
		return this.repository.ofSeller(sellerId, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, Listing::position));
	}

	/** One of the seller's listings; NOT_FOUND when not theirs. */
	public Mono<Listing> mine(String sellerId, String id) {
		return this.repository.find(sellerId, id).switchIfEmpty(Mono.error(Listing::notFound));
	}

	/** Any listing, for the staff and for buyers' carts; NOT_FOUND when there is none. */
	public Mono<Listing> any(String id) {
		return this.repository.find(id).switchIfEmpty(Mono.error(Listing::notFound));
	}

	// ------------------------------------------------------------------ seller writes

	/**
	 * Creates a draft. Nothing is stored when the input has problems
	 * ({@link InvalidListing}).
	 */
	public Mono<Listing> create(String sellerId, ListingInput input) {
		return checked(input).flatMap((details) -> this.repository
			.insert(Listing.draft("lst-" + UUID.randomUUID(), sellerId, details, this.repository.now())));
	}

	/**
	 * Replaces a listing's details, given the version the seller edited
	 * ({@link Listing#edit}). With the stock shown, a change of stock by buyers meanwhile
	 * is taken into account by deciding again; without it, the typed stock is written
	 * only if stock has not moved since this update read the listing.
	 * @param stockShown the stock the seller's form or client showed, or null
	 * @return the saved listing; CONFLICT {@code listing.refused.stale} when it changed
	 * meanwhile
	 */
	public Mono<Listing> update(String sellerId, String id, long version, ListingInput input, Integer stockShown) {
		return mine(sellerId, id).flatMap((read) -> {
			if (!read.editable()) {
				return Mono.error(Refusal.conflict("listing.refused.removed"));
			}
			if (read.version() != version) {
				return Mono.error(Refusal.conflict("listing.refused.stale"));
			}
			Map<String, java.util.List<String>> shownErrors = ListingRules.checkStockShown(stockShown);
			if (!shownErrors.isEmpty()) {
				return Mono.error(new InvalidListing(shownErrors));
			}
			return checked(input).flatMap((details) -> move(sellerId, id, (stockShown != null) ? ATTEMPTS : 1,
					(listing, now) -> listing.edit(version, details, stockShown, now), "listing.refused.stale"));
		});
	}

	/**
	 * {@link #update(String, String, long, ListingInput, Integer)} without the stock
	 * shown.
	 */
	public Mono<Listing> update(String sellerId, String id, long version, ListingInput input) {
		return update(sellerId, id, version, input, null);
	}

	/**
	 * Sends a draft out: straight to PUBLISHED (or SOLD_OUT) when the seller has had a
	 * listing published before, else to an officer (PENDING_REVIEW).
	 */
	public Mono<Listing> submit(String sellerId, String id) {
		return this.repository.hasBeenPublished(sellerId)
			.flatMap((trusted) -> move(sellerId, id, ATTEMPTS, (listing, now) -> listing.submit(trusted, now), null));
	}

	/** PUBLISHED or SOLD_OUT → PAUSED: hidden from buyers until resumed. */
	public Mono<Listing> pause(String sellerId, String id) {
		return move(sellerId, id, ATTEMPTS, Listing::pause, null);
	}

	/** PAUSED → PUBLISHED (or SOLD_OUT when nothing is in stock). */
	public Mono<Listing> resume(String sellerId, String id) {
		return move(sellerId, id, ATTEMPTS, Listing::resume, null);
	}

	/** Anything → REMOVED, by the seller. Kept (indexed as removed), never deleted. */
	public Mono<Listing> delete(String sellerId, String id) {
		return move(sellerId, id, ATTEMPTS, Listing::remove, null);
	}

	// ------------------------------------------------------------------ photos

	/**
	 * Checks, re-encodes and stores a photo with its thumbnail, then appends it. At most
	 * {@value #MAX_PHOTOS}; a failed append removes the stored files again.
	 */
	public Mono<Listing> addPhoto(String sellerId, String id, byte[] upload) {
		return mine(sellerId, id).flatMap((listing) -> {
			// Decided before the upload is decoded, so a full listing costs no decoding.
			listing.checkRoomForPhoto();
			return this.photos.reencode(upload).flatMap((encoded) -> {
				String suffix = UUID.randomUUID().toString().substring(0, 8);
				Listing.Photo photo = new Listing.Photo("photo-" + id + "-" + suffix, "thumb-" + id + "-" + suffix,
						encoded.width(), encoded.height());
				Mono<Void> stored = this.photoStore
					.store(new PhotoStore.NewPhoto(photo.imageId(), "image/jpeg", PhotoStore.Kind.IMAGE, id,
							encoded.image()))
					.then(this.photoStore.store(new PhotoStore.NewPhoto(photo.thumbId(), "image/jpeg",
							PhotoStore.Kind.THUMBNAIL, id, encoded.thumbnail())));
				Listing next = listing.addPhoto(photo, this.repository.now());
				return stored.then(this.repository.appendPhoto(listing, next))
					.switchIfEmpty(Mono.defer(() -> removeFiles(photo)
						.then(Mono.error(Refusal.invalid("listing.photo.tooMany").at("photo")))));
			});
		});
	}

	/** Removes one photo and its files. */
	public Mono<Listing> deletePhoto(String sellerId, String id, String photoId) {
		return mine(sellerId, id).flatMap((listing) -> {
			Listing.Photo photo = listing.photo(photoId);
			return this.repository.removePhoto(listing, photoId, this.repository.now())
				.switchIfEmpty(Mono.error(Listing::notFound))
				.flatMap((changed) -> removeFiles(photo).thenReturn(changed));
		});
	}

	/**
	 * Moves a photo one place earlier ({@code -1}) or later ({@code +1}); the first photo
	 * is the one buyers see on cards. Conditional on the order it was read in.
	 */
	public Mono<Listing> movePhoto(String sellerId, String id, String photoId, int step) {
		return mine(sellerId, id).flatMap((listing) -> {
			Listing next = listing.movePhoto(photoId, step, this.repository.now());
			if (next == listing) {
				return Mono.just(listing);
			}
			return this.repository.reorderPhotos(listing, next)
				.switchIfEmpty(Mono.error(() -> Refusal.conflict("listing.refused.stale")));
		});
	}

	// ------------------------------------------------------------------ the seller's
	// ties

	/**
	 * Marks all of a seller's listings changed, e.g. when the seller is suspended, so the
	 * index picks up the seller's new state.
	 * @return how many listings were marked
	 */
	public Mono<Long> remarkSeller(String sellerId) {
		return this.repository.remarkSeller(sellerId);
	}

	// ------------------------------------------------------------------ helpers

	private Mono<Listing> move(String sellerId, String id, int attempts, BiFunction<Listing, Instant, Listing> decide,
			String stale) {
		return this.repository.move(() -> mine(sellerId, id), decide, attempts, stale);
	}

	private Mono<ListingDetails> checked(ListingInput input) {
		return this.crafts.all().flatMap((known) -> {
			ListingRules.Checked checked = ListingRules.check(input, Set.copyOf(known.keySet()));
			return checked.valid() ? Mono.just(checked.details()) : Mono.error(new InvalidListing(checked.errors()));
		});
	}

	private Mono<Void> removeFiles(Listing.Photo photo) {
		return this.photoStore.delete(photo.imageId()).then(this.photoStore.delete(photo.thumbId()));
	}

}
