package ladakh.crafts.marketplace.training.stock;

import java.util.List;
import java.util.Optional;

import ladakh.crafts.marketplace.shared.Money;

/**
 * An item the register keeps: its code (its words are the message
 * {@code stock.item.<id>}), the unit it is counted in, and what one unit costs the
 * department (the value of a subsidised kit).
 *
 * @param id e.g. {@code raw-wool}
 * @param unit what one unit is
 * @param unitCost what the department pays for one unit
 */
public record StockItem(String id, Unit unit, Money unitCost) {

	/**
	 * The department's catalogue: raw materials the centres use, and the tools,
	 * equipment, looms and machines they are given. A fixed list (items change with the
	 * department's rate contract, not daily); a new item is a line here and its words.
	 */
	public static final List<StockItem> CATALOGUE = List.of(new StockItem("raw-wool", Unit.KG, Money.rupees(450)),
			new StockItem("pashmina-fibre", Unit.KG, Money.rupees(9_000)),
			new StockItem("yarn", Unit.KG, Money.rupees(1_200)), new StockItem("dyes", Unit.KG, Money.rupees(800)),
			new StockItem("wood", Unit.CUBIC_FOOT, Money.rupees(2_500)),
			new StockItem("silver", Unit.GRAM, Money.rupees(95)),
			new StockItem("loom", Unit.PIECE, Money.rupees(24_000)),
			new StockItem("tool-kit", Unit.SET, Money.rupees(6_000)),
			new StockItem("equipment-set", Unit.SET, Money.rupees(10_000)),
			new StockItem("machine", Unit.PIECE, Money.rupees(45_000)));

	/** The units items are counted in. */
	public enum Unit {

		KG, GRAM, CUBIC_FOOT, PIECE, SET

	}

	public static Optional<StockItem> byId(String id) {
		return CATALOGUE.stream().filter((item) -> item.id().equals(id)).findFirst();
	}

}
