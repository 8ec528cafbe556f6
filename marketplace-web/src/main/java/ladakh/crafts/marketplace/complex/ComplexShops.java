package ladakh.crafts.marketplace.complex;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.shared.Money;

/**
 * The artisan complex in Leh: two blocks, A and B, of ten shops each (A1–A10, B1–B10),
 * the 20 shops the department gives on rotation to artisans, unit holders and SHGs. The
 * shops are fixed by the building, so they are a constant rather than a plan an officer
 * edits.
 */
public final class ComplexShops {

	public static final List<String> BLOCKS = List.of("A", "B");

	public static final int PER_BLOCK = 10;

	/** The shops in plan order: A1..A10, then B1..B10. */
	public static final List<String> NUMBERS = numbers();

	private ComplexShops() {
	}

	public static boolean exists(String number) {
		return number != null && NUMBERS.contains(number);
	}

	/**
	 * The shops as the allocation policy's stalls: one kind, no reserved category, no fee
	 * (the rotation is what is shared, not a price), so the policy's rank alone decides.
	 */
	static List<Stall> asStalls() {
		List<Stall> stalls = new ArrayList<>();
		for (int i = 0; i < NUMBERS.size(); i++) {
			stalls.add(new Stall(NUMBERS.get(i), StallKind.HANDICRAFT, 30, 30, Money.ZERO, (i % PER_BLOCK) * 30,
					(i / PER_BLOCK) * 30, null));
		}
		return List.copyOf(stalls);
	}

	private static List<String> numbers() {
		List<String> numbers = new ArrayList<>();
		for (String block : BLOCKS) {
			for (int i = 1; i <= PER_BLOCK; i++) {
				numbers.add(block + i);
			}
		}
		return List.copyOf(numbers);
	}

}
