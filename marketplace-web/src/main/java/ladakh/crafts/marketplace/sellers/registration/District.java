package ladakh.crafts.marketplace.sellers.registration;

/**
 * The two districts of Ladakh, with the code used in registration numbers.
 */
public enum District {

	LEH("LEH"), KARGIL("KGL");

	private final String code;

	District(String code) {
		this.code = code;
	}

	/** The code in registration numbers: {@code LEH} or {@code KGL}. */
	public String code() {
		return this.code;
	}

	static District ofCode(String code) {
		for (District district : values()) {
			if (district.code.equals(code)) {
				return district;
			}
		}
		throw new IllegalArgumentException("No district with code " + code);
	}

}
