package ladakh.crafts.marketplace.search.web;

import java.time.Clock;

import ladakh.crafts.catalog.sync.CatalogIndexStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The staff page of the search index: health, sync lag, waiting listings, the last
 * rebuild and a running one's progress, and "rebuild now". A small script polls the JSON
 * status to move the progress bar; without it the page has a reload link.
 */
@Controller
class SearchAdminController {

	private final CatalogIndexStatus status;

	private final Clock clock;

	SearchAdminController(CatalogIndexStatus status, Clock clock) {
		this.status = status;
		this.clock = clock;
	}

	@GetMapping("/admin/search")
	Mono<Rendering> page(@RequestParam(name = "done", required = false) String done) {
		return this.status.current()
			.map((current) -> Rendering.view("search/admin")
				.modelAttribute("status", StatusView.of(current, this.clock.instant()))
				.modelAttribute("done", ("requested".equals(done) || "busy".equals(done)) ? done : null)
				.build());
	}

	@PostMapping("/admin/search/rebuild")
	Mono<Rendering> rebuild(@AuthenticationPrincipal MarketplaceUser user) {
		return this.status.requestRebuild(user.id())
			.map((accepted) -> Rendering.redirectTo("/admin/search?done=" + (accepted ? "requested" : "busy")).build());
	}

	@GetMapping(path = "/api/v1/admin/search/status", produces = "application/json")
	@ResponseBody
	Mono<StatusView> statusJson() {
		return this.status.current().map((current) -> StatusView.of(current, this.clock.instant()));
	}

}
