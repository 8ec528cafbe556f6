package ladakh.crafts.marketplace.shared.charts;

import java.util.Objects;

/**
 * One labelled value of a chart: a craft and its sales, a month and its revenue. The
 * label is already in the reader's language; the value is a count or an amount of paise,
 * as the chart's {@link ValueFormat} says.
 */
public record ChartPoint(String label, long value) {

	public ChartPoint {
		Objects.requireNonNull(label, "label");
		if (label.isBlank()) {
			throw new IllegalArgumentException("A chart point needs a label");
		}
	}

}
