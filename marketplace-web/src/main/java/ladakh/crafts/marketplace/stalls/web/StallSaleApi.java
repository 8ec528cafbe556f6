package ladakh.crafts.marketplace.stalls.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.stalls.StallSales;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the stall page's script talks to: the queued sales it sends (a form body with the
 * CSRF token in the {@code X-XSRF-TOKEN} header, answered in JSON: the sale counted, or a
 * refusal the phone shows and does not send again) and the service worker that keeps the
 * page usable offline (served here so that its scope is the stall pages).
 */
@RestController
class StallSaleApi {

	private final StallSales sales;

	private final MessageSource messages;

	StallSaleApi(StallSales sales, MessageSource messages) {
		this.sales = sales;
		this.messages = messages;
	}

	@PostMapping("/seller/stalls/{id}/queued-sales")
	Mono<ResponseEntity<Map<String, Object>>> sell(@AuthenticationPrincipal MarketplaceUser seller,
			@PathVariable String id, @ModelAttribute SaleForm form, Locale locale) {
		return this.sales.sell(seller.sellerId(), id, form.request())
			.map((sale) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.<String, Object>of("id", sale.id(), "counted", sale.counted(), "receipt",
						"/seller/stalls/" + id + "?sale=" + sale.id())))
			.onErrorResume(Refusal.class,
					(ex) -> Mono.just(ResponseEntity.status(RefusalStatus.of(ex.kind()))
						.contentType(MediaType.APPLICATION_JSON)
						.body(Map.of("message",
								this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)))));
	}

	/**
	 * The service worker, with {@code Service-Worker-Allowed} so that it may control
	 * {@code /seller/stalls} itself as well as the pages below it.
	 */
	@GetMapping("/seller/stalls/sw.js")
	ResponseEntity<ClassPathResource> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/javascript"))
			.header("Service-Worker-Allowed", "/seller/stalls")
			.cacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate())
			.body(new ClassPathResource("offline/sw.js"));
	}

}
