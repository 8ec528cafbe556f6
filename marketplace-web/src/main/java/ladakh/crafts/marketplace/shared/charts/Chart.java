package ladakh.crafts.marketplace.shared.charts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chart's content: its title, the headings of its data table and its labelled values,
 * all already in the reader's language. The id names the drawing's title and its table
 * ({@code <id>-title}, {@code <id>-table}), so it must be unique on its page.
 */
public record Chart(String id, String title, String labelHeading, String valueHeading, ValueFormat format,
		List<ChartPoint> points) {

	/** Safe in an id attribute and in an IDREF list without escaping. */
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	public Chart {
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A chart id is lower-case letters, digits and '-': " + id);
		}
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(labelHeading, "labelHeading");
		Objects.requireNonNull(valueHeading, "valueHeading");
		Objects.requireNonNull(format, "format");
		points = List.copyOf(points);
	}

	public String titleId() {
		return this.id + "-title";
	}

	public String tableId() {
		return this.id + "-table";
	}

	public boolean isEmpty() {
		return this.points.isEmpty();
	}

	/** A value as the drawing and the table write it. */
	public String formatted(long value) {
		return this.format.format(value);
	}

	/** A point's value as the drawing and the table write it (for the template). */
	public String formatted(ChartPoint point) {
		return formatted(point.value());
	}

	/** The largest value, and never less than zero: bars grow from zero. */
	long highest() {
		return this.points.stream().mapToLong(ChartPoint::value).reduce(0, Math::max);
	}

	/** The smallest value, and never more than zero. */
	long lowest() {
		return this.points.stream().mapToLong(ChartPoint::value).reduce(0, Math::min);
	}

}
