package ladakh.crafts.marketplace.reviews;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the reviews: anyone reads a listing's reviews; a signed-in person writes
 * one (only the buyer of a delivered part gets past {@link Reviews}); sellers list the
 * reviews of their own pieces and answer them (checked by {@link Reviews}); officers
 * hide.
 */
@Component
class ReviewsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/listings/*/reviews", "/api/v1/listings/*/reviews")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/v1/listings/*/reviews")
			.authenticated()
			.pathMatchers(HttpMethod.GET, "/listings/*/review")
			.authenticated()
			.pathMatchers(HttpMethod.POST, "/listings/*/review")
			.authenticated()
			.pathMatchers(HttpMethod.GET, "/seller/reviews")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.POST, "/seller/reviews/*/answer")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.POST, "/staff/reviews/*/hide")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
