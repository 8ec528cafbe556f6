package ladakh.crafts.marketplace.reviews.web;

import java.util.Map;

import ladakh.crafts.marketplace.reviews.Reviews;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the reviews fragment on the product page needs, beside the page's own model (so
 * the storefront's handler knows nothing of reviews): the listing's rating and newest
 * reviews, and who looks at them: the seller who may answer reviews of their own
 * listings, and officers who may hide one. The forms are only offered; the service
 * decides again on every post.
 */
@ControllerAdvice
class ReviewsModelAdvice {

	/** The product page's route, as the storefront maps it. */
	static final String PRODUCT_PAGE = "/listings/{id}";

	private final Reviews reviews;

	ReviewsModelAdvice(Reviews reviews) {
		this.reviews = reviews;
	}

	@ModelAttribute("productReviews")
	Mono<Reviews.ListingRating> reviews(ServerWebExchange exchange) {
		Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pattern == null || !PRODUCT_PAGE.equals(pattern.toString()) || variables == null
				|| variables.get("id") == null) {
			return Mono.empty();
		}
		return this.reviews.onProductPage(variables.get("id"));
	}

	@ModelAttribute("reviewViewer")
	Mono<ReviewViewer> reviewViewer() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter((authentication) -> authentication.getPrincipal() instanceof MarketplaceUser)
			.map((authentication) -> ReviewViewer.of((MarketplaceUser) authentication.getPrincipal()));
	}

	/**
	 * @param sellerId the seller they act for, or null
	 * @param officer whether they may hide reviews
	 */
	record ReviewViewer(String sellerId, boolean officer) {

		static ReviewViewer of(MarketplaceUser user) {
			return new ReviewViewer(user.has(Role.SELLER) ? user.sellerId() : null, user.managesDepartment());
		}

		public boolean answers(String reviewSellerId) {
			return this.sellerId != null && this.sellerId.equals(reviewSellerId);
		}

	}

}
