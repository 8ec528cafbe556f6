package ladakh.crafts.marketplace.exhibitions.web;

/** The hidden version field every exhibition form sends back. */
final class VersionField {

	private VersionField() {
	}

	/**
	 * The version read, or -1 (never stored) when the field is missing or not a number.
	 */
	static long read(String field) {
		try {
			return Long.parseLong((field != null) ? field.strip() : "");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** A form posted with only its version. */
	record VersionForm(String version) {

		long read() {
			return VersionField.read(this.version);
		}

	}

}
