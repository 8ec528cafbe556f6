package ladakh.crafts.marketplace.stalls.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.stalls.StallSales;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The QR price tags of the seller's listings for one of their stalls (another seller's
 * stall: 404).
 */
@RestController
class StallTagPages {

	private final StallSales sales;

	private final StallStock stock;

	private final SellerDirectory sellers;

	private final PriceTags tags;

	StallTagPages(StallSales sales, StallStock stock, SellerDirectory sellers, PriceTags tags) {
		this.sales = sales;
		this.stock = stock;
		this.sellers = sellers;
		this.tags = tags;
	}

	@GetMapping("/seller/stalls/{id}/tags.pdf")
	Mono<ResponseEntity<byte[]>> tags(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			Locale locale) {
		String sellerId = seller.sellerId();
		return this.sales.held(sellerId, id)
			.then(Mono.zip(this.stock.ofSeller(sellerId, id).collectList(),
					this.sellers.names(List.of(sellerId)).map((names) -> names.getOrDefault(sellerId, ""))))
			.flatMap((found) -> this.tags.render(id, found.getT2(), found.getT1(), locale))
			.map((pdf) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("price-tags-" + id + ".pdf").build().toString())
				.body(pdf));
	}

}
