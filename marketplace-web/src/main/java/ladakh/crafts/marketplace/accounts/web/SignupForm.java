package ladakh.crafts.marketplace.accounts.web;

/** What the sign-up form posts. */
record SignupForm(String name, String login, String password, String confirm) {

	static SignupForm empty() {
		return new SignupForm("", "", "", "");
	}

}
