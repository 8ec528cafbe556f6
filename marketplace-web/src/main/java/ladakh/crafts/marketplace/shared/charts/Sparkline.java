package ladakh.crafts.marketplace.shared.charts;

import static ladakh.crafts.marketplace.shared.charts.SvgMarkup.number;

/**
 * A small line of a trend for a KPI tile: no labels or axes (the table beside it has the
 * figures), a dot on every point. Zero lies inside the drawing as for the bars, so a
 * small change does not look like a large one.
 */
public final class Sparkline {

	static final int WIDTH = 120;

	static final int HEIGHT = 32;

	static final int PADDING = 3;

	private Sparkline() {
	}

	public static String render(Chart chart) {
		StringBuilder svg = SvgMarkup.open(chart, "sparkline", WIDTH, HEIGHT);
		ValueScale scale = new ValueScale(chart, HEIGHT - PADDING, -(HEIGHT - 2 * PADDING));
		int count = chart.points().size();
		StringBuilder line = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (int i = 0; i < count; i++) {
			ChartPoint point = chart.points().get(i);
			String x = number(x(i, count));
			String y = number(scale.position(point.value()));
			line.append((i > 0) ? " " : "").append(x).append(',').append(y);
			dots.append("<circle class=\"chart__dot\" cx=\"")
				.append(x)
				.append("\" cy=\"")
				.append(y)
				.append("\" r=\"2\" fill=\"currentColor\"")
				.append(SvgMarkup.data(point))
				.append("/>");
		}
		if (count > 1) {
			svg.append("<polyline class=\"chart__line\" points=\"")
				.append(line)
				.append("\" fill=\"none\" stroke=\"")
				.append(ChartColours.POSITIVE)
				.append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>");
		}
		return svg.append(dots).append("</svg>").toString();
	}

	/** Points spread over the width; a single one in the middle. */
	static double x(int index, int count) {
		if (count < 2) {
			return WIDTH / 2.0;
		}
		return PADDING + index * (WIDTH - 2.0 * PADDING) / (count - 1);
	}

}
