package ladakh.crafts.marketplace.training.web;

import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.training.stock.StockItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words the stock pages need beside the catalogue's: an item's unit, and a holder as
 * people know it (the store, a centre by name, a kit's beneficiary), never its id.
 */
@Component("stockUnits")
public class StockUnits {

	private final MessageSource messages;

	private final Labels labels;

	StockUnits(MessageSource messages, Labels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/** The unit's code of a catalogue item, empty for an unknown one. */
	public String of(String itemId) {
		return StockItem.byId(itemId).map((item) -> item.unit().name()).orElse("");
	}

	/** The holder's name among {@code names} (store and centres), or what it is. */
	public String holder(String id, Map<String, String> names, Locale locale) {
		if (id == null) {
			return this.messages.getMessage("stock.holder.none", null, locale);
		}
		String name = names.get(id);
		if (name != null) {
			return id.equals(ladakh.crafts.marketplace.training.stock.StockMovement.STORE) ? name
					: this.labels.centreName(name, locale);
		}
		String key = id.startsWith("trn-") ? "stock.holder.beneficiary" : "stock.holder.other";
		return this.messages.getMessage(key, null, locale);
	}

}
