package ladakh.crafts.marketplace.sellers;

import java.util.Map;

import ladakh.crafts.marketplace.sellers.SellerAccountIssuer.IssuedSignIn;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The seller sign-in an officer gives the manager of an SHG or a training centre (the
 * group or centre is the seller): the account is created through
 * {@link SellerAccountIssuer}, and a new one is written to the {@link AuditTrail} as
 * {@code SELLER_SIGN_IN_ISSUED} (the login, never the password). Asking again for a
 * seller that has an account answers with its login, no password, and records nothing.
 */
@Service
public class ManagerSignIns {

	public static final String ACTION = "SELLER_SIGN_IN_ISSUED";

	private final SellerAccountIssuer issuer;

	private final AuditTrail audit;

	ManagerSignIns(SellerAccountIssuer issuer, AuditTrail audit) {
		this.issuer = issuer;
		this.audit = audit;
	}

	/**
	 * @param sellerType the audit subject type, {@code SHG} or {@code TRAINING_CENTRE}
	 * @param sellerId the SHG or centre
	 * @param name the name the account greets
	 * @param login the manager's mobile number or email address
	 * @param by the officer
	 * @return the sign-in; fails with {@link SellerLoginRefusedException} (nothing
	 * created)
	 */
	public Mono<IssuedSignIn> issue(String sellerType, String sellerId, String name, String login, MarketplaceUser by) {
		return this.issuer.issue(sellerId, name, login).flatMap((signIn) -> {
			if (!signIn.isNew()) {
				return Mono.just(signIn);
			}
			return this.audit.record(by, ACTION, sellerType, sellerId, null, Map.of("login", signIn.login()))
				.thenReturn(signIn);
		});
	}

}
