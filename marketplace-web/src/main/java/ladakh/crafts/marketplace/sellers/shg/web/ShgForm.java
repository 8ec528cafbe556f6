package ladakh.crafts.marketplace.sellers.shg.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ladakh.crafts.marketplace.sellers.shg.BankAccount;
import ladakh.crafts.marketplace.sellers.shg.NewSelfHelpGroup;

/**
 * The new-SHG form as typed. The account number is kept only to validate and mask it, and
 * is never sent back to the page.
 */
record ShgForm(@NotBlank(message = "shg.form.name.error") @Size(max = 120, message = "shg.form.name.error") String name,
		@Pattern(regexp = "LEH|KARGIL", message = "shg.form.district.error") String district,
		@Size(max = 80, message = "shg.form.block.error") String block,
		@NotBlank(message = "shg.form.village.error") @Size(max = 80,
				message = "shg.form.village.error") String village,
		String crafts, String dateFormed, String memberIds, String presidentId, String secretaryId, String treasurerId,
		String accountNumber, String ifsc) {

	/** A field the form did not send is blank. */
	ShgForm {
		name = text(name);
		district = text(district);
		block = text(block);
		village = text(village);
		crafts = text(crafts);
		dateFormed = text(dateFormed);
		memberIds = text(memberIds);
		presidentId = text(presidentId);
		secretaryId = text(secretaryId);
		treasurerId = text(treasurerId);
		accountNumber = text(accountNumber);
		ifsc = text(ifsc);
	}

	static ShgForm empty() {
		return new ShgForm("", "LEH", "", "", "", "", "", "", "", "", "", "");
	}

	/**
	 * Field name → message keys of what the annotations cannot say (lists, a date before
	 * today, office bearers among the members, the bank's formats); empty when valid.
	 */
	Map<String, List<String>> problems(LocalDate today) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
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
				list(this.crafts), parseDate(this.dateFormed), list(this.memberIds), member(this.presidentId),
				member(this.secretaryId), member(this.treasurerId), BankAccount.masking(this.accountNumber, this.ifsc));
	}

	/** What the page may show again after a failed submit: never the account number. */
	ShgForm withoutAccountNumber() {
		return new ShgForm(this.name, this.district, this.block, this.village, this.crafts, this.dateFormed,
				this.memberIds, this.presidentId, this.secretaryId, this.treasurerId, "", this.ifsc);
	}

	private static void bearer(Map<String, List<String>> problems, String field, String value, List<String> members) {
		if (value.isBlank() || !members.contains(member(value))) {
			problems.put(field, List.of("shg.form.bearer.error"));
		}
	}

	static List<String> list(String text) {
		return Arrays.stream(text.split("[,\\s]+"))
			.map(ShgForm::member)
			.filter((item) -> !item.isEmpty())
			.distinct()
			.toList();
	}

	/**
	 * A registration number in capitals ({@code LEH/HC/2024/0042}), an id in small
	 * letters.
	 */
	private static String member(String typed) {
		String item = typed.strip();
		return item.contains("/") ? item.toUpperCase(Locale.ROOT) : item.toLowerCase(Locale.ROOT);
	}

	private static LocalDate parseDate(String text) {
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
