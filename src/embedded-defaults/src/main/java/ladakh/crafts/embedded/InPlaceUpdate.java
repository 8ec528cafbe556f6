package ladakh.crafts.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntConsumer;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The simplest updates, done in place: {@code $set} of strings and booleans and
 * {@code $unset}, of top-level fields no index covers, on documents found by
 * {@link IdLookup}, without an upsert. The sync's dirty clear ({@code {$set: {dirty:
 * false}, $unset: {dirtySince: ''}}}) is one, run for every listing it indexes.
 * <p>
 * mongo-java-server runs every update through one general path that copies the whole
 * document twice, encodes the old and the new document to BSON to count the collection's
 * size, and checks the document against the whole query once more; for these updates that
 * was most of the in-process server's time in the sync. Here the fields are set or
 * removed, the size changes by the fields' own BSON sizes, and the answer ({@code n},
 * {@code nModified}, the oplog entry) is the one the general path gives, which
 * {@code IdLookupTests} checks against the plain server, collection statistics included.
 * Anything else returns {@code null} and takes the general path.
 */
final class InPlaceUpdate {

	private static final String SET = "$set";

	private static final String UNSET = "$unset";

	private InPlaceUpdate() {
	}

	/**
	 * What a collection lends this update (its protected methods, as method references).
	 *
	 * @param document the document at a position
	 * @param matches whether a document matches a query (the server's own matcher)
	 * @param changed the document at the position was changed in place (a file store
	 * writes it)
	 * @param sizeChanged the collection's data size changed by so many bytes
	 */
	record Store<P>(Function<P, Document> document, BiPredicate<Document, Document> matches,
			BiConsumer<P, Document> changed, IntConsumer sizeChanged) {

	}

	/**
	 * @return the answer ({@code n}, {@code nModified}), or {@code null} when this update
	 * is not one of those done here
	 */
	static <P> Document apply(Document selector, Document update, boolean isMulti, boolean isUpsert, Oplog oplog,
			IdLookup.Lookup<P> lookup, List<Index<P>> indexes, String idField, String namespace, Store<P> store) {
		if (isUpsert || lookup == null || !simple(update, indexes, idField)) {
			return null;
		}
		Document sets = (Document) update.getOrDefault(SET, new Document());
		Document unsets = (Document) update.getOrDefault(UNSET, new Document());
		List<P> matched = new ArrayList<>();
		List<Document> documents = new ArrayList<>();
		for (P position : lookup.positions()) {
			Document document = store.document().apply(position);
			if (document != null && store.matches().test(document, lookup.rest())) {
				for (String field : unsets.keySet()) {
					if (document.containsKey(field) && bsonSize(field, document.get(field)) < 0) {
						return null; // a value whose size only an encoding tells
					}
				}
				matched.add(position);
				documents.add(document);
				if (!isMulti) {
					break;
				}
			}
		}
		List<Object> modified = new ArrayList<>();
		for (int i = 0; i < matched.size(); i++) {
			Document document = documents.get(i);
			int delta = 0;
			boolean changed = false;
			for (Map.Entry<String, Object> set : sets.entrySet()) {
				String field = set.getKey();
				boolean present = document.containsKey(field);
				Object old = document.get(field);
				if (!present || !Objects.equals(old, set.getValue())) {
					if (present) {
						int oldSize = bsonSize(field, old);
						if (oldSize < 0) {
							return null; // not reached: only on the first document
						}
						delta -= oldSize;
					}
					delta += bsonSize(field, set.getValue());
					document.put(field, set.getValue());
					changed = true;
				}
			}
			for (String field : unsets.keySet()) {
				if (document.containsKey(field)) {
					delta -= bsonSize(field, document.remove(field));
					changed = true;
				}
			}
			if (changed) {
				store.changed().accept(matched.get(i), document);
				store.sizeChanged().accept(delta);
				modified.add(document.get(idField));
			}
		}
		oplog.handleUpdate(namespace, selector, update, modified);
		Document answer = new Document();
		answer.put("n", matched.size());
		answer.put("nModified", modified.size());
		return answer;
	}

	/**
	 * Only {@code $set} (strings and booleans, whose equality the server's and Java's
	 * agree on) and {@code $unset}, of top-level fields that are neither {@code _id} nor
	 * under any index.
	 */
	private static <P> boolean simple(Document update, List<Index<P>> indexes, String idField) {
		if (update.isEmpty()) {
			return false;
		}
		for (String operator : update.keySet()) {
			if (!(SET.equals(operator) || UNSET.equals(operator)) || !(update.get(operator) instanceof Document fields)
					|| fields.isEmpty()) {
				return false;
			}
			for (Map.Entry<String, Object> field : fields.entrySet()) {
				String name = field.getKey();
				if (name.isEmpty() || name.startsWith("$") || name.contains(".") || name.equals(idField)
						|| indexed(name, indexes)) {
					return false;
				}
				if (SET.equals(operator)
						&& !(field.getValue() instanceof String || field.getValue() instanceof Boolean)) {
					return false;
				}
			}
		}
		Document sets = (Document) update.getOrDefault(SET, new Document());
		Document unsets = (Document) update.getOrDefault(UNSET, new Document());
		return sets.keySet().stream().noneMatch(unsets::containsKey);
	}

	private static <P> boolean indexed(String field, List<Index<P>> indexes) {
		for (Index<P> index : indexes) {
			for (IndexKey key : index.getKeys()) {
				String path = key.getKey();
				if (path.equals(field) || path.startsWith(field + ".")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The size of one element in a BSON document: type byte, name, terminator, value; -1
	 * for values not sized here.
	 */
	static int bsonSize(String field, Object value) {
		int header = 1 + field.getBytes(StandardCharsets.UTF_8).length + 1;
		if (value == null) {
			return header;
		}
		if (value instanceof String text) {
			return header + 4 + text.getBytes(StandardCharsets.UTF_8).length + 1;
		}
		if (value instanceof Boolean) {
			return header + 1;
		}
		if (value instanceof Integer) {
			return header + 4;
		}
		if (value instanceof Long || value instanceof Double || value instanceof Date || value instanceof Instant) {
			return header + 8;
		}
		return -1;
	}

}
