package ladakh.crafts.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/** What the memory and the H2 backends' subclasses do alike. */
final class Backends {

	private Backends() {
	}

	static boolean isIdIndex(List<IndexKey> keys) {
		return keys.size() == 1 && "_id".equals(keys.get(0).getKey());
	}

	/** An aggregate whose first stage is a {@code $match} reads through the indexes. */
	static Document handleCommand(String command, Document query, Supplier<Document> library) {
		if ("aggregate".equalsIgnoreCase(command) && query.get(command) instanceof String collection) {
			Document match = ServedQueries.leadingMatch(query);
			if (match != null) {
				return ServedQueries.aggregate(collection, match, library);
			}
		}
		return library.get();
	}

	/** Before a collection adds an index: a declared index learns its natural order. */
	static <P> void prepare(Index<P> index, Comparator<P> naturalOrder) {
		if (index instanceof SecondaryIndex<P> secondary) {
			secondary.useNaturalOrder(naturalOrder);
		}
	}

	/**
	 * After a collection added an index: a declared index reads every document (when
	 * created, and when a store file is opened; the {@code _id} index only when first
	 * asked for an order). An index that was already there under that name is left as it
	 * is.
	 */
	static <P> void rebuild(Index<P> index, List<Index<P>> indexes,
			Supplier<Stream<DocumentWithPosition<P>>> documents) {
		if (index instanceof SecondaryIndex<P> secondary && secondary.kept()
				&& indexes.stream().anyMatch((added) -> added == index)) {
			secondary.rebuild(documents.get());
		}
	}

	/** A document at this position is being removed: declared indexes forget it. */
	static <P> void removed(List<Index<P>> indexes, P position) {
		for (Index<P> index : indexes) {
			if (index instanceof SecondaryIndex<P> secondary) {
				secondary.removePosition(position);
			}
		}
	}

}
