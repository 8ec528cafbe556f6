package ladakh.crafts.embedded;

import java.time.Instant;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * How a {@link SecondaryIndex} orders key values: which values it takes at all (those the
 * server's sort and matcher agree on), their order as the server sorts them, and the
 * edges and type bounds its probes use to walk a range.
 */
final class IndexValues {

	private IndexValues() {
	}

	/**
	 * Values whose equality and order this index, the server's sort ({@code
	 * ValueComparator}) and its matcher agree on. Numbers: longs within 2^53 and doubles
	 * whose fraction does not meet the server's long comparison (at or beyond 2^31).
	 */
	static boolean isPlain(Object value) {
		if (value instanceof Double number) {
			return !number.isNaN() && !number.isInfinite()
					&& (Math.abs(number) < 2_147_483_648d || number == Math.rint(number))
					&& Math.abs(number) <= 9.007199254740992E15;
		}
		if (value instanceof Long number) {
			return Math.abs(number) <= (1L << 53);
		}
		return value instanceof String || value instanceof Integer || value instanceof Boolean
				|| value instanceof Instant || value instanceof ObjectId || value instanceof UUID;
	}

	/** The order of plain types in the server's sort (null and missing first). */
	static int typeOrder(Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof Number) {
			return 1;
		}
		if (value instanceof String) {
			return 2;
		}
		if (value instanceof UUID) {
			return 3;
		}
		if (value instanceof ObjectId) {
			return 4;
		}
		if (value instanceof Boolean) {
			return 5;
		}
		if (value instanceof Instant) {
			return 6;
		}
		throw new IllegalArgumentException("not a plain value: " + value.getClass());
	}

	/** One key's values in tree order: its declared direction, with edges and bounds. */
	static int compareValues(Object a, Object b, int direction) {
		if (a instanceof Edge edge) {
			return (b instanceof Edge other) ? Integer.compare(edge.ordinal(), other.ordinal()) : edge.sign();
		}
		if (b instanceof Edge edge) {
			return -edge.sign();
		}
		return direction * valueOrder(a, b);
	}

	/** Ascending value order, as the server's sort, with type bounds. */
	static int valueOrder(Object a, Object b) {
		if (a instanceof TypeBound bound) {
			return (b instanceof TypeBound other) ? Integer.compare(bound.rank(), other.rank()) : bound.against(b);
		}
		if (b instanceof TypeBound bound) {
			return -bound.against(a);
		}
		return ValueComparator.asc().compare(a, b);
	}

	/** Before or after every entry, whatever the key's direction. */
	enum Edge {

		MIN, MAX;

		int sign() {
			return (this == MIN) ? -1 : 1;
		}

	}

	/** Just before ({@code side} -1) or just after (+1) every value of one type. */
	record TypeBound(int type, int side) {

		int rank() {
			return this.type * 4 + this.side;
		}

		int against(Object value) {
			int other = typeOrder(value);
			return (other == this.type) ? this.side : Integer.compare(this.type, other);
		}

	}

}
