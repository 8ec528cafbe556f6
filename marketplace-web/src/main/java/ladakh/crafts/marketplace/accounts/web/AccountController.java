package ladakh.crafts.marketplace.accounts.web;

import java.util.List;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;

/** Who you are: the account page and {@code GET /api/v1/me}. */
@Controller
class AccountController {

	@GetMapping("/account")
	String account(Authentication authentication, ServerWebExchange exchange, Model model) {
		// Flags without a value (?welcome): a bare @RequestParam would read them as
		// absent.
		MultiValueMap<String, String> flags = exchange.getRequest().getQueryParams();
		model.addAttribute("me", me(authentication));
		model.addAttribute("welcome", flags.containsKey("welcome"));
		model.addAttribute("passwordChanged", flags.containsKey("passwordChanged"));
		return "accounts/account";
	}

	@GetMapping("/api/v1/me")
	@ResponseBody
	Me apiMe(Authentication authentication) {
		return me(authentication);
	}

	static Me me(Authentication authentication) {
		if (authentication.getPrincipal() instanceof MarketplaceUser user) {
			return new Me(user.id(), user.login(), user.displayName(),
					user.roles().stream().map(Enum::name).sorted().toList(), user.sellerId());
		}
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map((authority) -> authority.replaceFirst("^ROLE_", ""))
			.sorted()
			.toList();
		return new Me(null, authentication.getName(), authentication.getName(), roles, null);
	}

	/** The signed-in user as the API shows them (no password hash, ever). */
	record Me(String id, String login, String displayName, List<String> roles, String sellerId) {

	}

}
