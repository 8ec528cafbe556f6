package ladakh.crafts.demo;

/**
 * The two districts of the Union Territory of Ladakh.
 */
public enum District {

	LEH("LEH"), KARGIL("KGL");

	private final String code;

	District(String code) {
		this.code = code;
	}

	/**
	 * The district's prefix in registration numbers ({@code LEH/HC/2024/0042}).
	 * @return the prefix
	 */
	public String code() {
		return this.code;
	}

}
