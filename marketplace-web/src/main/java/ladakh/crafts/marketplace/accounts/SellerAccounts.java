package ladakh.crafts.marketplace.accounts;

import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

import org.springframework.stereotype.Service;

/**
 * SELLER accounts for other areas: the registration work calls {@link #createFor} when an
 * officer approves an artisan, sets up an SHG or a training centre. Idempotent per
 * seller: asking again returns the existing login without a password.
 */
@Service
public class SellerAccounts {

	private final Accounts accounts;

	private final AccountRepository users;

	private final AuditTrail audit;

	SellerAccounts(Accounts accounts, AccountRepository users, AuditTrail audit) {
		this.accounts = accounts;
		this.users = users;
		this.audit = audit;
	}

	/**
	 * Creates the SELLER account with a generated one-time password.
	 * @param request who
	 * @param actor the staff member who caused it (for the audit trail), or {@code null}
	 * @return the login and the initial password; fails with
	 * {@link IllegalArgumentException} for an unusable login and
	 * {@link LoginTakenException} when another account has that login
	 */
	public Mono<IssuedAccount> createFor(SellerAccountRequest request, MarketplaceUser actor) {
		LoginName login = LoginName.parse(request.login())
			.orElseThrow(() -> new IllegalArgumentException("Not a mobile number or email: " + request.login()));
		return this.users.findBySellerId(request.sellerId())
			.map((existing) -> new IssuedAccount(existing.id(), existing.login(), null, false))
			.switchIfEmpty(Mono.defer(() -> {
				String password = Accounts.generatePassword();
				return this.accounts
					.create(new NewAccount(login, request.name(), password, Set.of(Role.SELLER), request.sellerId(),
							true))
					.flatMap((user) -> this.audit
						.record(actor, "SELLER_ACCOUNT_CREATED", "USER", user.id(), null,
								Map.of("sellerId", request.sellerId(), "login", user.login()))
						.thenReturn(new IssuedAccount(user.id(), user.login(), password, true)));
			}));
	}

	/**
	 * {@link #createFor(SellerAccountRequest, MarketplaceUser)} by the application
	 * itself.
	 */
	public Mono<IssuedAccount> createFor(SellerAccountRequest request) {
		return createFor(request, null);
	}

}
