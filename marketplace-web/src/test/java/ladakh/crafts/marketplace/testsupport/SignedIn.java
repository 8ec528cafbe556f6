package ladakh.crafts.marketplace.testsupport;

import java.util.EnumSet;
import java.util.Set;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

/**
 * People for tests that run against the application context ({@link MockServerTest}):
 * {@code http.mutateWith(SignedIn.as(SignedIn.officer()))}. Browser and HTTP tests sign
 * in through the real login form instead.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static WebTestClientConfigurer as(MarketplaceUser user) {
		return SecurityMockServerConfigurers
			.mockAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static MarketplaceUser buyer() {
		return user("usr-test-buyer", "buyer@example.in", Set.of(Role.BUYER), null);
	}

	public static MarketplaceUser seller(String sellerId) {
		return user("usr-test-seller-" + sellerId, sellerId + "@example.in", Set.of(Role.SELLER), sellerId);
	}

	public static MarketplaceUser instructor() {
		return user("usr-test-instructor", "instructor@example.in", Set.of(Role.INSTRUCTOR), null);
	}

	public static MarketplaceUser officer() {
		return user("usr-test-officer", "officer@example.in", Set.of(Role.OFFICER), null);
	}

	public static MarketplaceUser accounts() {
		return user("usr-test-accounts", "accounts@example.in", Set.of(Role.ACCOUNTS), null);
	}

	/** A secretary's or director's read-only account (decision 73). */
	public static MarketplaceUser reviewer() {
		return user("usr-test-reviewer", "reviewer@example.in", Set.of(Role.REVIEWER), null);
	}

	public static MarketplaceUser admin() {
		return user("usr-test-admin", "admin@example.in", Set.of(Role.ADMIN), null);
	}

	public static MarketplaceUser user(String id, String login, Set<Role> roles, String sellerId) {
		return new MarketplaceUser(id, login, login, null, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), sellerId,
				true);
	}

}
