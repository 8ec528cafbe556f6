package ladakh.crafts.marketplace.system.web;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages link the SVG icon; clients that still ask for {@code /favicon.ico} are sent to
 * it.
 */
@Controller
class FaviconController {

	@GetMapping("/favicon.ico")
	ResponseEntity<Void> favicon() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create("/img/favicon.svg"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.build();
	}

}
