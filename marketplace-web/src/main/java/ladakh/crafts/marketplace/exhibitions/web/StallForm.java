package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;

import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallPlanCsv;

/**
 * One stall as an officer types it: the same fields, words and rules as a row of the
 * stall plan file ({@link StallPlanCsv#stall}), so the form and the upload never differ.
 */
record StallForm(String version, String number, String kind, String size, String fee, String x, String y,
		String reserved) {

	StallForm {
		version = text(version);
		number = text(number).strip();
		kind = text(kind).strip();
		size = text(size).strip();
		fee = text(fee).strip();
		x = text(x).strip();
		y = text(y).strip();
		reserved = text(reserved).strip();
	}

	static StallForm empty(long version) {
		return new StallForm(Long.toString(version), "", "handicraft", "3x3", "", "0", "0", "");
	}

	static StallForm of(Stall stall, long version) {
		List<String> cells = StallPlanCsv.cells(stall);
		return new StallForm(Long.toString(version), cells.get(0), cells.get(1), cells.get(2), cells.get(3),
				cells.get(4), cells.get(5), cells.get(6));
	}

	/**
	 * The stall.
	 * @throws ladakh.crafts.marketplace.shared.Refusal INVALID with a problem per field
	 */
	Stall stall() {
		return StallPlanCsv.stall(this.number, this.kind, this.size, this.fee, this.x, this.y, this.reserved);
	}

	long readVersion() {
		return VersionField.read(this.version);
	}

	/** The same form with the version stored now (after another officer's save). */
	StallForm at(long now) {
		return new StallForm(Long.toString(now), this.number, this.kind, this.size, this.fee, this.x, this.y,
				this.reserved);
	}

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
