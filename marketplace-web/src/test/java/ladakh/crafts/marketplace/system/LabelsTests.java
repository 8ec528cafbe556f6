package ladakh.crafts.marketplace.system;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.orders.ShippingRules;
import ladakh.crafts.marketplace.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes, places, states and centre names as people read them, in English and in Hindi,
 * from the application's own messages.
 */
class LabelsTests {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Labels labels = new Labels(messages());

	@Test
	void schemesAndDistrictsAreWordsInBothLanguages() {
		assertThat(this.labels.scheme("DISTRICT_PLAN", Locale.ENGLISH)).isEqualTo("District plan");
		assertThat(this.labels.scheme("DISTRICT_PLAN", HINDI)).isEqualTo("ज़िला योजना");
		assertThat(this.labels.district("LEH", Locale.ENGLISH)).isEqualTo("Leh");
		assertThat(this.labels.district("KARGIL", HINDI)).isEqualTo("कारगिल");
		assertThat(this.labels.scheme("NEW_SCHEME_X", Locale.ENGLISH)).as("an unknown code, made readable")
			.isEqualTo("New scheme x");
	}

	@Test
	void everyStateAndUnionTerritoryHasAHindiName() {
		for (String state : ShippingRules.STATES) {
			assertThat(this.labels.state(state, Locale.ENGLISH)).isEqualTo(state);
			assertThat(this.labels.state(state, HINDI)).as(state).isNotEqualTo(state).matches(".*[\\u0900-\\u097F].*");
		}
		assertThat(this.labels.state("Ladakh", HINDI)).isEqualTo("लद्दाख");
	}

	@Test
	void placesAndCentreNamesAreSaidInHindi() {
		assertThat(this.labels.place("Stok", HINDI)).isEqualTo("स्तोक");
		assertThat(this.labels.place("Somewhere New", HINDI)).as("a place without a Hindi name, as stored")
			.isEqualTo("Somewhere New");
		assertThat(this.labels.centreName("Handicraft Training Centre, Stok", HINDI))
			.isEqualTo("हस्तशिल्प प्रशिक्षण केंद्र, स्तोक");
		assertThat(this.labels.centreName("Carpet Weaving Centre, Choglamsar", HINDI))
			.isEqualTo("कालीन बुनाई केंद्र, चोगलमसर");
		assertThat(this.labels.centreName("Handicraft Training Centre, Stok", Locale.ENGLISH))
			.isEqualTo("Handicraft Training Centre, Stok");
		assertThat(this.labels.centreName("Matrix Training Centre", HINDI)).isEqualTo("Matrix Training Centre");
	}

	@Test
	void craftsAndDaysAreReadable() {
		Map<String, LocalizedText> crafts = Map.of("thangka-painting",
				new LocalizedText("Thangka painting", "थांका चित्रकला"));
		assertThat(this.labels.craft(crafts, "thangka-painting", HINDI)).isEqualTo("थांका चित्रकला");
		assertThat(this.labels.craft(crafts, "wood-carving", Locale.ENGLISH)).isEqualTo("Wood carving");
		assertThat(this.labels.day(LocalDate.of(2026, 12, 6), Locale.ENGLISH)).isEqualTo("6 Dec 2026");
		assertThat(this.labels.day("2026-12-06", Locale.ENGLISH)).isEqualTo("6 Dec 2026");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
