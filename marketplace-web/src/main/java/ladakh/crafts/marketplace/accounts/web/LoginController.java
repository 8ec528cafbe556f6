package ladakh.crafts.marketplace.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST (see FormLoginFlow). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam MultiValueMap<String, String> query, @RequestParam(required = false) Long throttled,
			Model model) {
		// The flags come without a value (?error, ?signedOut): a bare parameter binds to
		// no String at all, so ask whether it is there.
		model.addAttribute("failed", query.containsKey("error"));
		model.addAttribute("throttledMinutes", (throttled != null && throttled > 0) ? Math.min(throttled, 1440) : null);
		model.addAttribute("signedOut", query.containsKey("signedOut"));
		return "accounts/login";
	}

}
