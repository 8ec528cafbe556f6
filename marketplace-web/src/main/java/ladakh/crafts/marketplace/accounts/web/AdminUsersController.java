package ladakh.crafts.marketplace.accounts.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.accounts.Accounts;
import ladakh.crafts.marketplace.accounts.LoginName;
import ladakh.crafts.marketplace.accounts.LoginTakenException;
import ladakh.crafts.marketplace.accounts.PasswordPolicy;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.system.FormErrors;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * User and role administration (ADMIN only, see AccountsAccessRules): search, create
 * staff accounts, change roles, enable or disable. Each action is recorded in the audit
 * trail by {@link Accounts}.
 */
@Controller
class AdminUsersController {

	private final Accounts accounts;

	private final FormErrors formErrors;

	AdminUsersController(Accounts accounts, FormErrors formErrors) {
		this.accounts = accounts;
		this.formErrors = formErrors;
	}

	@GetMapping("/admin/users")
	Mono<String> list(@RequestParam(required = false) String q, @RequestParam(required = false) String done,
			@RequestParam(required = false) String after,
			@AuthenticationPrincipal(errorOnInvalidType = false) MarketplaceUser admin, Model model) {
		// Service accounts (the metrics scraper has ADMIN for the actuator) do not
		// administer people.
		requireAdmin(admin);
		model.addAttribute("done", "roles".equals(done) || "enabled".equals(done) ? done : null);
		return render(model, q, After.parse(after), new NewStaffForm("", "", List.of(), ""), errors());
	}

	@PostMapping("/admin/users")
	Mono<String> create(@AuthenticationPrincipal(errorOnInvalidType = false) MarketplaceUser admin,
			@Valid @ModelAttribute NewStaffForm form, BindingResult result, ServerWebExchange exchange, Model model) {
		MarketplaceUser actor = requireAdmin(admin);
		return Mono.defer(() -> {
			Map<String, List<String>> errors = errors();
			this.formErrors.codes(result).forEach((field, code) -> errors.get(field).add(code));
			// What no annotation can say: a login name, roles that exist, the password
			// policy.
			Optional<LoginName> login = LoginName.parse(form.login());
			if (login.isEmpty()) {
				errors.get("login").add("signup.login.invalid");
			}
			Set<Role> roles = roles(form.roles());
			if (roles.isEmpty()) {
				errors.get("roles").add("admin.users.roles.required");
			}
			if (!form.password().isBlank()) {
				PasswordPolicy.problem(form.password(), form.login()).ifPresent(errors.get("password")::add);
			}
			if (errors.values().stream().anyMatch((list) -> !list.isEmpty())) {
				exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
				return render(model, null, null, form, errors);
			}
			return this.accounts.createStaff(actor, login.get(), form.name().strip(), roles, form.password())
				.map((issued) -> {
					model.addAttribute("issued", issued);
					return "accounts/admin-user-created";
				})
				.onErrorResume(LoginTakenException.class, (ex) -> {
					errors.get(ex.field()).add(ex.messageKey());
					exchange.getResponse().setStatusCode(RefusalStatus.of(ex.kind()));
					return render(model, null, null, form, errors);
				});
		});
	}

	@PostMapping("/admin/users/{id}/roles")
	Mono<String> changeRoles(@PathVariable String id,
			@AuthenticationPrincipal(errorOnInvalidType = false) MarketplaceUser admin,
			@ModelAttribute RolesForm form) {
		MarketplaceUser actor = requireAdmin(admin);
		return Mono
			.defer(() -> this.accounts.changeRoles(actor, id, roles((form.roles() != null) ? form.roles() : List.of()),
					form.reason()))
			.flatMap((found) -> found ? Mono.just(redirect("roles")) : notFound());
	}

	@PostMapping("/admin/users/{id}/enabled")
	Mono<String> setEnabled(@PathVariable String id, @RequestParam(required = false) String q,
			@AuthenticationPrincipal(errorOnInvalidType = false) MarketplaceUser admin,
			@ModelAttribute EnabledForm form) {
		MarketplaceUser actor = requireAdmin(admin);
		return Mono
			.defer(() -> this.accounts.setEnabled(actor, id, "true".equals(form.enabled()), form.reason())
				.onErrorMap(IllegalArgumentException.class,
						(ex) -> new ResponseStatusException(HttpStatus.CONFLICT, "You cannot disable yourself.")))
			.flatMap((found) -> found ? Mono.just(redirect("enabled")) : notFound());
	}

	private Mono<String> render(Model model, String q, After after, NewStaffForm form,
			Map<String, List<String>> errors) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("staffRoles", Accounts.STAFF_ROLES.stream().map(Enum::name).toList());
		model.addAttribute("allRoles", List.of(Role.values()).stream().map(Enum::name).toList());
		return this.accounts.search(q, after).map((page) -> {
			model.addAttribute("users", page.items());
			model.addAttribute("next", page.nextAfter());
			return "accounts/admin-users";
		});
	}

	private static MarketplaceUser requireAdmin(MarketplaceUser admin) {
		if (admin == null || !admin.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return admin;
	}

	/**
	 * Roles named in a form; unknown names are ignored, SELLER and TRAINEE (tied to a
	 * seller or an enrolment) are never given here.
	 */
	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			for (Role role : Role.values()) {
				if (role.name().equals(name) && role != Role.SELLER && role != Role.TRAINEE) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static String redirect(String done) {
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/users").queryParam("done", done).toUriString();
	}

	private static Mono<String> notFound() {
		return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Map<String, List<String>> errors() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String field : List.of("login", "name", "roles", "password")) {
			errors.put(field, new ArrayList<>());
		}
		return errors;
	}

	/** A new staff account as typed; fields not sent are blank. */
	record NewStaffForm(String login, @NotBlank(message = "signup.name.required") String name, List<String> roles,
			String password) {

		NewStaffForm {
			login = text(login);
			name = text(name);
			roles = (roles != null) ? List.copyOf(roles) : List.of();
			password = text(password);
		}

		private static String text(String value) {
			return (value != null) ? value : "";
		}

	}

	/** The roles an account is to have, and why. */
	record RolesForm(List<String> roles, String reason) {
	}

	/** Whether an account may sign in, and why. */
	record EnabledForm(String enabled, String reason) {
	}

}
