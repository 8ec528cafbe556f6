package ladakh.crafts.marketplace.favourites;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * A listing or a maker a buyer keeps. One per buyer, kind and target: its id is derived
 * from the three, so saving it twice keeps one.
 *
 * @param id made of buyer, kind and target ({@link #idOf})
 * @param buyerId whose
 * @param kind a listing or a maker
 * @param targetId the listing's or the seller's id
 * @param name the listing's title or the maker's name when it was saved
 * @param savedAt when
 */
public record Favourite(String id, String buyerId, Kind kind, String targetId, LocalizedText name, Instant savedAt) {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

	/** What a buyer keeps. */
	public enum Kind {

		LISTING, MAKER

	}

	static Favourite of(String buyerId, Kind kind, String targetId, LocalizedText name, Instant now) {
		return new Favourite(idOf(buyerId, kind, targetId), buyerId, kind, targetId, name, now);
	}

	/**
	 * The same id for the same buyer, kind and target, short enough for a page's ?after=.
	 */
	static String idOf(String buyerId, Kind kind, String targetId) {
		return "fav-" + UUID
			.nameUUIDFromBytes((buyerId + "|" + kind.name() + "|" + targetId).getBytes(StandardCharsets.UTF_8));
	}

	/** Where the favourite is seen: its product page or the maker's shop. */
	public String url() {
		return pageOf(this.kind, this.targetId);
	}

	/**
	 * The product page or the maker's shop of this id, or the favourites page when the id
	 * is not one of ours (so a redirect built from it stays on our pages).
	 */
	public static String pageOf(Kind kind, String targetId) {
		if (targetId == null || !SAFE_ID.matcher(targetId).matches()) {
			return "/favourites";
		}
		return ((kind == Kind.LISTING) ? "/listings/" : "/sellers/") + targetId;
	}

	/** Where its Remove button posts. */
	public String removeUrl() {
		return ((this.kind == Kind.LISTING) ? "/favourites/listings/" : "/favourites/makers/") + this.targetId
				+ "/remove";
	}

}
