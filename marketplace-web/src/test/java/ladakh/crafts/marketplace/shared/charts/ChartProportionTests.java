package ladakh.crafts.marketplace.shared.charts;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Over generated series (negative, zero and positive values, up to a crore of rupees in
 * paise and beyond): every mark's length is its value's share of the drawn range, and
 * every mark names the value it was drawn from.
 */
class ChartProportionTests {

	/** Coordinates are written with one decimal. */
	private static final double ROUNDING = 0.051;

	@Property(tries = 200)
	void aBarsLengthIsProportionalToItsValue(@ForAll @Size(min = 1,
			max = 20) List<@LongRange(min = -10_000_000_000_000L, max = 10_000_000_000_000L) Long> values) {
		Chart chart = chartOf(values);
		List<Element> bars = SvgDocument.parse(HorizontalBarChart.render(chart)).withClass("rect", "chart__bar");

		assertThat(bars).hasSameSizeAs(values);
		for (int i = 0; i < values.size(); i++) {
			double expected = Math.abs(values.get(i)) / span(values) * HorizontalBarChart.PLOT_LENGTH;
			assertThat(SvgDocument.number(bars.get(i), "width")).isCloseTo(expected, offset(ROUNDING));
			assertThat(bars.get(i).getAttribute("data-value")).isEqualTo(values.get(i).toString());
		}
	}

	@Property(tries = 200)
	void aColumnsHeightIsProportionalToItsValueAndItStandsOnZero(@ForAll @Size(min = 1,
			max = 12) List<@LongRange(min = -1_000_000_000L, max = 1_000_000_000L) Long> values) {
		Chart chart = chartOf(values);
		SvgDocument svg = SvgDocument.parse(ColumnChart.render(chart));
		List<Element> columns = svg.withClass("rect", "chart__bar");
		double zero = SvgDocument.number(svg.withClass("line", "chart__zero").get(0), "y1");

		for (int i = 0; i < values.size(); i++) {
			long value = values.get(i);
			Element column = columns.get(i);
			double height = SvgDocument.number(column, "height");
			assertThat(height).isCloseTo(Math.abs(value) / span(values) * ColumnChart.PLOT_HEIGHT, offset(ROUNDING));
			// A positive column ends at the zero line, a negative one hangs from it.
			double touchingZero = (value < 0) ? SvgDocument.number(column, "y")
					: SvgDocument.number(column, "y") + height;
			assertThat(touchingZero).isCloseTo(zero, offset(2 * ROUNDING));
			assertThat(column.getAttribute("data-value")).isEqualTo(Long.toString(value));
		}
	}

	@Property(tries = 200)
	void aSparklinesDotsRiseWithTheirValues(
			@ForAll @Size(min = 1, max = 24) List<@LongRange(min = -1_000_000L, max = 1_000_000L) Long> values) {
		List<Element> dots = SvgDocument.parse(Sparkline.render(chartOf(values))).withClass("circle", "chart__dot");
		double lowest = Math.min(0, values.stream().mapToLong(Long::longValue).min().orElse(0));
		double drawnHeight = Sparkline.HEIGHT - 2 * Sparkline.PADDING;

		for (int i = 0; i < values.size(); i++) {
			double expected = Sparkline.HEIGHT - Sparkline.PADDING
					- (values.get(i) - lowest) / span(values) * drawnHeight;
			assertThat(SvgDocument.number(dots.get(i), "cy")).isCloseTo(expected, offset(ROUNDING));
			assertThat(SvgDocument.number(dots.get(i), "cy")).isBetween(0.0, (double) Sparkline.HEIGHT);
		}
	}

	/** The drawn range: zero to the extremes, one when every value is zero. */
	private static double span(List<Long> values) {
		double highest = Math.max(0, values.stream().mapToLong(Long::longValue).max().orElse(0));
		double lowest = Math.min(0, values.stream().mapToLong(Long::longValue).min().orElse(0));
		return (highest > lowest) ? highest - lowest : 1;
	}

	private static Chart chartOf(List<Long> values) {
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			points.add(new ChartPoint("Craft " + (i + 1), values.get(i)));
		}
		return new Chart("generated", "Generated", "Craft", "Value", ValueFormat.PAISE, points);
	}

}
