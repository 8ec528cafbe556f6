/**
 * Server-rendered SVG charts with their numbers in a table (decision 72): a
 * {@link ladakh.crafts.marketplace.shared.charts.Chart} of labelled values, renderers
 * that write it as escaped SVG markup, and {@code templates/fragments/charts.html} that
 * shows the drawing beside its data table. No script, no external reference.
 */
package ladakh.crafts.marketplace.shared.charts;
