package ladakh.crafts.marketplace.sellers.shg.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.shg.BankAccount;
import ladakh.crafts.marketplace.sellers.shg.NewSelfHelpGroup;

import org.springframework.util.MultiValueMap;

/**
 * The new-SHG form as typed. The account number is kept only to validate and mask it, and
 * is never sent back to the page.
 */
record ShgForm(String name, String district, String block, String village, String crafts, String dateFormed,
		String memberIds, String presidentId, String secretaryId, String treasurerId, String accountNumber,
		String ifsc) {

	static ShgForm empty() {
		return new ShgForm("", "LEH", "", "", "", "", "", "", "", "", "", "");
	}

	static ShgForm from(MultiValueMap<String, String> data) {
		return new ShgForm(value(data, "name"), value(data, "district"), value(data, "block"), value(data, "village"),
				value(data, "crafts"), value(data, "dateFormed"), value(data, "memberIds"), value(data, "presidentId"),
				value(data, "secretaryId"), value(data, "treasurerId"), value(data, "accountNumber"),
				value(data, "ifsc"));
	}

	/** Field name → message keys of what is wrong with it; empty when valid. */
	Map<String, List<String>> problems(LocalDate today) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		if (this.name.isBlank() || this.name.length() > 120) {
			problems.put("name", List.of("shg.form.name.error"));
		}
		if (!List.of("LEH", "KARGIL").contains(this.district)) {
			problems.put("district", List.of("shg.form.district.error"));
		}
		if (this.village.isBlank() || this.village.length() > 80) {
			problems.put("village", List.of("shg.form.village.error"));
		}
		if (this.block.length() > 80) {
			problems.put("block", List.of("shg.form.block.error"));
		}
		if (list(this.crafts).isEmpty()) {
			problems.put("crafts", List.of("shg.form.crafts.error"));
		}
		LocalDate formed = parseDate(this.dateFormed);
		if (formed == null || formed.isAfter(today) || formed.getYear() < 1950) {
			problems.put("dateFormed", List.of("shg.form.dateFormed.error"));
		}
		List<String> members = list(this.memberIds);
		if (members.size() < 2 || members.size() > 30) {
			problems.put("memberIds", List.of("shg.form.memberIds.error"));
		}
		bearer(problems, "presidentId", this.presidentId, members);
		bearer(problems, "secretaryId", this.secretaryId, members);
		bearer(problems, "treasurerId", this.treasurerId, members);
		if (!BankAccount.isAccountNumber(this.accountNumber)) {
			problems.put("accountNumber", List.of("shg.form.accountNumber.error"));
		}
		if (!BankAccount.isIfsc(this.ifsc)) {
			problems.put("ifsc", List.of("shg.form.ifsc.error"));
		}
		return problems;
	}

	NewSelfHelpGroup toNewGroup() {
		return new NewSelfHelpGroup(this.name.strip(), this.district, this.block.strip(), this.village.strip(),
				list(this.crafts), parseDate(this.dateFormed), list(this.memberIds), this.presidentId.strip(),
				this.secretaryId.strip(), this.treasurerId.strip(), BankAccount.masking(this.accountNumber, this.ifsc));
	}

	/** What the page may show again after a failed submit: never the account number. */
	ShgForm withoutAccountNumber() {
		return new ShgForm(this.name, this.district, this.block, this.village, this.crafts, this.dateFormed,
				this.memberIds, this.presidentId, this.secretaryId, this.treasurerId, "", this.ifsc);
	}

	private static void bearer(Map<String, List<String>> problems, String field, String value, List<String> members) {
		if (value.isBlank() || !members.contains(value.strip())) {
			problems.put(field, List.of("shg.form.bearer.error"));
		}
	}

	static List<String> list(String text) {
		return Arrays.stream(text.split("[,\\s]+"))
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.map((item) -> item.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String value(MultiValueMap<String, String> data, String field) {
		String value = data.getFirst(field);
		return (value != null) ? value : "";
	}

}
