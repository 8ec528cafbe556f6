package ladakh.crafts.marketplace.sellers.registration;

/**
 * Marks from a practical test, 0 to 10 per criterion.
 *
 * @param technique command of the craft's technique
 * @param finish quality of finish
 * @param design design and motif
 * @param speed working speed
 */
public record Marks(int technique, int finish, int design, int speed) {

	public static final int MAX = 10;

	public Marks {
		for (int mark : new int[] { technique, finish, design, speed }) {
			if (mark < 0 || mark > MAX) {
				throw new IllegalArgumentException("Marks are 0 to 10, not " + mark);
			}
		}
	}

	public int total() {
		return this.technique + this.finish + this.design + this.speed;
	}

	int lowest() {
		return Math.min(Math.min(this.technique, this.finish), Math.min(this.design, this.speed));
	}

}
