package ladakh.crafts.marketplace.accounts;

import ladakh.crafts.marketplace.sellers.SellerAccountIssuer;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException.Reason;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The accounts side of {@link SellerAccountIssuer}: a SELLER account per seller,
 * idempotent. Its own refusals become the port's {@link SellerLoginRefusedException}.
 */
@Component
class SellerSignInIssuer implements SellerAccountIssuer {

	private final SellerAccounts accounts;

	SellerSignInIssuer(SellerAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Mono<IssuedSignIn> issue(String sellerId, String name, String login) {
		if (LoginName.parse(login).isEmpty()) {
			return Mono.error(new SellerLoginRefusedException(Reason.UNUSABLE, login));
		}
		return this.accounts.createFor(new SellerAccountRequest(sellerId, name, login))
			.map((issued) -> new IssuedSignIn(issued.login(), issued.initialPassword()))
			.onErrorMap(LoginTakenException.class, (ex) -> new SellerLoginRefusedException(Reason.TAKEN, login));
	}

}
