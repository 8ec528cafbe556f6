package ladakh.crafts.marketplace.shared.charts;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragment {@code fragments/charts :: chart} rendered by a template engine set up as
 * the application's (templates from the class path, the application's messages), without
 * starting the application.
 */
class ChartFragmentTests {

	private static final String PAGE = "<div th:replace=\"~{fragments/charts :: chart(${rendered})}\"></div>";

	private final SpringTemplateEngine engine = engine();

	@Test
	void theTableBesideTheDrawingHoldsTheSameLabelsAndValues() {
		Chart chart = new Chart("craft-sales", "Sales by craft <2025-26>", "Craft", "Sales", ValueFormat.PAISE,
				List.of(new ChartPoint("Wood <carving> & paint", 1_070_000_000L), new ChartPoint("पश्मीना", 0),
						new ChartPoint("Refunds", -5_000)));

		SvgDocument figure = render(RenderedChart.bars(chart), Locale.ENGLISH);

		Element svg = figure.all("svg").get(0);
		Element table = figure.all("table").get(0);
		assertThat(table.getAttribute("id")).isEqualTo(svg.getAttribute("aria-describedby"));
		assertThat(figure.all("caption").get(0).getTextContent()).isEqualTo("Sales by craft <2025-26>");
		assertThat(figure.all("th")).extracting(Element::getTextContent)
			.containsExactly("Craft", "Sales", "Wood <carving> & paint", "पश्मीना", "Refunds");
		List<Element> cells = figure.all("td");
		assertThat(cells).extracting((cell) -> cell.getAttribute("data-value"))
			.containsExactlyElementsOf(figure.withClass("rect", "chart__bar")
				.stream()
				.map((bar) -> bar.getAttribute("data-value"))
				.toList());
		assertThat(cells).extracting(Element::getTextContent).containsExactly("₹1,07,00,000", "₹0", "-₹50");
		assertThat(figure.all("p")).isEmpty();
	}

	@Test
	void anEmptyChartSaysSoInTheReadersLanguage() {
		Chart chart = new Chart("sales", "बिक्री", "शिल्प", "बिक्री", ValueFormat.COUNT, List.of());

		SvgDocument figure = render(RenderedChart.columns(chart), Locale.forLanguageTag("hi"));

		assertThat(figure.withClass("p", "empty-state")).extracting(Element::getTextContent)
			.containsExactly("अभी दिखाने के लिए कोई आँकड़े नहीं हैं।");
		assertThat(figure.all("tr")).hasSize(1);
	}

	private SvgDocument render(RenderedChart rendered, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("rendered", rendered);
		// Parsed as XML: the fragment's output must be well-formed for the SVG inside it.
		return SvgDocument.parse(this.engine.process(PAGE, context).strip());
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		templates.setCheckExistence(true);
		templates.setOrder(1);
		StringTemplateResolver page = new StringTemplateResolver();
		page.setTemplateMode(TemplateMode.HTML);
		page.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(templates);
		engine.addTemplateResolver(page);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
