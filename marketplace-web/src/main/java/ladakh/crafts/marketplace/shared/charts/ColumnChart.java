package ladakh.crafts.marketplace.shared.charts;

import static ladakh.crafts.marketplace.shared.charts.SvgMarkup.escape;
import static ladakh.crafts.marketplace.shared.charts.SvgMarkup.number;

/**
 * Columns side by side, made for the twelve months of a financial year (see
 * {@link FinancialYearMonths}): labels are turned so that Hindi month names fit under a
 * column on a phone, and only the highest value is written on the drawing (the table
 * beside it has every figure).
 */
public final class ColumnChart {

	static final int WIDTH = 360;

	static final int HEIGHT = 240;

	static final int PADDING = 8;

	/** Room above the plot for the highest value. */
	static final int PLOT_TOP = 28;

	static final double PLOT_HEIGHT = 150;

	static final double PLOT_BOTTOM = PLOT_TOP + PLOT_HEIGHT;

	/**
	 * The turned labels reach down and to the left of their column: room for the first
	 * one's.
	 */
	static final int PLOT_LEFT = 32;

	private static final double PLOT_WIDTH = WIDTH - PLOT_LEFT - PADDING;

	/** A column's share of its slot; the rest is the gap to the next. */
	private static final double COLUMN_SHARE = 0.6;

	private ColumnChart() {
	}

	public static String render(Chart chart) {
		StringBuilder svg = SvgMarkup.open(chart, "columns", WIDTH, HEIGHT);
		// Drawn upwards: a higher value lies nearer the top.
		ValueScale scale = new ValueScale(chart, PLOT_BOTTOM, -PLOT_HEIGHT);
		highestValue(svg, chart, scale);
		int count = chart.points().size();
		double slot = PLOT_WIDTH / Math.max(1, count);
		for (int i = 0; i < count; i++) {
			column(svg, chart.points().get(i), scale, PLOT_LEFT + i * slot, slot);
		}
		String zero = number(scale.zero());
		svg.append("<line class=\"chart__zero\" x1=\"")
			.append(PLOT_LEFT)
			.append("\" x2=\"")
			.append(WIDTH - PADDING)
			.append("\" y1=\"")
			.append(zero)
			.append("\" y2=\"")
			.append(zero)
			.append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
		return svg.append("</svg>").toString();
	}

	private static void highestValue(StringBuilder svg, Chart chart, ValueScale scale) {
		if (chart.highest() <= 0) {
			return;
		}
		String top = number(scale.position(chart.highest()));
		svg.append("<line class=\"chart__grid\" x1=\"")
			.append(PLOT_LEFT)
			.append("\" x2=\"")
			.append(WIDTH - PADDING)
			.append("\" y1=\"")
			.append(top)
			.append("\" y2=\"")
			.append(top)
			.append("\" stroke=\"currentColor\" stroke-width=\"0.5\" stroke-dasharray=\"4 3\"/>")
			.append("<text class=\"chart__value\" x=\"")
			.append(PADDING)
			.append("\" y=\"")
			.append(PLOT_TOP - 8)
			.append("\" font-size=\"13\" fill=\"currentColor\">")
			.append(escape(chart.formatted(chart.highest())))
			.append("</text>");
	}

	private static void column(StringBuilder svg, ChartPoint point, ValueScale scale, double slotStart, double slot) {
		double centre = slotStart + slot / 2;
		double width = slot * COLUMN_SHARE;
		String labelX = number(centre);
		String labelY = number(PLOT_BOTTOM + 14);
		svg.append("<g class=\"chart__column\"><rect class=\"chart__bar")
			.append((point.value() < 0) ? " chart__bar--negative" : "")
			.append("\" x=\"")
			.append(number(centre - width / 2))
			.append("\" y=\"")
			.append(number(scale.from(point.value())))
			.append("\" width=\"")
			.append(number(width))
			.append("\" height=\"")
			.append(number(scale.extent(point.value())))
			.append("\" fill=\"")
			.append((point.value() < 0) ? ChartColours.NEGATIVE : ChartColours.POSITIVE)
			.append('"')
			.append(SvgMarkup.data(point))
			.append("/><text class=\"chart__label\" x=\"")
			.append(labelX)
			.append("\" y=\"")
			.append(labelY)
			.append("\" font-size=\"12\" text-anchor=\"end\" fill=\"currentColor\" transform=\"rotate(-45 ")
			.append(labelX)
			.append(' ')
			.append(labelY)
			.append(")\">")
			.append(escape(point.label()))
			.append("</text></g>");
	}

}
