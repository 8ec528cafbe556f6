package ladakh.crafts.catalog.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

/**
 * The sync protocol's write-side half: every update that changes what a listing looks
 * like in search must include these operators, in the same single-document update, so the
 * indexer sees the change ({@code dirty}), knows which version it is ({@code rev}) and
 * can tell how long it has waited ({@code dirtySince}, kept at the first unsynced
 * change).
 */
public final class SearchVisibleChange {

	public static final String REV = "rev";

	public static final String DIRTY = "dirty";

	public static final String DIRTY_SINCE = "dirtySince";

	private SearchVisibleChange() {
	}

	/**
	 * The update operators that mark a listing changed.
	 * @param now the time of the change
	 * @param changes the caller's own operators ({@code $set} of the edited fields, ...)
	 * @return one update combining them with the mark
	 */
	public static Bson update(Instant now, Bson... changes) {
		List<Bson> all = new ArrayList<>(Arrays.asList(changes));
		all.add(Updates.inc(REV, 1L));
		all.add(Updates.set(DIRTY, true));
		all.add(Updates.min(DIRTY_SINCE, Date.from(now)));
		return Updates.combine(all);
	}

}
