package ladakh.crafts.marketplace.shared.charts;

import static ladakh.crafts.marketplace.shared.charts.SvgMarkup.escape;
import static ladakh.crafts.marketplace.shared.charts.SvgMarkup.number;

/**
 * Bars that grow sideways, one row per point: the label on its own line above the bar, so
 * a long craft or centre name gets the whole width of a phone, and the value at the right
 * end of the bar's line. Negative values grow left from a zero line.
 */
public final class HorizontalBarChart {

	static final int WIDTH = 360;

	static final int PADDING = 8;

	/** Room at the right for the largest written value ({@code ₹12,34,56,789}). */
	static final int VALUE_ROOM = 100;

	/** Where zero to the highest value is drawn. */
	static final double PLOT_START = PADDING;

	static final double PLOT_LENGTH = WIDTH - 2 * PADDING - VALUE_ROOM;

	private static final int ROW_HEIGHT = 44;

	private static final int BAR_HEIGHT = 14;

	private HorizontalBarChart() {
	}

	public static String render(Chart chart) {
		int height = 2 * PADDING + Math.max(1, chart.points().size()) * ROW_HEIGHT;
		StringBuilder svg = SvgMarkup.open(chart, "bars", WIDTH, height);
		ValueScale scale = new ValueScale(chart, PLOT_START, PLOT_LENGTH);
		int top = PADDING;
		for (ChartPoint point : chart.points()) {
			row(svg, chart, scale, point, top);
			top += ROW_HEIGHT;
		}
		if (chart.lowest() < 0) {
			String zero = number(scale.zero());
			svg.append("<line class=\"chart__zero\" x1=\"")
				.append(zero)
				.append("\" x2=\"")
				.append(zero)
				.append("\" y1=\"")
				.append(PADDING)
				.append("\" y2=\"")
				.append(height - PADDING)
				.append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static void row(StringBuilder svg, Chart chart, ValueScale scale, ChartPoint point, int top) {
		int labelBaseline = top + 16;
		int barTop = top + 22;
		svg.append("<g class=\"chart__row\">")
			.append("<text class=\"chart__label\" x=\"")
			.append(PADDING)
			.append("\" y=\"")
			.append(labelBaseline)
			.append("\" font-size=\"14\" fill=\"currentColor\">")
			.append(escape(point.label()))
			.append("</text>")
			.append("<rect class=\"chart__bar")
			.append((point.value() < 0) ? " chart__bar--negative" : "")
			.append("\" x=\"")
			.append(number(scale.from(point.value())))
			.append("\" y=\"")
			.append(barTop)
			.append("\" width=\"")
			.append(number(scale.extent(point.value())))
			.append("\" height=\"")
			.append(BAR_HEIGHT)
			.append("\" fill=\"")
			.append((point.value() < 0) ? ChartColours.NEGATIVE : ChartColours.POSITIVE)
			.append('"')
			.append(SvgMarkup.data(point))
			.append("/>")
			.append("<text class=\"chart__value\" x=\"")
			.append(WIDTH - PADDING)
			.append("\" y=\"")
			.append(barTop + BAR_HEIGHT - 2)
			.append("\" font-size=\"13\" text-anchor=\"end\" fill=\"currentColor\">")
			.append(escape(chart.formatted(point)))
			.append("</text></g>");
	}

}
