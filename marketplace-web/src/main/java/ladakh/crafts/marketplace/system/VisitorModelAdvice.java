package ladakh.crafts.marketplace.system;

import java.util.List;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is looking, for the layout's header: sign-in links for visitors, a link to their
 * own start page and a sign-out button for people who are signed in.
 */
@ControllerAdvice
class VisitorModelAdvice {

	@ModelAttribute("visitor")
	Mono<Visitor> visitor() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter((authentication) -> authentication.getPrincipal() instanceof MarketplaceUser)
			.map((authentication) -> Visitor.of((MarketplaceUser) authentication.getPrincipal()));
	}

	/**
	 * True for a reviewer (decision 73): staff pages show them the records without any
	 * form or button that would change something ({@code th:unless="${readOnly}"}); the
	 * security rules would refuse it anyway (ReviewerAccess).
	 */
	@ModelAttribute("readOnly")
	Mono<Boolean> readOnly() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.map((authentication) -> authentication.getPrincipal() instanceof MarketplaceUser user
					&& user.has(Role.REVIEWER))
			.defaultIfEmpty(false);
	}

	/**
	 * @param name how the header greets them
	 * @param home where their own work starts
	 * @param buyer whether they buy (the header links their orders)
	 * @param menu the staff pages they may open (empty for everyone else)
	 */
	record Visitor(String name, String home, boolean buyer, List<StaffMenu.Entry> menu) {

		static Visitor of(MarketplaceUser user) {
			String name = (user.displayName() != null && !user.displayName().isBlank()) ? user.displayName()
					: user.login();
			// A buyer's own page is their account; everyone else starts where sign-in
			// sends them.
			String start = user.startPage();
			return new Visitor(name, "/".equals(start) ? "/account" : start, user.has(Role.BUYER), StaffMenu.of(user));
		}

	}

}
