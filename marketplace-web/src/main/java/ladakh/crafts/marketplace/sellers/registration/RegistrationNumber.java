package ladakh.crafts.marketplace.sellers.registration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An artisan's registration number, e.g. {@code LEH/HC/2026/0042}: district code, the
 * department ({@code HC} handicraft, {@code HL} handloom), the year of approval and a
 * 4-digit sequence per district and year. See
 * docs/decisions/0012-registration-numbers.md.
 *
 * @param district the district
 * @param department {@code HC} or {@code HL}
 * @param year the year of approval
 * @param sequence 1 to 9999
 */
public record RegistrationNumber(District district, String department, int year, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("(LEH|KGL)/(HC|HL)/(\\d{4})/(\\d{4})");

	public RegistrationNumber {
		if (district == null) {
			throw new IllegalArgumentException("A registration number needs a district");
		}
		if (!"HC".equals(department) && !"HL".equals(department)) {
			throw new IllegalArgumentException("Department must be HC or HL: " + department);
		}
		if (year < 2000 || year > 9999) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		if (sequence < 1 || sequence > 9999) {
			throw new IllegalArgumentException("Sequence out of range: " + sequence);
		}
	}

	/**
	 * Reads a number in its printed form.
	 * @param text e.g. {@code LEH/HC/2026/0042}
	 * @return the number
	 * @throws IllegalArgumentException when the text is not a registration number
	 */
	public static RegistrationNumber parse(String text) {
		Matcher matcher = FORMAT.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a registration number: " + text);
		}
		return new RegistrationNumber(District.ofCode(matcher.group(1)), matcher.group(2),
				Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
	}

	@Override
	public String toString() {
		return "%s/%s/%d/%04d".formatted(this.district.code(), this.department, this.year, this.sequence);
	}

}
