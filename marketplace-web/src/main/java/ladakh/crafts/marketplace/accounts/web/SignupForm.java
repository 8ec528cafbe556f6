package ladakh.crafts.marketplace.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up form posts. The name's rules are annotations; the login name's shape
 * and the password policy are the account's own rules, checked by the controller.
 */
record SignupForm(
		@NotBlank(message = "signup.name.required") @Size(max = 100, message = "signup.name.tooLong") String name,
		String login, String password, String confirm) {

	static SignupForm empty() {
		return new SignupForm("", "", "", "");
	}

}
