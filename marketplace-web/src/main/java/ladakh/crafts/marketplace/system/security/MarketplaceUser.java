package ladakh.crafts.marketplace.system.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every area sees them ({@code @AuthenticationPrincipal}).
 * Stored in the {@code users} collection (see docs/data-model.md).
 *
 * @param id the user id, e.g. {@code usr-...}
 * @param login an email address (lower case) or a 10-digit Indian mobile number
 * @param displayName how to greet them
 * @param passwordHash the delegating encoder's hash; erased after authentication
 * @param roles their roles
 * @param sellerId the seller a SELLER acts for ({@code sellers._id}), otherwise
 * {@code null}
 * @param enabled false when an ADMIN disabled the account
 * @param mustChangePassword true while the account still has the one-time password an
 * officer handed over: until it is changed, only the password page opens
 */
public record MarketplaceUser(String id, String login, String displayName, String passwordHash, Set<Role> roles,
		String sellerId, boolean enabled, boolean mustChangePassword) implements UserDetails, CredentialsContainer {

	public MarketplaceUser {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(login, "login");
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		if (roles.contains(Role.SELLER) && sellerId == null) {
			throw new IllegalArgumentException("A SELLER account must name the seller it acts for");
		}
	}

	/** An account with a password of its owner's choosing. */
	public MarketplaceUser(String id, String login, String displayName, String passwordHash, Set<Role> roles,
			String sellerId, boolean enabled) {
		this(id, login, displayName, passwordHash, roles, sellerId, enabled, false);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * True when this user acts for the given seller: the only data a SELLER may touch.
	 */
	public boolean actsFor(String sellerId) {
		return has(Role.SELLER) && this.sellerId != null && this.sellerId.equals(sellerId);
	}

	/**
	 * Where this person's own work starts: after signing in, and from the header.
	 */
	public String startPage() {
		if (isStaff()) {
			// Every staff role starts at its figures (issue 18), each tile a way into
			// the work waiting.
			return "/staff/dashboard";
		}
		if (has(Role.TRAINEE)) {
			return "/trainee";
		}
		return has(Role.SELLER) ? "/seller" : "/";
	}

	public boolean isStaff() {
		return has(Role.INSTRUCTOR) || has(Role.OFFICER) || has(Role.ACCOUNTS) || has(Role.REVIEWER) || has(Role.ADMIN);
	}

	/**
	 * True for those who read every centre's, batch's and application's records: officers
	 * and admins, who also change them, and reviewers, who only read them. An instructor
	 * sees only the centres they teach at. Never use this to decide who may change
	 * something: see {@link #managesDepartment()}.
	 */
	public boolean seesWholeDepartment() {
		return managesDepartment() || has(Role.REVIEWER);
	}

	/**
	 * True for those who change any centre's or seller's records (officers and admins):
	 * it decides which forms and buttons a staff page shows. A reviewer sees the same
	 * pages without them (decision 73).
	 */
	public boolean managesDepartment() {
		// An account that holds REVIEWER changes nothing, whatever else it holds: the
		// security rules refuse its changes (ReviewerAccess).
		return (has(Role.OFFICER) || has(Role.ADMIN)) && !has(Role.REVIEWER);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.login;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		// Records are immutable; the authentication keeps a copy without the hash (see
		// withoutPassword).
	}

	/** The same user without the password hash, for keeping in a session. */
	public MarketplaceUser withoutPassword() {
		return new MarketplaceUser(this.id, this.login, this.displayName, null, this.roles, this.sellerId, this.enabled,
				this.mustChangePassword);
	}

	/** The same user once they chose their own password (without the hash). */
	public MarketplaceUser withPasswordChanged() {
		return new MarketplaceUser(this.id, this.login, this.displayName, null, this.roles, this.sellerId, this.enabled,
				false);
	}

}
