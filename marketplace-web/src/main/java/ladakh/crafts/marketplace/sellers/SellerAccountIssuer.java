package ladakh.crafts.marketplace.sellers;

import reactor.core.publisher.Mono;

/**
 * Gives a newly registered seller their sign-in. Implemented by the accounts area, so the
 * sellers area never depends on it: the officer who approves an artisan hands the first
 * sign-in details over (many artisans are not online), and the artisan changes the
 * password at first sign-in.
 */
public interface SellerAccountIssuer {

	/**
	 * Creates the SELLER account for a seller, or finds the one it already has.
	 * @param sellerId the seller the account acts for
	 * @param name how to greet them
	 * @param login their mobile number or email address
	 * @return the sign-in details; the password only when the account was created now.
	 * Fails with {@link SellerLoginRefusedException} when the login is not a mobile
	 * number or email address, or another account has it; nothing is created then.
	 */
	Mono<IssuedSignIn> issue(String sellerId, String name, String login);

	/**
	 * @param login what they sign in with
	 * @param initialPassword the one-time password to hand over, or {@code null} when the
	 * account already existed
	 */
	record IssuedSignIn(String login, String initialPassword) {

		public boolean isNew() {
			return this.initialPassword != null;
		}

	}

}
