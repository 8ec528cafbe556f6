package ladakh.crafts.marketplace.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST (see FormLoginFlow). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) Long throttled,
			@RequestParam(required = false) String signedOut, @RequestParam(required = false) String signedUp,
			Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("throttledMinutes", (throttled != null && throttled > 0) ? Math.min(throttled, 1440) : null);
		model.addAttribute("signedOut", signedOut != null);
		return "accounts/login";
	}

}
