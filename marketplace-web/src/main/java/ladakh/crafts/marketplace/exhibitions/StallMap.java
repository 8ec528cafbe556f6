package ladakh.crafts.marketplace.exhibitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stall plan drawn as SVG coordinates: two units per decimetre with a margin, each
 * stall with its number and, when allocated, its seller and the seller's page.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param stalls the stalls, in plan order
 */
public record StallMap(int width, int height, List<MapStall> stalls) {

	static final int SCALE = 2;

	static final int MARGIN = 8;

	public static StallMap of(StallPlan plan, Map<String, ExhibitionCalendar.Participant> holders) {
		int width = 0;
		int height = 0;
		List<MapStall> stalls = new ArrayList<>();
		for (Stall stall : plan.stalls()) {
			int x = MARGIN + stall.xDm() * SCALE;
			int y = MARGIN + stall.yDm() * SCALE;
			int w = stall.widthDm() * SCALE;
			int h = stall.depthDm() * SCALE;
			width = Math.max(width, x + w + MARGIN);
			height = Math.max(height, y + h + MARGIN);
			ExhibitionCalendar.Participant holder = holders.get(stall.number());
			stalls.add(new MapStall(stall.number(), stall.kind(), x, y, w, h, (holder != null) ? holder.name() : null,
					(holder != null) ? holder.href() : null));
		}
		return new StallMap(width, height, stalls);
	}

	public boolean isEmpty() {
		return this.stalls.isEmpty();
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * A stall on the map.
	 *
	 * @param number the stall number
	 * @param kind what it is for
	 * @param x left
	 * @param y top
	 * @param width width
	 * @param height height
	 * @param seller the seller's name, or null when not allocated
	 * @param href the seller's page, or null
	 */
	public record MapStall(String number, StallKind kind, int x, int y, int width, int height, String seller,
			String href) {

		public int textX() {
			return this.x + 4;
		}

		public int numberY() {
			return this.y + 14;
		}

		public int sellerY() {
			return this.y + 28;
		}

	}

}
