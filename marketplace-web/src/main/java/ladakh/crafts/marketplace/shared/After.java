package ladakh.crafts.marketplace.shared;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Where the next page of a list starts (keyset paging): the sort key and the id of the
 * last item shown, written {@code <key>,<id>} in a {@code ?after=} parameter (a time as
 * epoch milliseconds, a name as it is). A list is read from an index on (its equality
 * fields, the sort key, {@code _id}), so a page costs the same however deep it is
 * (docs/decisions/0046-indexes-per-query.md).
 */
public record After(String key, String id) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@+-]{1,100}");

	/** The position in a request parameter, or null when absent or not one of ours. */
	public static After parse(String text) {
		if (text == null || text.length() > 300) {
			return null;
		}
		int comma = text.lastIndexOf(',');
		if (comma < 0 || !ID.matcher(text.substring(comma + 1)).matches()) {
			return null;
		}
		return new After(text.substring(0, comma), text.substring(comma + 1));
	}

	public static After of(Instant at, String id) {
		return (at != null && id != null) ? new After(Long.toString(at.toEpochMilli()), id) : null;
	}

	public static After of(String key, String id) {
		return (key != null && id != null) ? new After(key, id) : null;
	}

	/** The key read as a time, or null when it is not one. */
	public Instant at() {
		try {
			return Instant.ofEpochMilli(Long.parseLong(this.key));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return this.key + "," + this.id;
	}

}
