package ladakh.crafts.marketplace.treasury.payouts.web;

import java.util.Locale;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.payouts.SellerStatements;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A seller's statement, on the page and printed: always the signed-in seller's own (the
 * seller id comes from the sign-in, never from the address).
 */
@Controller
class SellerStatementPages {

	private final SellerStatements statements;

	private final SellerStatementPdf pdf;

	SellerStatementPages(SellerStatements statements, SellerStatementPdf pdf) {
		this.statements = statements;
		this.pdf = pdf;
	}

	@GetMapping("/seller/statement")
	Mono<Rendering> page(@AuthenticationPrincipal MarketplaceUser seller, @RequestParam(required = false) String fy,
			@RequestParam(required = false) String after) {
		return this.statements.of(seller.sellerId(), fy, After.parse(after))
			.map((statement) -> Rendering.view("treasury/payouts/statement")
				.modelAttribute("statement", statement)
				.modelAttribute("years", this.statements.years())
				.build());
	}

	@GetMapping("/seller/statement.pdf")
	Mono<ResponseEntity<byte[]>> printed(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String fy, Locale locale) {
		return this.statements.printable(seller.sellerId(), fy)
			.flatMap((statement) -> this.pdf.render(statement, seller.displayName(), locale))
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("seller-statement.pdf").build().toString())
				.cacheControl(CacheControl.noStore())
				.contentLength(bytes.length)
				.body(bytes));
	}

}
