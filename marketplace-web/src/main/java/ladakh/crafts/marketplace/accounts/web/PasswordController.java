package ladakh.crafts.marketplace.accounts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.accounts.FormLoginFlow;
import ladakh.crafts.marketplace.accounts.PasswordChanges;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /account/password}: anyone signed in chooses a new password, proving the current
 * one. Someone still on the one-time password an officer handed over is sent here first
 * and can open nothing else until they have chosen their own.
 */
@Controller
class PasswordController {

	private static final List<String> FIELDS = List.of("current", "password", "confirm");

	private final PasswordChanges changes;

	private final ServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();

	PasswordController(PasswordChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal MarketplaceUser user, Model model) {
		return render(model, user, Map.of());
	}

	@PostMapping("/account/password")
	Mono<String> change(@AuthenticationPrincipal MarketplaceUser user, @ModelAttribute PasswordForm form,
			ServerWebExchange exchange, Model model) {
		return Mono.defer(() -> this.changes.change(user, value(form.current()), value(form.password()),
				value(form.confirm()), FormLoginFlow.clientAddress(exchange)))
			.flatMap((problems) -> {
				if (!problems.isEmpty()) {
					exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
					return Mono.just(render(model, user, problems));
				}
				MarketplaceUser changed = user.withPasswordChanged();
				return this.contexts
					.save(exchange,
							new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(changed, null,
									changed.getAuthorities())))
					.thenReturn("redirect:/account?passwordChanged");
			});
	}

	/**
	 * The current password and the new one twice; the password policy and the check of
	 * the current one are the account's own rules.
	 */
	record PasswordForm(String current, String password, String confirm) {
	}

	private static String value(String typed) {
		return (typed != null) ? typed : "";
	}

	private static String render(Model model, MarketplaceUser user, Map<String, String> problems) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String field : FIELDS) {
			errors.put(field, new ArrayList<>());
		}
		problems.forEach((field, code) -> errors.get(field).add(code));
		model.addAttribute("errors", errors);
		model.addAttribute("required", user.mustChangePassword());
		return "accounts/password";
	}

}
