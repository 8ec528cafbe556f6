package ladakh.crafts.marketplace.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginNameTests {

	@Test
	void mobileNumbersAreNormalisedToTenDigits() {
		assertThat(LoginName.parse("+91 98765 43210")).map(LoginName::value).hasValue("9876543210");
		assertThat(LoginName.parse("098765-43210")).map(LoginName::value).hasValue("9876543210");
		assertThat(LoginName.parse("919876543210")).map(LoginName::value).hasValue("9876543210");
		assertThat(LoginName.parse("9876543210")).map(LoginName::value).hasValue("9876543210");
	}

	@Test
	void emailsAreLowerCased() {
		assertThat(LoginName.parse("  Tsering@Example.IN ")).map(LoginName::value).hasValue("tsering@example.in");
	}

	@Test
	void anythingElseIsNotALogin() {
		assertThat(LoginName.parse("12345")).isEmpty();
		assertThat(LoginName.parse("1234567890")).as("Indian mobiles start with 6-9").isEmpty();
		assertThat(LoginName.parse("tsering@localhost")).isEmpty();
		assertThat(LoginName.parse("")).isEmpty();
		assertThat(LoginName.parse(null)).isEmpty();
	}

	@Test
	void passwordsNeedTenCharactersAndMustNotBeTheLogin() {
		assertThat(PasswordPolicy.problem("short", "a@b.in")).hasValue("password.tooShort");
		assertThat(PasswordPolicy.problem("9876543210", "+91 98765 43210")).hasValue("password.isLogin");
		assertThat(PasswordPolicy.problem("Tsering@Example.in", "tsering@example.in")).hasValue("password.isLogin");
		assertThat(PasswordPolicy.problem("x".repeat(73), "a@b.in")).hasValue("password.tooLong");
		assertThat(PasswordPolicy.problem("apricot prayer flags", "a@b.in")).isEmpty();
	}

}
