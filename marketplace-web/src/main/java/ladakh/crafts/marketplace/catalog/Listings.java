package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.catalog.sync.SearchVisibleChange;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.LocalizedText;

import org.springframework.stereotype.Service;

/**
 * The write side of the catalog: a seller's own listings (the officers' decisions are
 * {@link ListingReviews}). Every change is one conditional single-document update that
 * also carries the sync mark ({@link SearchVisibleChange}); the sync is then told which
 * listing changed ({@link ListingWrites}). Seller methods take the seller id from the
 * signed-in account: another seller's listing is simply not found.
 */
@Service
public class Listings {

	public static final String COLLECTION = "listings";

	/** The most photos one listing may have. */
	public static final int MAX_PHOTOS = 8;

	private final ListingWrites writes;

	private final CraftNames crafts;

	private final PhotoStore photoStore;

	private final ListingPhotos photos;

	Listings(ListingWrites writes, CraftNames crafts, PhotoStore photoStore, ListingPhotos photos) {
		this.writes = writes;
		this.crafts = crafts;
		this.photoStore = photoStore;
		this.photos = photos;
	}

	// ------------------------------------------------------------------ reading

	/** The known crafts, by slug, for the craft choice. */
	public Mono<Map<String, LocalizedText>> crafts() {
		return this.crafts.all();
	}

	/** A seller's listings, most recently changed first (removed ones included). */
	public Flux<Listing> mine(String sellerId) {
		return this.writes.collection()
			.flatMapMany((listings) -> listings.find(Filters.eq("sellerId", sellerId))
				.sort(Sorts.descending("updatedAt"))
				.limit(500))
			.map(Listing::of);
	}

