package ladakh.crafts.marketplace.shared.charts;

/**
 * The marks' colours, written as attributes: the content security policy allows no inline
 * style, and a fill attribute needs none. Both pass 3:1 against the cream surface (WCAG
 * non-text contrast); the table carries the figures in any case.
 */
final class ChartColours {

	/** Perak turquoise, as {@code --turquoise} in site.css. */
	static final String POSITIVE = "#0f766e";

	/** As {@code --danger} in site.css: a loss or a refund. */
	static final String NEGATIVE = "#b3261e";

	private ChartColours() {
	}

}
