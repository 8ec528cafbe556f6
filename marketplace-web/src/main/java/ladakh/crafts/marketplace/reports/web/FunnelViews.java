package ladakh.crafts.marketplace.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.charts.Chart;
import ladakh.crafts.marketplace.shared.charts.ChartPoint;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the kept funnel into words and draws its stages. */
@Component
class FunnelViews {

	static final List<String> STAGES = List.of("enrolled", "completed", "registered", "listed", "sold", "earning");

	private final CraftNames crafts;

	private final Labels labels;

	private final MessageSource messages;

	FunnelViews(CraftNames crafts, Labels labels, MessageSource messages) {
		this.crafts = crafts;
		this.labels = labels;
		this.messages = messages;
	}

	Mono<FunnelView> of(FunnelSnapshot snapshot, FunnelSnapshot.By by, String fy, Locale locale) {
		return this.crafts.all().map((craftNames) -> view(snapshot, by, fy, craftNames, locale));
	}

	private FunnelView view(FunnelSnapshot snapshot, FunnelSnapshot.By by, String fy,
			Map<String, LocalizedText> craftNames, Locale locale) {
		FunnelSnapshot.Stages total = snapshot.total(fy);
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < STAGES.size(); i++) {
			points.add(new ChartPoint(text("funnel.stage." + STAGES.get(i), locale), total.counts().get(i)));
		}
		String title = text("funnel.chart", locale,
				(fy != null) ? text("reports.fy", locale, fy) : text("funnel.allYears", locale));
		RenderedChart chart = RenderedChart.bars(new Chart("funnel-stages", title, text("funnel.stage", locale),
				text("funnel.people", locale), ValueFormat.COUNT, points));
		List<FunnelView.Group> groups = new ArrayList<>();
		for (FunnelSnapshot.Group group : snapshot.grouped(by, fy)) {
			groups.add(new FunnelView.Group(group.key(), label(by, group, craftNames, locale),
					(by == FunnelSnapshot.By.CENTRE) ? group.key() : null, group.stages()));
		}
		return new FunnelView(by, fy, snapshot.years(), this.labels.moment(snapshot.builtAt(), locale),
				Money.paise(snapshot.earningMinor()).format(), total, chart, groups);
	}

	/** These crafts' names in the reader's language, by slug. */
	Mono<Map<String, String>> craftNames(java.util.Collection<String> slugs, Locale locale) {
		return this.crafts.all().map((names) -> {
			Map<String, String> labelled = new java.util.HashMap<>();
			slugs.stream()
				.filter(java.util.Objects::nonNull)
				.forEach((slug) -> labelled.put(slug, this.labels.craft(names, slug, locale)));
			return labelled;
		});
	}

	String label(FunnelSnapshot.By by, FunnelSnapshot.Group group, Map<String, LocalizedText> craftNames,
			Locale locale) {
		String key = group.key();
		if (key == null || "null".equals(key)) {
			return text("reports.notRecorded", locale);
		}
		return switch (by) {
			case CENTRE -> this.labels.centreName(group.centreName(), locale);
			case BATCH -> key + " · " + this.labels.centreName(group.centreName(), locale);
			case CRAFT -> this.labels.craft(craftNames, key, locale);
			case DISTRICT -> this.labels.district(key, locale);
			case SCHEME -> this.labels.scheme(key, locale);
			case YEAR -> key;
		};
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
