package ladakh.crafts.marketplace.shared.charts;

import java.util.function.Function;

/**
 * A chart with its drawing, for {@code fragments/charts :: chart(rendered)}: the fragment
 * writes the SVG unescaped and the data table from the chart's points, so the two cannot
 * show different figures. Only the renderers make one (no public constructor): the
 * fragment may trust its SVG because the renderers escaped it.
 */
public final class RenderedChart {

	private final Chart chart;

	private final String svg;

	private RenderedChart(Chart chart, String svg) {
		this.chart = chart;
		this.svg = svg;
	}

	public static RenderedChart bars(Chart chart) {
		return of(chart, HorizontalBarChart::render);
	}

	public static RenderedChart columns(Chart chart) {
		return of(chart, ColumnChart::render);
	}

	public static RenderedChart sparkline(Chart chart) {
		return of(chart, Sparkline::render);
	}

	private static RenderedChart of(Chart chart, Function<Chart, String> renderer) {
		return new RenderedChart(chart, renderer.apply(chart));
	}

	public Chart chart() {
		return this.chart;
	}

	/** The escaped SVG markup, safe for {@code th:utext}. */
	public String svg() {
		return this.svg;
	}

}
