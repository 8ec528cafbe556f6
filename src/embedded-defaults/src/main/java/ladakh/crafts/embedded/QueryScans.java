package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded server's scan report: for every query it runs (finds, counts, the
 * selectors of updates and deletes, an aggregate's leading {@code $match}) the documents
 * it examined and the ones it returned. A test JVM subscribes with a threshold and hears
 * of every query that examined more than that many documents beyond those it returned;
 * with no subscriber nothing is recorded. The server runs in the same JVM as the tests
 * (test mode, see {@link EmbeddedEngines#forTests()}), so a static recorder is enough.
 */
public final class QueryScans {

	private static final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

	private QueryScans() {
	}

	/**
	 * One query that examined more documents than it returned.
	 *
	 * @param namespace database and collection
	 * @param operation find, count, update, delete, findAndModify, distinct or aggregate
	 * @param shape the query with its values replaced by {@code ?}, and the sort
	 * @param examined documents the server read and checked against the query
	 * @param returned documents it returned (after skip and limit) or acted on
	 * @param index the index that served it ({@code _id_} for the {@code _id} lookup), or
	 * {@code null} for the library's own code (a scan, or its exact-key lookup)
	 */
	public record Scan(String namespace, String operation, String shape, long examined, long returned, String index) {

		/** The namespace and shape, as an allow-list names a known scan. */
		public String key() {
			return this.namespace + " " + this.operation + " " + this.shape;
		}

	}

	/**
	 * Hears of every query that examines more than {@code beyond} documents beyond those
	 * it returns, until the subscription is closed.
	 */
	public static Subscription subscribe(long beyond, Consumer<Scan> listener) {
		Subscription subscription = new Subscription(beyond, listener);
		subscriptions.add(subscription);
		return subscription;
	}

	/** A listener's place in the report; closing it stops the reports. */
	public static final class Subscription implements AutoCloseable {

		private final long beyond;

		private final Consumer<Scan> listener;

		private Subscription(long beyond, Consumer<Scan> listener) {
			this.beyond = beyond;
			this.listener = listener;
		}

		@Override
		public void close() {
			subscriptions.remove(this);
		}

	}

	static boolean listening() {
		return !subscriptions.isEmpty();
	}

	static void record(String namespace, String operation, Document query, Document orderBy, long examined,
			long returned, String index) {
		if (subscriptions.isEmpty()) {
			return;
		}
		Scan scan = null;
		for (Subscription subscription : subscriptions) {
			if (examined - returned > subscription.beyond) {
				if (scan == null) {
					scan = new Scan(namespace, operation, shape(query, orderBy), examined, returned, index);
				}
				subscription.listener.accept(scan);
			}
		}
	}

	/** The query's fields and operators, its values as {@code ?}, then the sort. */
	static String shape(Document query, Document orderBy) {
		String shape = toShape(query).toString();
		if (orderBy != null && !orderBy.isEmpty()) {
			shape += " sort " + orderBy;
		}
		return shape;
	}

	private static Object toShape(Object value) {
		if (value instanceof Document document) {
			Document shape = new Document();
			for (Map.Entry<String, Object> field : document.entrySet()) {
				shape.put(field.getKey(), toShape(field.getValue()));
			}
			return shape;
		}
		if (value instanceof Collection<?> values) {
			if (values.stream().anyMatch(Document.class::isInstance)) {
				List<Object> shape = new ArrayList<>();
				values.forEach((element) -> shape.add(toShape(element)));
				return shape;
			}
			return "[?]";
		}
		return "?";
	}

}
