package ladakh.crafts.marketplace.accounts;

import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

/** Creates accounts with unique logins for tests that share one database. */
final class TestAccounts {

	static final String PASSWORD = "correct horse battery";

	private final Accounts accounts;

	TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.in";
	}

	MarketplaceUser create(String prefix, Role... roles) {
		return this.accounts
			.create(new NewAccount(new LoginName(uniqueEmail(prefix)), prefix, PASSWORD, Set.of(roles), null))
			.block();
	}

}