	/** One of the seller's listings; {@link ListingRefused} NOT_FOUND when not theirs. */
	public Mono<Listing> mine(String sellerId, String id) {
		return this.writes.find(Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId)))
			.switchIfEmpty(Mono.error(ListingRefused::notFound));
	}

	/** Any listing, for the staff. */
	public Mono<Listing> any(String id) {
		return this.writes.find(Filters.eq("_id", id)).switchIfEmpty(Mono.error(ListingRefused::notFound));
	}

	// ------------------------------------------------------------------ seller writes

	/**
	 * Creates a draft. Nothing is stored when the input has problems
	 * ({@link InvalidListing}).
	 */
	public Mono<Listing> create(String sellerId, ListingInput input) {
		return checked(input).flatMap((details) -> {
			String id = "lst-" + UUID.randomUUID();
			Instant now = this.writes.now();
			Document fields = fields(details).append("sellerId", sellerId)
				.append("status", ListingStatus.DRAFT.name())
				.append("photos", List.of())
				.append("version", 0L)
				.append("createdAt", Date.from(now))
				.append("updatedAt", Date.from(now));
			Bson update = SearchVisibleChange.update(now, setAll(fields, true));
			return this.writes.collection()
				.flatMap((listings) -> Mono
					.from(listings.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(true))))
				.then(this.writes.changed(mine(sellerId, id)));
		});
	}

	/**
	 * Replaces a listing's details, given the version the seller edited. Stock is not
	 * part of the version (buyers' reservations take pieces without one), so a form that
	 * says which stock it showed ({@code stockShown}) changes stock by the difference the
	 * seller typed: pieces reserved meanwhile stay taken. Without it, the typed stock is
	 * written only if stock has not moved since this update read the listing.
	 * @param stockShown the stock the seller's form or client showed, or null
	 * @return the saved listing; {@link ListingRefused} STALE when it changed meanwhile
	 */
	public Mono<Listing> update(String sellerId, String id, long version, ListingInput input, Integer stockShown) {
		return mine(sellerId, id).flatMap((current) -> {
			if (!current.editable()) {
				return Mono.error(new ListingRefused(ListingRefused.Kind.CONFLICT, "listing.refused.removed"));
			}
			if (current.version() != version) {
				return Mono.error(new ListingRefused(ListingRefused.Kind.STALE, "listing.refused.stale"));
			}
			Map<String, List<String>> shownErrors = ListingRules.checkStockShown(stockShown);
			if (!shownErrors.isEmpty()) {
				return Mono.error(new InvalidListing(shownErrors));
			}
			return checked(input).flatMap((details) -> {
				StockChange stock = StockChange.of(details, current.stock(), stockShown);
				boolean available = details.madeToOrder() || stock.resulting() > 0;
				ListingStatus next = current.status();
				if (next == ListingStatus.PUBLISHED && !available) {
					next = ListingStatus.SOLD_OUT;
				}
				else if (next == ListingStatus.SOLD_OUT && available) {
					next = ListingStatus.PUBLISHED;
				}
				Instant now = this.writes.now();
				Document fields = fields(details).append("status", next.name()).append("updatedAt", Date.from(now));
				fields.remove("stock");
				Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId), version(version),
						Filters.eq("status", current.status().name()), stock.condition());
				Bson update = SearchVisibleChange.update(now, setAll(fields, false), stock.update(),
						Updates.inc("version", 1L));
				return this.writes.changed(this.writes.modify(filter, update).map(Listing::of))
					.switchIfEmpty(
							Mono.error(() -> new ListingRefused(ListingRefused.Kind.STALE, "listing.refused.stale")));
			});
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
	 * How an edit changes stock: by the difference from what the seller was shown (never
	 * below zero), or, without that, to the typed number if stock is still what was read.
	 */
	private record StockChange(Bson condition, Bson update, int resulting) {

		static StockChange of(ListingDetails details, int current, Integer shown) {
			if (shown != null && !details.madeToOrder()) {
				// Both are range-checked; exact arithmetic still refuses rather than
				// wraps.
				int delta = Math.subtractExact(details.stock(), shown);
				return new StockChange(atLeast(Math.max(0, Math.negateExact(delta))), Updates.inc("stock", delta),
						Math.max(0, Math.addExact(current, delta)));
			}
			Bson unchanged = (current == 0) ? Filters.or(Filters.eq("stock", 0), Filters.exists("stock", false))
					: Filters.eq("stock", current);
			return new StockChange(unchanged, Updates.set("stock", details.stock()), details.stock());
		}

		/** At least so many pieces (a listing stored without stock has none). */
		private static Bson atLeast(int pieces) {
			return (pieces == 0) ? Filters.or(Filters.gte("stock", 0), Filters.exists("stock", false))
					: Filters.gte("stock", pieces);
		}

	}

	/**
	 * Sends a draft out: straight to PUBLISHED (or SOLD_OUT) when the seller has had a
	 * listing published before, else to an officer (PENDING_REVIEW).
	 */
	public Mono<Listing> submit(String sellerId, String id) {
		Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
				Filters.eq("status", ListingStatus.DRAFT.name()));
		return hasBeenPublished(sellerId).flatMap((trusted) -> {
			Instant now = this.writes.now();
			Mono<Document> moved = trusted ? this.writes.goLive(filter, now, Updates.min("publishedAt", Date.from(now)))
					: this.writes.modify(filter, ListingWrites.move(ListingStatus.PENDING_REVIEW, now));
			return refusedUnless(moved, sellerId, id, "listing.refused.notDraft");
		});
	}

	/** PUBLISHED or SOLD_OUT → PAUSED: hidden from buyers until resumed. */
	public Mono<Listing> pause(String sellerId, String id) {
		Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
				Filters.in("status", ListingWrites.names(ListingStatus.PAUSABLE)));
		return refusedUnless(this.writes.modify(filter, ListingWrites.move(ListingStatus.PAUSED, this.writes.now())),
				sellerId, id, "listing.refused.notLive");
	}

	/** PAUSED → PUBLISHED (or SOLD_OUT when nothing is in stock). */
	public Mono<Listing> resume(String sellerId, String id) {
		Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
				Filters.eq("status", ListingStatus.PAUSED.name()));
		return refusedUnless(this.writes.goLive(filter, this.writes.now()), sellerId, id, "listing.refused.notPaused");
	}

	/** Anything → REMOVED, by the seller. Kept (indexed as removed), never deleted. */
	public Mono<Listing> delete(String sellerId, String id) {
		Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
				Filters.in("status", ListingWrites.names(ListingStatus.DELETABLE)));
		return refusedUnless(this.writes.modify(filter, ListingWrites.move(ListingStatus.REMOVED, this.writes.now())),
				sellerId, id, "listing.refused.removed");
	}

	// ------------------------------------------------------------------ photos

	/**
	 * Checks, re-encodes and stores a photo with its thumbnail, then appends it. At most
	 * {@value #MAX_PHOTOS}; a failed append removes the stored files again.
	 */
	public Mono<Listing> addPhoto(String sellerId, String id, byte[] upload) {
		return mine(sellerId, id).flatMap((listing) -> {
			if (!listing.editable()) {
				return Mono.error(new ListingRefused(ListingRefused.Kind.CONFLICT, "listing.refused.removed"));
			}
			if (listing.photos().size() >= MAX_PHOTOS) {
				return Mono.error(new ListingRefused(ListingRefused.Kind.INVALID, "listing.photo.tooMany"));
			}
			return this.photos.reencode(upload).flatMap((encoded) -> {
				String suffix = UUID.randomUUID().toString().substring(0, 8);
				Listing.Photo photo = new Listing.Photo("photo-" + id + "-" + suffix, "thumb-" + id + "-" + suffix,
						encoded.width(), encoded.height());
				Mono<Void> stored = this.photoStore
					.store(new PhotoStore.NewPhoto(photo.imageId(), "image/jpeg", PhotoStore.Kind.IMAGE, id,
							encoded.image()))
					.then(this.photoStore.store(new PhotoStore.NewPhoto(photo.thumbId(), "image/jpeg",
							PhotoStore.Kind.THUMBNAIL, id, encoded.thumbnail())));
				Instant now = this.writes.now();
				Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
						Filters.ne("status", ListingStatus.REMOVED.name()),
						Filters.exists("photos." + (MAX_PHOTOS - 1), false));
				Bson update = SearchVisibleChange.update(now, Updates.push("photos", photo.document()),
						Updates.set("updatedAt", Date.from(now)));
				return stored.then(this.writes.changed(this.writes.modify(filter, update).map(Listing::of)))
					.switchIfEmpty(Mono.defer(() -> removeFiles(photo)
						.then(Mono.error(new ListingRefused(ListingRefused.Kind.INVALID, "listing.photo.tooMany")))));
			});
		});
	}

	/** Removes one photo and its files. */
	public Mono<Listing> deletePhoto(String sellerId, String id, String photoId) {
		return mine(sellerId, id).flatMap((listing) -> {
			Listing.Photo photo = listing.photos()
				.stream()
				.filter((candidate) -> candidate.imageId().equals(photoId))
				.findFirst()
				.orElse(null);
			if (photo == null) {
				return Mono.error(ListingRefused::notFound);
			}
			Instant now = this.writes.now();
			Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
					Filters.eq("photos.imageId", photoId));
			Bson update = SearchVisibleChange.update(now, Updates.pull("photos", new Document("imageId", photoId)),
					Updates.set("updatedAt", Date.from(now)));
			return this.writes.changed(this.writes.modify(filter, update).map(Listing::of))
				.switchIfEmpty(Mono.error(ListingRefused::notFound))
				.flatMap((changed) -> removeFiles(photo).thenReturn(changed));
		});
	}

	/**
	 * Moves a photo one place earlier ({@code -1}) or later ({@code +1}); the first photo
	 * is the one buyers see on cards. Conditional on the order it was read in.
	 */
	public Mono<Listing> movePhoto(String sellerId, String id, String photoId, int step) {
		return mine(sellerId, id).flatMap((listing) -> {
			List<Listing.Photo> order = new ArrayList<>(listing.photos());
			int from = -1;
			for (int i = 0; i < order.size(); i++) {
				if (order.get(i).imageId().equals(photoId)) {
					from = i;
				}
			}
			if (from < 0) {
				return Mono.error(ListingRefused::notFound);
			}
			int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(step)));
			if (to == from) {
				return Mono.just(listing);
			}
			Listing.Photo moved = order.remove(from);
			order.add(to, moved);
			Instant now = this.writes.now();
			Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("sellerId", sellerId),
					Filters.eq("photos", listing.photos().stream().map(Listing.Photo::document).toList()));
			Bson update = SearchVisibleChange.update(now,
					Updates.set("photos", order.stream().map(Listing.Photo::document).toList()),
					Updates.set("updatedAt", Date.from(now)));
			return this.writes.changed(this.writes.modify(filter, update).map(Listing::of))
				.switchIfEmpty(
						Mono.error(() -> new ListingRefused(ListingRefused.Kind.STALE, "listing.refused.stale")));
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
		Instant now = this.writes.now();
		return this.writes.collection()
			.flatMap((listings) -> Mono
				.from(listings.updateMany(Filters.eq("sellerId", sellerId), SearchVisibleChange.update(now))))
			.map((result) -> result.getModifiedCount())
			// Which listings is not known without reading them again: the sync scans.
			.doOnNext((count) -> this.writes.sync().listingsChanged());
	}

	// ------------------------------------------------------------------ helpers

	private Mono<ListingDetails> checked(ListingInput input) {
		return this.crafts.all().flatMap((known) -> {
			ListingRules.Checked checked = ListingRules.check(input, Set.copyOf(known.keySet()));
			return checked.valid() ? Mono.just(checked.details()) : Mono.error(new InvalidListing(checked.errors()));
		});
	}

	/**
	 * Whether any of the seller's listings was ever published: {@code publishedAt} set,
	 * or live now (demo listings were loaded live, without {@code publishedAt}).
	 */
	private Mono<Boolean> hasBeenPublished(String sellerId) {
		return this.writes.collection()
			.flatMap((listings) -> Mono.from(listings.countDocuments(Filters.and(Filters.eq("sellerId", sellerId),
					Filters.or(Filters.ne("publishedAt", null),
							Filters.in("status", ListingStatus.PUBLISHED.name(), ListingStatus.PAUSED.name(),
									ListingStatus.SOLD_OUT.name()))))))
			.map((count) -> count > 0);
	}

	/** Listings loaded before versions existed (demo data) count as version 0. */
	private static Bson version(long version) {
		return (version == 0) ? Filters.or(Filters.eq("version", 0L), Filters.exists("version", false))
				: Filters.eq("version", version);
	}

	private Mono<Listing> refusedUnless(Mono<Document> moved, String sellerId, String id, String code) {
		return this.writes.changed(moved.map(Listing::of))
			.switchIfEmpty(mine(sellerId, id)
				.flatMap((listing) -> Mono.error(new ListingRefused(ListingRefused.Kind.CONFLICT, code))));
	}

	private Mono<Void> removeFiles(Listing.Photo photo) {
		return this.photoStore.delete(photo.imageId()).then(this.photoStore.delete(photo.thumbId()));
	}

	private static Document fields(ListingDetails details) {
		return new Document("title", localized(details.titleEn(), details.titleHi()))
			.append("description", localized(details.descriptionEn(), details.descriptionHi()))
			.append("craft", details.craft())
			.append("materials", details.materials())
			.append("dimensions", details.dimensions())
			.append("weightGrams", details.weightGrams())
			.append("priceMinor", details.priceMinor())
			.append("currency", "INR")
			.append("stock", details.stock())
			.append("madeToOrder", details.madeToOrder())
			.append("leadTimeDays", details.leadTimeDays())
			.append("giTag", (details.giName() != null)
					? new Document("name", details.giName()).append("authorisedUserNumber", details.giNumber()) : null)
			.append("careNotes", (details.careNotesEn() != null || details.careNotesHi() != null)
					? localized(details.careNotesEn(), details.careNotesHi()) : null);
	}

	private static Document localized(String en, String hi) {
		return new Document("en", en).append("hi", hi);
	}

	private static Bson setAll(Document fields, boolean onInsert) {
		List<Bson> sets = new ArrayList<>();
		fields
			.forEach((name, value) -> sets.add(onInsert ? Updates.setOnInsert(name, value) : Updates.set(name, value)));
		return Updates.combine(sets);
	}

}
