package ladakh.crafts.marketplace.catalog;

/**
 * A listing action that cannot be done; the web edge turns the kind into a status and the
 * code into a message.
 */
public class ListingRefused extends RuntimeException {

	private final Kind kind;

	private final String code;

	public ListingRefused(Kind kind, String code) {
		super(code);
		this.kind = kind;
		this.code = code;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The message code, e.g. {@code listing.refused.stale}. */
	public String code() {
		return this.code;
	}

	static ListingRefused notFound() {
		return new ListingRefused(Kind.NOT_FOUND, "listing.refused.notFound");
	}

	/**
	 * Why: not there (or not yours), in the wrong state, stale, bad input, or the photo
	 * decoder was busy (try again shortly).
	 */
	public enum Kind {

		NOT_FOUND, CONFLICT, STALE, INVALID, BUSY

	}

}
