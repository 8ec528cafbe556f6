package ladakh.crafts.marketplace.catalog.web;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingInput;
import ladakh.crafts.marketplace.shared.LocalizedText;

/** The JSON shapes of the seller's listing API (see docs/api.md). */
final class ListingJson {

	private ListingJson() {
	}

	record Text(String en, String hi) {

		static Text of(LocalizedText text) {
			return (text != null) ? new Text(text.en(), text.hi()) : null;
		}

	}

	record Price(Long amountMinor, String currency) {

	}

	record GiTag(String name, String authorisedUserNumber) {

	}

	/**
	 * A create ({@code POST}) or a full replacement ({@code PUT}, with {@code version};
	 * with {@code stockShown}, the stock the client showed, stock changes by the
	 * difference, so pieces buyers reserved meanwhile stay taken).
	 */
	record Request(Text title, Text description, String craft, List<String> materials, String dimensions,
			Integer weightGrams, Price price, Integer stock, Boolean madeToOrder, Integer leadTimeDays, GiTag giTag,
			Text careNotes, Long version, Integer stockShown, List<String> colours) {

		ListingInput input() {
			return new ListingInput(en(this.title), hi(this.title), en(this.description), hi(this.description),
					this.craft, this.materials, this.dimensions, string(this.weightGrams), null,
					(this.price != null) ? this.price.amountMinor() : null,
					(this.price != null) ? this.price.currency() : null, string(this.stock),
					Boolean.TRUE.equals(this.madeToOrder), string(this.leadTimeDays),
					(this.giTag != null) ? this.giTag.name() : null,
					(this.giTag != null) ? this.giTag.authorisedUserNumber() : null, en(this.careNotes),
					hi(this.careNotes), this.colours);
		}

		private static String en(Text text) {
			return (text != null) ? text.en() : null;
		}

		private static String hi(Text text) {
			return (text != null) ? text.hi() : null;
		}

		private static String string(Integer number) {
			return (number != null) ? number.toString() : null;
		}

	}

	record Photo(String id, String imageUrl, String thumbnailUrl, int width, int height) {

	}

	record Review(String decision, Instant at, String reason) {

	}

	/** A listing as its seller reads it. */
	record Response(String id, String sellerId, String status, String statusReason, Text title, Text description,
			String craft, List<String> materials, String dimensions, Integer weightGrams, Price price, int stock,
			boolean madeToOrder, Integer leadTimeDays, List<Photo> photos, GiTag giTag, Text careNotes, Review review,
			long version, long rev, Instant createdAt, Instant updatedAt, Instant publishedAt, List<String> colours) {

		static Response of(Listing listing) {
			return new Response(listing.id(), listing.sellerId(), listing.status().name(), listing.statusReason(),
					Text.of(listing.title()), Text.of(listing.description()), listing.craft(), listing.materials(),
					listing.dimensions(), listing.weightGrams(),
					new Price(listing.price().minor(), listing.price().currencyCode()), listing.stock(),
					listing.madeToOrder(), listing.leadTimeDays(),
					listing.photos()
						.stream()
						.map((photo) -> new Photo(photo.imageId(), "/media/" + photo.imageId(),
								"/media/" + photo.thumbId(), photo.width(), photo.height()))
						.toList(),
					(listing.giName() != null) ? new GiTag(listing.giName(), listing.giNumber()) : null,
					Text.of(listing.careNotes()),
					(listing.review() != null)
							? new Review(listing.review().decision(), listing.review().at(), listing.review().reason())
							: null,
					listing.version(), listing.rev(), listing.createdAt(), listing.updatedAt(), listing.publishedAt(),
					listing.colours());
		}

	}

}
