package ladakh.crafts.marketplace.sellers.profiles.web;

import java.util.Locale;

import ladakh.crafts.marketplace.sellers.profiles.SellerProfiles;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sellers/{id}}: an artisan's, SHG's or training centre's public shop page.
 */
@Controller
class SellerPageController {

	private final SellerProfiles profiles;

	SellerPageController(SellerProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/sellers/{id}")
	Mono<Rendering> page(@PathVariable String id, Locale locale) {
		return this.profiles.find(id, locale)
			.map((profile) -> Rendering.view("sellers/profiles/seller").modelAttribute("seller", profile).build())
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
