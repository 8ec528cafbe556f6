package ladakh.crafts.marketplace.shared;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Where the next page of a list starts (keyset paging): the sort key and the id of the
 * last item shown, written {@code <epoch millis>,<id>} in a {@code ?after=} parameter. A
 * list is read from an index on (its equality fields, the sort key, {@code _id}), so a
 * page costs the same however deep it is (docs/decisions/0046-indexes-per-query.md).
 */
public record After(Instant at, String id) {

	private static final Pattern TEXT = Pattern.compile("(-?\\d{1,15}),([A-Za-z0-9._:@+-]{1,100})");

	/** The position in a request parameter, or null when absent or not one of ours. */
	public static After parse(String text) {
		if (text == null) {
			return null;
		}
		var matcher = TEXT.matcher(text.strip());
		return matcher.matches() ? new After(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))), matcher.group(2))
				: null;
	}

	public static After of(Instant at, String id) {
		return (at != null && id != null) ? new After(at, id) : null;
	}

	@Override
	public String toString() {
		return this.at.toEpochMilli() + "," + this.id;
	}

}
