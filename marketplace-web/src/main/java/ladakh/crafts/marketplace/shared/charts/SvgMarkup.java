package ladakh.crafts.marketplace.shared.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The small pieces every renderer writes: escaped text and attributes, coordinates, and
 * the root element with its accessible name and description.
 */
final class SvgMarkup {

	static final String NAMESPACE = "http://www.w3.org/2000/svg";

	private SvgMarkup() {
	}

	/**
	 * Text safe in element content and in a quoted attribute. Characters XML 1.0 forbids
	 * (control characters, lone surrogates) are dropped: one of them in a label would
	 * make the whole page's SVG unreadable.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (allowedInXml(c)) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** A coordinate with one decimal, never in exponent form, whatever the locale. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * Opens the root element: scales to its container's width (a 360 px phone included),
	 * named by its title and described by the chart's data table.
	 */
	static StringBuilder open(Chart chart, String kind, int width, int height) {
		StringBuilder svg = new StringBuilder(1024);
		svg.append("<svg xmlns=\"")
			.append(NAMESPACE)
			.append("\" class=\"chart__svg chart__svg--")
			.append(kind)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" focusable=\"false\"")
			.append(" aria-labelledby=\"")
			.append(chart.titleId())
			.append("\" aria-describedby=\"")
			.append(chart.tableId())
			.append("\"><title id=\"")
			.append(chart.titleId())
			.append("\">")
			.append(escape(chart.title()))
			.append("</title>");
		return svg;
	}

	/** The attributes a browser test reads to compare a mark with the table's row. */
	static String data(ChartPoint point) {
		return " data-label=\"" + escape(point.label()) + "\" data-value=\"" + point.value() + "\"";
	}

}
