package ladakh.crafts.marketplace.accounts;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.system.session.MongoSessionRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating and administering accounts. Passwords are hashed on boundedElastic (bcrypt is
 * deliberately slow). Every administrator's action lands in the audit trail; changing
 * someone's roles or disabling them ends their sessions, so the change applies at once.
 */
@Service
public class Accounts {

	/** Roles an ADMIN may give on the staff page. */
	public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.INSTRUCTOR, Role.OFFICER, Role.ACCOUNTS, Role.REVIEWER,
			Role.ADMIN);

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository users;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final MongoSessionRepository sessions;

	Accounts(AccountRepository users, PasswordEncoder encoder, AuditTrail audit, MongoSessionRepository sessions) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** A buyer signing up; fails with {@link LoginTakenException}. */
	public Mono<MarketplaceUser> signUpBuyer(LoginName login, String displayName, String password) {
		return create(new NewAccount(login, displayName, password, Set.of(Role.BUYER), null))
			.flatMap((user) -> this.audit.record(user, "USER_SIGNED_UP", "USER", user.id(), null, Map.of())
				.thenReturn(user));
	}

	/**
	 * An ADMIN creates a staff account; without a password one is generated.
	 * @return the user and the initial password (shown once)
	 */
	public Mono<IssuedAccount> createStaff(MarketplaceUser admin, LoginName login, String displayName, Set<Role> roles,
			String password) {
		if (roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
			return Mono.error(new IllegalArgumentException("Staff roles only: " + roles));
		}
		String initial = (password == null || password.isBlank()) ? generatePassword() : password;
		return create(new NewAccount(login, displayName, initial, roles, null))
			.flatMap(
					(user) -> this.audit
						.record(admin, "STAFF_ACCOUNT_CREATED", "USER", user.id(), null,
								Map.of("login", user.login(), "roles",
										roles.stream().map(Enum::name).sorted().toList()))
						.thenReturn(new IssuedAccount(user.id(), user.login(), initial, true)));
	}

	public Mono<Boolean> changeRoles(MarketplaceUser admin, String userId, Set<Role> roles, String reason) {
		return this.users.findById(userId).flatMap((user) -> {
			if (user.sellerId() == null && roles.contains(Role.SELLER)) {
				return Mono.error(new IllegalArgumentException("SELLER needs a seller"));
			}
			Set<Role> kept = EnumSet.noneOf(Role.class);
			kept.addAll(roles);
			if (user.has(Role.SELLER)) {
				kept.add(Role.SELLER);
			}
			if (user.has(Role.TRAINEE)) {
				kept.add(Role.TRAINEE);
			}
			return this.users.setRoles(userId, kept)
				.flatMap((done) -> this.sessions.deleteSessionsOf(user.login()).thenReturn(done))
				.flatMap((done) -> this.audit.record(admin, "USER_ROLES_CHANGED", "USER", userId, reason,
						Map.of("from", user.roles().stream().map(Enum::name).sorted().toList(), "to",
								kept.stream().map(Enum::name).sorted().toList()))
					.thenReturn(done));
		}).defaultIfEmpty(false);
	}

	public Mono<Boolean> setEnabled(MarketplaceUser admin, String userId, boolean enabled, String reason) {
		if (admin.id().equals(userId) && !enabled) {
			return Mono.error(new IllegalArgumentException("An administrator cannot disable themselves"));
		}
		return this.users.findById(userId)
			.flatMap((user) -> this.users.setEnabled(userId, enabled)
				.flatMap((done) -> enabled ? Mono.just(done)
						: this.sessions.deleteSessionsOf(user.login()).thenReturn(done))
				.flatMap((done) -> this.audit
					.record(admin, enabled ? "USER_ENABLED" : "USER_DISABLED", "USER", userId, reason, Map.of())
					.thenReturn(done)))
			.defaultIfEmpty(false);
	}

	/** A page of people (see the repository's search), from {@code after} on. */
	public Mono<Page<MarketplaceUser>> search(String text, After after) {
		boolean byName = AccountRepository.searchesByName(text);
		return this.users.search(text, after, Page.SIZE + 1)
			.map(MarketplaceUser::withoutPassword)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE,
					(user) -> byName ? After.of(user.displayName(), user.id()) : After.of(user.login(), user.id())));
	}

	public Mono<MarketplaceUser> find(String userId) {
		return this.users.findById(userId).map(MarketplaceUser::withoutPassword);
	}

	Mono<MarketplaceUser> create(NewAccount account) {
		return create(account, "usr-" + UUID.randomUUID());
	}

	/**
	 * With a chosen id: the demo accounts have fixed ids that the demo data refers to.
	 */
	Mono<MarketplaceUser> create(NewAccount account, String id) {
		return PasswordPolicy.problem(account.password(), account.login().value())
			.<Mono<MarketplaceUser>>map((problem) -> Mono.error(new IllegalArgumentException(problem)))
			.orElseGet(() -> Mono.fromCallable(() -> this.encoder.encode(account.password()))
				.subscribeOn(Schedulers.boundedElastic())
				.map((hash) -> new MarketplaceUser(id, account.login().value(), account.displayName(), hash,
						account.roles(), account.sellerId(), true, account.oneTimePassword()))
				.flatMap(this.users::insert));
	}

	/** 14 characters from an alphabet without look-alikes: about 69 bits. */
	static String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			if (i > 0 && i % 5 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
