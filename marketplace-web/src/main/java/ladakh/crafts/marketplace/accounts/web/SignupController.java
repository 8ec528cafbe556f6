package ladakh.crafts.marketplace.accounts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.accounts.Accounts;
import ladakh.crafts.marketplace.accounts.LoginName;
import ladakh.crafts.marketplace.accounts.LoginTakenException;
import ladakh.crafts.marketplace.accounts.PasswordPolicy;
import ladakh.crafts.marketplace.system.FormErrors;
import ladakh.crafts.marketplace.system.RefusalStatus;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Buyers sign up themselves. A valid form creates the account and signs them in (the
 * session id changes, as at any login); an invalid one comes back with a message beside
 * each field and nothing saved.
 */
@Controller
class SignupController {

	private final Accounts accounts;

	private final FormErrors formErrors;

	private final ServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();

	SignupController(Accounts accounts, FormErrors formErrors) {
		this.accounts = accounts;
		this.formErrors = formErrors;
	}

	@GetMapping("/signup")
	String form(Model model) {
		return render(model, SignupForm.empty(), errors());
	}

	@PostMapping("/signup")
	Mono<String> signUp(@Valid @ModelAttribute SignupForm form, BindingResult result, Model model,
			ServerWebExchange exchange) {
		Map<String, List<String>> errors = validate(form);
		this.formErrors.codes(result).forEach((field, key) -> errors.get(field).add(key));
		Optional<LoginName> login = LoginName.parse(form.login());
		if (errors.values().stream().anyMatch((list) -> !list.isEmpty()) || login.isEmpty()) {
			exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
			return Mono.just(render(model, form, errors));
		}
		return this.accounts.signUpBuyer(login.get(), form.name().strip(), form.password())
			.flatMap((user) -> this.contexts
				.save(exchange,
						new SecurityContextImpl(UsernamePasswordAuthenticationToken
							.authenticated(user.withoutPassword(), null, user.getAuthorities())))
				.thenReturn("redirect:/account?welcome"))
			.onErrorResume(LoginTakenException.class, (ex) -> {
				errors.get(ex.field()).add(ex.messageKey());
				exchange.getResponse().setStatusCode(RefusalStatus.of(ex.kind()));
				return Mono.just(render(model, form, errors));
			});
	}

	private static Map<String, List<String>> validate(SignupForm form) {
		Map<String, List<String>> errors = errors();
		if (LoginName.parse(form.login()).isEmpty()) {
			errors.get("login").add("signup.login.invalid");
		}
		PasswordPolicy.problem(form.password(), form.login()).ifPresent(errors.get("password")::add);
		if (form.password() == null || !form.password().equals(form.confirm())) {
			errors.get("confirm").add("signup.confirm.mismatch");
		}
		return errors;
	}

	private static Map<String, List<String>> errors() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String field : List.of("name", "login", "password", "confirm")) {
			errors.put(field, new ArrayList<>());
		}
		return errors;
	}

	private static String render(Model model, SignupForm form, Map<String, List<String>> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "accounts/signup";
	}

}
