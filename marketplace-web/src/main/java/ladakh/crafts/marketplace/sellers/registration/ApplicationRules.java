package ladakh.crafts.marketplace.sellers.registration;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;

/**
 * Checks a filled-in application field by field, so that every problem is shown beside
 * its field at once. Knows nothing of storage: the crafts and centres that exist are
 * passed in.
 */
final class ApplicationRules {

	static final int MINIMUM_AGE = 14;

	static final int MAX_TEXT = 120;

	static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "OTHER");

	private ApplicationRules() {
	}

	static Checked check(ApplicationDraft draft, LocalDate today, Set<String> knownCrafts, Set<String> knownCentres) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = text(draft.name(), "name", problems);
		String parentage = text(draft.parentage(), "parentage", problems);
		LocalDate dateOfBirth = dateOfBirth(draft.dateOfBirth(), today, problems);
		String gender = blank(draft.gender()) ? null : draft.gender().strip();
		if (gender == null || !GENDERS.contains(gender)) {
			problems.add(new FieldProblem("gender", "registration.error.gender"));
		}
		MobileNumber mobile = mobile(draft.mobile(), problems);
		District district = district(draft.district(), problems);
		String block = text(draft.block(), "block", problems);
		String village = text(draft.village(), "village", problems);
		PinCode pinCode = pinCode(draft.pinCode(), problems);
		List<String> crafts = List.copyOf(new LinkedHashSet<>(draft.crafts()));
		if (crafts.isEmpty()) {
			problems.add(new FieldProblem("crafts", "registration.error.crafts"));
		}
		else if (!knownCrafts.containsAll(crafts)) {
			problems.add(new FieldProblem("crafts", "registration.error.craftUnknown"));
		}
		Integer years = yearsOfPractice(draft.yearsOfPractice(), dateOfBirth, today, problems);
		String centre = blank(draft.trainingCentreId()) ? null : draft.trainingCentreId().strip();
		if (centre != null && !knownCentres.contains(centre)) {
			problems.add(new FieldProblem("trainingCentreId", "registration.error.centreUnknown"));
		}
		String batch = blank(draft.batchId()) ? null : draft.batchId().strip();
		if (batch != null && batch.length() > MAX_TEXT) {
			problems.add(new FieldProblem("batchId", "registration.error.tooLong", MAX_TEXT));
		}
		if (!draft.consent()) {
			problems.add(new FieldProblem("consent", "registration.error.consent"));
		}
		if (draft.photo() == null || (!draft.photo().tooLarge() && draft.photo().bytes().length == 0)) {
			problems.add(new FieldProblem("photo", "registration.error.photoMissing"));
		}
		else if (draft.photo().tooLarge()) {
			problems.add(new FieldProblem("photo", "registration.error.photoTooLarge"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new Applicant(name, parentage, dateOfBirth, gender, mobile, district, block, village,
				pinCode, crafts, years, centre, batch, null, draft.consentText()), List.of());
	}

	private static String text(String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "registration.error.required"));
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "registration.error.tooLong", MAX_TEXT));
		}
		return stripped;
	}

	private static LocalDate dateOfBirth(String value, LocalDate today, List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem("dateOfBirth", "registration.error.required"));
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("dateOfBirth", "registration.error.date"));
			return null;
		}
		if (date.isAfter(today)) {
			problems.add(new FieldProblem("dateOfBirth", "registration.error.dateOfBirthFuture"));
			return null;
		}
		if (Period.between(date, today).getYears() < MINIMUM_AGE) {
			problems.add(new FieldProblem("dateOfBirth", "registration.error.tooYoung", MINIMUM_AGE));
			return null;
		}
		if (Period.between(date, today).getYears() > 120) {
			problems.add(new FieldProblem("dateOfBirth", "registration.error.date"));
			return null;
		}
		return date;
	}

	private static MobileNumber mobile(String value, List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem("mobile", "registration.error.required"));
			return null;
		}
		try {
			return MobileNumber.parse(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("mobile", "registration.error.mobile"));
			return null;
		}
	}

	private static District district(String value, List<FieldProblem> problems) {
		try {
			return District.valueOf((value != null) ? value.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("district", "registration.error.district"));
			return null;
		}
	}

	private static PinCode pinCode(String value, List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem("pinCode", "registration.error.required"));
			return null;
		}
		try {
			return PinCode.inLadakh(value.strip());
		}
		catch (PinCode.OutsideLadakh ex) {
			problems.add(new FieldProblem("pinCode", "registration.error.pinOutsideLadakh"));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("pinCode", "registration.error.pin"));
		}
		return null;
	}

	private static Integer yearsOfPractice(String value, LocalDate dateOfBirth, LocalDate today,
			List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem("yearsOfPractice", "registration.error.required"));
			return null;
		}
		int years;
		try {
			years = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("yearsOfPractice", "registration.error.years"));
			return null;
		}
		int age = (dateOfBirth != null) ? Period.between(dateOfBirth, today).getYears() : 120;
		if (years < 0 || years > age) {
			problems.add(new FieldProblem("yearsOfPractice", "registration.error.years"));
			return null;
		}
		return years;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The outcome of the checks.
	 *
	 * @param applicant the valid applicant, or null when there are problems
	 * @param problems what is wrong, field by field
	 */
	record Checked(Applicant applicant, List<FieldProblem> problems) {

	}

}
