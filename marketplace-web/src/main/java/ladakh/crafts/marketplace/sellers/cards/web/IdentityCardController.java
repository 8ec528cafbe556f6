package ladakh.crafts.marketplace.sellers.cards.web;

import ladakh.crafts.marketplace.sellers.cards.IdentityCard;
import ladakh.crafts.marketplace.sellers.cards.IdentityCards;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Identity card downloads: a seller gets their own card (the seller comes from the
 * signed-in account, never from the address); staff get any artisan's.
 */
@Controller
class IdentityCardController {

	private final IdentityCards cards;

	IdentityCardController(IdentityCards cards) {
		this.cards = cards;
	}

	@GetMapping("/seller/id-card.pdf")
	Mono<ResponseEntity<byte[]>> ownCard(@AuthenticationPrincipal MarketplaceUser user) {
		return this.cards.forArtisan(user.sellerId()).map(IdentityCardController::download);
	}

	@GetMapping("/staff/sellers/{sellerId}/id-card.pdf")
	Mono<ResponseEntity<byte[]>> anyCard(@PathVariable String sellerId) {
		return this.cards.forArtisan(sellerId).map(IdentityCardController::download);
	}

	private static ResponseEntity<byte[]> download(IdentityCard card) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(card.filename()).build().toString())
			.cacheControl(CacheControl.noStore())
			.contentLength(card.pdf().length)
			.body(card.pdf());
	}

}
