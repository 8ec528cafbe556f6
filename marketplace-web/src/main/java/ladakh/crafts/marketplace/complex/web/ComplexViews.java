package ladakh.crafts.marketplace.complex.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.complex.ComplexQueries;
import ladakh.crafts.marketplace.complex.ComplexTerm;
import ladakh.crafts.marketplace.complex.ShopTerm;
import ladakh.crafts.marketplace.shared.IndiaTime;

import org.springframework.web.reactive.result.view.Rendering;

/** Turns the complex's records into what its pages show: names, dates, message keys. */
final class ComplexViews {

	private ComplexViews() {
	}

	/** Adds a model attribute only when it has a value (a model holds no nulls). */
	static Rendering.Builder<?> with(Rendering.Builder<?> page, String name, Object value) {
		return (value != null) ? page.modelAttribute(name, value) : page;
	}

	static String dates(ComplexTerm term, Locale locale) {
		return IndiaTime.day(term.startsOn()).in(locale) + " – " + IndiaTime.day(term.endsOn()).in(locale);
	}

	static List<ShopRow> shops(ComplexQueries.TermShops term, Map<String, String> names, Locale locale) {
		return term.shops().stream().map((shop) -> row(shop, names, locale)).toList();
	}

	static ShopRow row(ShopTerm shop, Map<String, String> names, Locale locale) {
		return new ShopRow(shop.shop(), shop.sellerId(), name(shop.sellerId(), names), href(shop.sellerId()), shop
			.spells()
			.stream()
			.map((spell) -> new ShopRow.SpellRow(name(spell.sellerId(), names), href(spell.sellerId()),
					"complex.grant." + spell.grant().name(), spell.reason(), IndiaTime.moment(spell.at(), locale),
					(spell.ending() != null) ? "complex.ending." + spell.ending().name() : null,
					(spell.endedAt() != null) ? IndiaTime.moment(spell.endedAt(), locale) : null, spell.endReason()))
			.toList());
	}

	static String name(String sellerId, Map<String, String> names) {
		return (sellerId != null) ? names.getOrDefault(sellerId, "—") : null;
	}

	static String href(String sellerId) {
		return (sellerId != null) ? "/sellers/" + sellerId : null;
	}

}
