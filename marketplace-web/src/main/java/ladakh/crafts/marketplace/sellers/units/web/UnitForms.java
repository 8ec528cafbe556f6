package ladakh.crafts.marketplace.sellers.units.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CooperativeDetails;
import ladakh.crafts.marketplace.sellers.units.NewCooperative;
import ladakh.crafts.marketplace.sellers.units.NewUnitHolder;

/**
 * The two registration forms as typed, with the checks of form the service does not make
 * (the records' checks are the service's).
 */
final class UnitForms {

	/** An artisan's registration number as printed, e.g. {@code LEH/HC/2024/0042}. */
	static final String ARTISAN_NUMBER = "(LEH|KGL)/(HC|HL)/\\d{4}/\\d{4}";

	private UnitForms() {
	}

	/** The unit holder form. */
	record UnitHolderForm(String name, String district, String block, String village, String crafts,
			String ownerRegistration, String establishedOn, String kitScheme) {

		UnitHolderForm {
			name = text(name);
			district = text(district);
			block = text(block);
			village = text(village);
			crafts = text(crafts);
			ownerRegistration = text(ownerRegistration).toUpperCase(Locale.ROOT);
			establishedOn = text(establishedOn);
			kitScheme = text(kitScheme);
		}

		static UnitHolderForm empty() {
			return new UnitHolderForm("", "LEH", "", "", "", "", "", "");
		}

		Map<String, List<String>> problems(LocalDate today) {
			Map<String, List<String>> problems = place(this.name, this.district, this.village, this.crafts);
			if (!this.ownerRegistration.matches(ARTISAN_NUMBER)) {
				problems.put("ownerRegistration", List.of("units.form.ownerRegistration.error"));
			}
			LocalDate on = date(this.establishedOn);
			if (on == null || on.isAfter(today) || on.getYear() < 1950) {
				problems.put("establishedOn", List.of("units.form.establishedOn.error"));
			}
			if (this.kitScheme.length() > 120) {
				problems.put("kitScheme", List.of("units.form.kitScheme.error"));
			}
			return problems;
		}

		NewUnitHolder toNew() {
			return new NewUnitHolder(this.name.strip(), this.district, this.block, this.village.strip(),
					list(this.crafts), this.ownerRegistration, date(this.establishedOn),
					this.kitScheme.isBlank() ? null : this.kitScheme.strip());
		}

	}

	/**
	 * The co-operative form; members one a line, "name" or "name, artisan registration
	 * number".
	 */
	record CooperativeForm(String name, String district, String block, String village, String crafts,
			String actRegistration, String registeredOn, String handloomWeavers, String members) {

		CooperativeForm {
			name = text(name);
			district = text(district);
			block = text(block);
			village = text(village);
			crafts = text(crafts);
			actRegistration = text(actRegistration).strip().toUpperCase(Locale.ROOT);
			registeredOn = text(registeredOn);
			handloomWeavers = text(handloomWeavers);
			members = text(members);
		}

		static CooperativeForm empty() {
			return new CooperativeForm("", "LEH", "", "", "", "", "", "", "");
		}

		boolean handloom() {
			return "on".equals(this.handloomWeavers) || "true".equals(this.handloomWeavers);
		}

		Map<String, List<String>> problems(LocalDate today) {
			Map<String, List<String>> problems = place(this.name, this.district, this.village, this.crafts);
			if (!this.actRegistration.matches("[A-Z0-9][A-Z0-9/ .-]{2,39}")) {
				problems.put("actRegistration", List.of("units.form.actRegistration.error"));
			}
			LocalDate on = date(this.registeredOn);
			if (on == null || on.isAfter(today) || on.getYear() < 1900) {
				problems.put("registeredOn", List.of("units.form.registeredOn.error"));
			}
			List<CooperativeDetails.Member> read = memberList();
			if (read == null) {
				problems.put("members", List.of("units.form.members.number"));
			}
			else if (read.size() < 2 || read.size() > 500) {
				problems.put("members", List.of("units.form.members.error"));
			}
			return problems;
		}

		NewCooperative toNew() {
			return new NewCooperative(this.name.strip(), this.district, this.block, this.village.strip(),
					list(this.crafts), this.actRegistration, date(this.registeredOn), handloom(), memberList());
		}

		/** The members typed, or null when a registration number is not one. */
		List<CooperativeDetails.Member> memberList() {
			List<CooperativeDetails.Member> read = new ArrayList<>();
			for (String line : this.members.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				int comma = line.lastIndexOf(',');
				String tail = (comma > 0) ? line.substring(comma + 1).strip().toUpperCase(Locale.ROOT) : "";
				if (comma > 0 && tail.contains("/")) {
					if (!tail.matches(ARTISAN_NUMBER)) {
						return null;
					}
					read.add(new CooperativeDetails.Member(line.substring(0, comma).strip(), tail));
				}
				else {
					read.add(new CooperativeDetails.Member(line.strip(), null));
				}
			}
			return read;
		}

	}

	private static Map<String, List<String>> place(String name, String district, String village, String crafts) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		if (name.isBlank() || name.length() > 120) {
			problems.put("name", List.of("units.form.name.error"));
		}
		if (!"LEH".equals(district) && !"KARGIL".equals(district)) {
			problems.put("district", List.of("units.form.district.error"));
		}
		if (village.isBlank() || village.length() > 80) {
			problems.put("village", List.of("units.form.village.error"));
		}
		if (list(crafts).isEmpty()) {
			problems.put("crafts", List.of("units.form.crafts.error"));
		}
		return problems;
	}

	static List<String> list(String text) {
		return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter((s) -> !s.isEmpty()).distinct().toList();
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
