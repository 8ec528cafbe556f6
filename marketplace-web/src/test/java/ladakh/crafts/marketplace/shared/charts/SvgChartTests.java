package ladakh.crafts.marketplace.shared.charts;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class SvgChartTests {

	private static final List<Function<Chart, String>> RENDERERS = List.of(HorizontalBarChart::render,
			ColumnChart::render, Sparkline::render);

	@Test
	void everyRendererWritesAnAccessibleSelfContainedDrawingThatScalesToItsContainer() {
		Chart chart = chart(new ChartPoint("Pashmina", 4_200), new ChartPoint("Thangka", 1_300));
		for (Function<Chart, String> renderer : RENDERERS) {
			String markup = renderer.apply(chart);
			Element svg = SvgDocument.parse(markup).root();

			assertThat(svg.getLocalName()).isEqualTo("svg");
			assertThat(svg.getNamespaceURI()).isEqualTo(SvgMarkup.NAMESPACE);
			assertThat(svg.getAttribute("role")).isEqualTo("img");
			assertThat(svg.getAttribute("width")).isEqualTo("100%");
			assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
			assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("sales-title");
			assertThat(svg.getAttribute("aria-describedby")).isEqualTo("sales-table");
			Element title = (Element) svg.getFirstChild();
			assertThat(title.getLocalName()).isEqualTo("title");
			assertThat(title.getAttribute("id")).isEqualTo("sales-title");
			assertThat(title.getTextContent()).isEqualTo("Sales by craft");
			// Nothing the content security policy or an offline phone would have to
			// fetch.
			assertThat(markup.replace(SvgMarkup.NAMESPACE, "")).doesNotContain("http", "href", "<script", "style=",
					"<image", "<foreignObject");
		}
	}

	@Test
	void everyBarCarriesItsLabelAndValueForTheBrowserTestToCompareWithTheTable() {
		Chart chart = chart(new ChartPoint("Pashmina", 10_700_000), new ChartPoint("Carpets", 0),
				new ChartPoint("Refunds", -25_000));
		for (Function<Chart, String> renderer : RENDERERS) {
			List<Element> marks = marks(SvgDocument.parse(renderer.apply(chart)));

			assertThat(marks).extracting((mark) -> mark.getAttribute("data-label"))
				.containsExactly("Pashmina", "Carpets", "Refunds");
			assertThat(marks).extracting((mark) -> mark.getAttribute("data-value"))
				.containsExactly("10700000", "0", "-25000");
		}
	}

	@Test
	void labelsAndTitlesWithMarkupCharactersAndDevanagariAreEscapedAndSurvive() {
		String[] labels = { "Wood <carving> & \"paint\"", "पश्मीना शॉल", "Leh's centre </svg><script>x</script>" };
		Chart chart = new Chart("escaped", "Sales < & > \"quoted\" — बिक्री", "Craft", "Sales", ValueFormat.COUNT,
				List.of(new ChartPoint(labels[0], 3), new ChartPoint(labels[1], 2), new ChartPoint(labels[2], 1)));
		for (Function<Chart, String> renderer : RENDERERS) {
			SvgDocument svg = SvgDocument.parse(renderer.apply(chart));

			assertThat(svg.all("title").get(0).getTextContent()).isEqualTo("Sales < & > \"quoted\" — बिक्री");
			assertThat(marks(svg)).extracting((mark) -> mark.getAttribute("data-label")).containsExactly(labels);
			assertThat(svg.all("script")).isEmpty();
		}
		assertThat(SvgDocument.parse(HorizontalBarChart.render(chart)).withClass("text", "chart__label"))
			.extracting(Element::getTextContent)
			.containsExactly(labels);
	}

	@Test
	void charactersXmlForbidsAreDroppedSoTheDrawingStaysReadable() {
		Chart chart = chart(new ChartPoint("Bell\u0007 metal\uD800", 5));

		SvgDocument svg = SvgDocument.parse(HorizontalBarChart.render(chart));

		assertThat(marks(svg).get(0).getAttribute("data-label")).isEqualTo("Bell metal");
	}

	@Test
	void barsWriteTheirValuesInTheChartsFormat() {
		Chart rupees = new Chart("sales", "Sales", "Craft", "Sales", ValueFormat.PAISE,
				List.of(new ChartPoint("Pashmina", 1_070_000_000L), new ChartPoint("Refunds", -5_000)));

		List<Element> values = SvgDocument.parse(HorizontalBarChart.render(rupees)).withClass("text", "chart__value");

		assertThat(values).extracting(Element::getTextContent).containsExactly("₹1,07,00,000", "-₹50");
	}

	@Test
	void anAllZeroChartDrawsBarsOfNoLengthAndNoNotANumber() {
		Chart zeros = chart(new ChartPoint("Apr", 0), new ChartPoint("May", 0));
		for (Function<Chart, String> renderer : RENDERERS) {
			String markup = renderer.apply(zeros);

			assertThat(markup).doesNotContain("NaN", "Infinity");
			SvgDocument.parse(markup);
		}
		assertThat(SvgDocument.parse(HorizontalBarChart.render(zeros)).withClass("rect", "chart__bar"))
			.allSatisfy((bar) -> assertThat(SvgDocument.number(bar, "width")).isZero());
		assertThat(SvgDocument.parse(ColumnChart.render(zeros)).withClass("rect", "chart__bar"))
			.allSatisfy((bar) -> assertThat(SvgDocument.number(bar, "height")).isZero());
	}

	@Test
	void anEmptyChartIsStillAWellFormedNamedDrawing() {
		Chart empty = chart();
		for (Function<Chart, String> renderer : RENDERERS) {
			SvgDocument svg = SvgDocument.parse(renderer.apply(empty));

			assertThat(marks(svg)).isEmpty();
			assertThat(svg.all("title")).hasSize(1);
		}
	}

	@Test
	void aNegativeBarEndsAtTheZeroLineAndAPositiveOneStartsThere() {
		SvgDocument svg = SvgDocument
			.parse(HorizontalBarChart.render(chart(new ChartPoint("Sales", 300), new ChartPoint("Refunds", -100))));
		double zero = SvgDocument.number(svg.withClass("line", "chart__zero").get(0), "x1");
		Element sales = svg.withClass("rect", "chart__bar").get(0);
		Element refunds = svg.withClass("rect", "chart__bar--negative").get(0);

		assertThat(SvgDocument.number(sales, "x")).isEqualTo(zero);
		assertThat(SvgDocument.number(refunds, "x") + SvgDocument.number(refunds, "width")).isCloseTo(zero,
				offset(0.1));
		assertThat(SvgDocument.number(sales, "width")).isCloseTo(3 * SvgDocument.number(refunds, "width"), offset(0.2));
	}

	@ParameterizedTest(name = "{0} stays a number")
	@ValueSource(longs = { Long.MAX_VALUE, Long.MIN_VALUE })
	void theLargestValuesALongHoldsStillDrawFiniteMarks(long extreme) {
		Chart chart = chart(new ChartPoint("Extreme", extreme), new ChartPoint("Other", -extreme / 2));
		for (Function<Chart, String> renderer : RENDERERS) {
			String markup = renderer.apply(chart);

			SvgDocument svg = SvgDocument.parse(markup);

			assertThat(markup).doesNotContain("NaN", "Infinity");
			assertThat(svg.all("rect"))
				.flatExtracting((rect) -> List.of(rect.getAttribute("x"), rect.getAttribute("y"),
						rect.getAttribute("width"), rect.getAttribute("height")))
				.allSatisfy((coordinate) -> assertThat(coordinate).matches("-?\\d+(\\.\\d)?"));
		}
	}

	@Test
	void aSparklineOfOnePointDrawsADotInTheMiddleAndNoLine() {
		SvgDocument svg = SvgDocument.parse(Sparkline.render(chart(new ChartPoint("2025-26", 12))));

		assertThat(svg.all("polyline")).isEmpty();
		assertThat(SvgDocument.number(svg.all("circle").get(0), "cx")).isEqualTo(Sparkline.WIDTH / 2.0);
	}

	@ParameterizedTest(name = "\"{0}\" is refused as a chart id")
	@ValueSource(strings = { "", "Sales", "sales table", "1sales", "a\"b" })
	void aChartIdMustBeSafeInAnIdAttribute(String id) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Chart(id, "Sales", "Craft", "Sales", ValueFormat.COUNT, List.of()));
	}

	@Test
	void aPointNeedsALabel() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChartPoint(" ", 1));
	}

	static Chart chart(ChartPoint... points) {
		return new Chart("sales", "Sales by craft", "Craft", "Sales", ValueFormat.COUNT, List.of(points));
	}

	/** The marks that carry values: bars and columns, or a sparkline's dots. */
	static List<Element> marks(SvgDocument svg) {
		List<Element> bars = svg.withClass("rect", "chart__bar");
		return bars.isEmpty() ? svg.withClass("circle", "chart__dot") : bars;
	}

}
