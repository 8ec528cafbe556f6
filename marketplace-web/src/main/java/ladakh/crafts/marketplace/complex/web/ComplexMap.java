package ladakh.crafts.marketplace.complex.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.complex.ComplexShops;

/**
 * The complex drawn as SVG: block A above block B, each two rows of five shops, so the
 * plan stays legible on a 360 px phone. A held shop names its seller (shortened to fit;
 * the full name is its label) and links to the seller's page.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param blocks the blocks' labels and where they go
 * @param shops the shops in plan order
 */
record ComplexMap(int width, int height, List<BlockLabel> blocks, List<MapShop> shops) {

	static final int MARGIN = 8;

	static final int W = 62;

	static final int H = 46;

	static final int GAP = 4;

	static final int PER_ROW = 5;

	static final int LABEL = 18;

	/** Letters of a name that fit in a shop. */
	static final int FITS = 10;

	static ComplexMap of(List<ShopRow> held) {
		List<MapShop> shops = new ArrayList<>();
		List<BlockLabel> blocks = new ArrayList<>();
		int y = MARGIN;
		for (String block : ComplexShops.BLOCKS) {
			blocks.add(new BlockLabel(block, MARGIN, y + 12));
			y += LABEL;
			for (int i = 0; i < ComplexShops.PER_BLOCK; i++) {
				String number = block + (i + 1);
				int x = MARGIN + (i % PER_ROW) * (W + GAP);
				int top = y + (i / PER_ROW) * (H + GAP);
				ShopRow row = held.stream().filter((r) -> r.shop().equals(number)).findFirst().orElse(null);
				String name = (row != null) ? row.name() : null;
				shops.add(new MapShop(number, x, top, name,
						(name != null && name.length() > FITS) ? name.substring(0, FITS - 1) + "…" : name,
						(row != null) ? row.href() : null));
			}
			y += 2 * (H + GAP) + GAP;
		}
		return new ComplexMap(2 * MARGIN + PER_ROW * W + (PER_ROW - 1) * GAP, y + MARGIN, blocks, shops);
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * A block's label.
	 *
	 * @param block A or B
	 * @param x left
	 * @param y baseline
	 */
	record BlockLabel(String block, int x, int y) {
	}

	/**
	 * A shop on the plan.
	 *
	 * @param number e.g. A3
	 * @param x left
	 * @param y top
	 * @param seller the holder's name, or null when vacant
	 * @param shortName the name as it fits
	 * @param href the holder's page, or null
	 */
	record MapShop(String number, int x, int y, String seller, String shortName, String href) {

		public int width() {
			return W;
		}

		public int height() {
			return H;
		}

		public int textX() {
			return this.x + 4;
		}

		public int numberY() {
			return this.y + 16;
		}

		public int sellerY() {
			return this.y + 34;
		}

	}

}
