package ladakh.crafts.marketplace.system.security;

import reactor.core.publisher.Mono;

/**
 * Finds the account someone signs in with. The accounts area implements it over the
 * {@code users} collection; the security configuration uses it for form login and HTTP
 * Basic without knowing where users live.
 */
public interface UserLookup {

	/**
	 * The user with this login as typed (an email address in any case, or a mobile number
	 * with or without {@code +91} and spaces), with their password hash; empty when there
	 * is none.
	 */
	Mono<MarketplaceUser> findByLogin(String login);

}
