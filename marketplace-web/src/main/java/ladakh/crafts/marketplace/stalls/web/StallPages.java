package ladakh.crafts.marketplace.stalls.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import ladakh.crafts.marketplace.catalog.StallPieces;
import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDates;
import ladakh.crafts.marketplace.exhibitions.StallHoldings;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.stalls.StallSale;
import ladakh.crafts.marketplace.stalls.StallSales;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A seller's stalls and each stall's point of sale: the pieces online and at the stall,
 * moving pieces, selling (a plain form that works without JavaScript; the page's script
 * queues sales on the phone and sends them itself, see {@link StallSaleApi}) and the
 * receipt. Only the signed-in seller's own stalls: another's is not found (404).
 */
@Controller
class StallPages {

	private static final Set<String> DONE = Set.of("toStall", "fromStall");

	private final StallHoldings holdings;

	private final StallSales sales;

	private final StallStock stock;

	private final MessageSource messages;

	StallPages(StallHoldings holdings, StallSales sales, StallStock stock, MessageSource messages) {
		this.holdings = holdings;
		this.sales = sales;
		this.stock = stock;
		this.messages = messages;
	}

	@GetMapping("/seller/stalls")
	Mono<Rendering> list(@AuthenticationPrincipal MarketplaceUser seller, @RequestParam(required = false) String done,
			Locale locale) {
		return list(seller, "back".equals(done), null, HttpStatus.OK, locale);
	}

	/**
	 * Pieces left at a stall the seller no longer holds (or holds only on offer) go back
	 * online from the stalls list: the stall's own page is not theirs any more.
	 */
	@PostMapping("/seller/stalls/{id}/back-online")
	Mono<Rendering> backOnline(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute MoveForm form, Locale locale) {
		return this.sales.backOnline(seller.sellerId(), id, form.listingId(), form.pieces())
			.map((pieces) -> Rendering.redirectTo("/seller/stalls?done=back").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
							: list(seller, false,
									this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale),
									RefusalStatus.of(ex.kind()), locale));
	}

	private Mono<Rendering> list(MarketplaceUser seller, boolean movedBack, String problem, HttpStatus status,
			Locale locale) {
		return Mono
			.zip(this.holdings.ofSeller(seller.sellerId())
				.map((held) -> new HeldRow(held.exhibition().id(), held.exhibition().name().in(locale),
						ExhibitionDates.span(held.exhibition().startsOn(), held.exhibition().endsOn(), locale),
						String.join(", ", held.stallNumbers()), held.phase() != Exhibition.Phase.PAST))
				.collectList(),
					this.sales.leftOver(seller.sellerId())
						.map((left) -> new LeftRow(left.exhibition().id(), left.exhibition().name().in(locale),
								left.pieces().listingId(), left.pieces().title().in(locale), left.pieces().pieces()))
						.collectList())
			.map((found) -> Rendering.view("stalls/list")
				.status(status)
				.modelAttribute("stalls", found.getT1())
				.modelAttribute("left", found.getT2())
				.modelAttribute("movedBack", movedBack)
				.modelAttribute("problem", problem)
				.build());
	}

	@GetMapping("/seller/stalls/{id}")
	Mono<Rendering> stall(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@RequestParam(required = false) String listing, @RequestParam(required = false) String sale,
			@RequestParam(required = false) String done, Locale locale) {
		return page(seller, id, listing, sale, (done != null && DONE.contains(done)) ? done : null, null, HttpStatus.OK,
				locale);
	}

	@PostMapping("/seller/stalls/{id}/stock")
	Mono<Rendering> move(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute MoveForm form, Locale locale) {
		Mono<StallPieces> moved = form.back()
				? this.sales.fromStall(seller.sellerId(), id, form.listingId(), form.pieces())
				: this.sales.toStall(seller.sellerId(), id, form.listingId(), form.pieces());
		return moved
			.map((pieces) -> Rendering
				.redirectTo("/seller/stalls/" + id + "?done=" + (form.back() ? "fromStall" : "toStall"))
				.build())
			.onErrorResume(Refusal.class, (ex) -> refused(seller, id, form.listingId(), ex, locale));
	}

	@PostMapping("/seller/stalls/{id}/sales")
	Mono<Rendering> sell(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute SaleForm form, Locale locale) {
		return this.sales.sell(seller.sellerId(), id, form.request())
			.map((sold) -> Rendering.redirectTo("/seller/stalls/" + id + "?sale=" + sold.id()).build())
			.onErrorResume(Refusal.class, (ex) -> refused(seller, id, form.listingId(), ex, locale));
	}

	private Mono<Rendering> refused(MarketplaceUser seller, String id, String listing, Refusal ex, Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND && "stall.notHeld".equals(ex.messageKey())) {
			return Mono.error(ex);
		}
		String problem = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		return page(seller, id, listing, null, null, problem, RefusalStatus.of(ex.kind()), locale);
	}

	private Mono<Rendering> page(MarketplaceUser seller, String id, String listing, String saleId, String done,
			String problem, HttpStatus status, Locale locale) {
		return this.sales.holding(seller.sellerId(), id)
			.flatMap((held) -> Mono
				.zip(this.stock.ofSeller(seller.sellerId(), id).collectList(), this.sales.latest(seller.sellerId(), id),
						(saleId != null) ? this.sales.receipt(seller.sellerId(), id, saleId)
							.map(List::of)
							.defaultIfEmpty(List.of()) : Mono.just(List.<StallSale>of()))
				.map((found) -> Rendering.view("stalls/pos")
					.status(status)
					.modelAttribute("exhibition", held.exhibition())
					.modelAttribute("confirmed", held.confirmed())
					.modelAttribute("name", held.exhibition().name().in(locale))
					.modelAttribute("dates",
							ExhibitionDates.span(held.exhibition().startsOn(), held.exhibition().endsOn(), locale))
					.modelAttribute("pieces", found.getT1().stream().map((p) -> PieceRow.of(p, locale)).toList())
					.modelAttribute("sales", found.getT2().stream().map((s) -> SaleRow.of(s, locale)).toList())
					.modelAttribute("receipt",
							found.getT3().isEmpty() ? null : SaleRow.of(found.getT3().get(0), locale))
					.modelAttribute("chosen", listing)
					.modelAttribute("done", done)
					.modelAttribute("problem", problem)
					.modelAttribute("newSaleId", java.util.UUID.randomUUID().toString())
					.modelAttribute("appManifest", "/js/stall-pos.webmanifest")
					.build()));
	}

	/** A stall on the seller's list. */
	record HeldRow(String id, String name, String dates, String stalls, boolean open) {

	}

	/** Pieces left at a stall the seller holds no confirmed stall at. */
	record LeftRow(String exhibitionId, String exhibition, String listingId, String title, int pieces) {

	}

	/** A listing on the stall page. */
	record PieceRow(String id, String title, String price, int online, int atStall) {

		static PieceRow of(StallPieces pieces, Locale locale) {
			return new PieceRow(pieces.listingId(), pieces.title().in(locale), pieces.price().format(locale),
					pieces.online(), pieces.atStall());
		}

	}

	/** A sale on the stall page, or its receipt. */
	record SaleRow(String id, String title, int quantity, String unitPrice, String total, String mode, String reference,
			String at) {

		static SaleRow of(StallSale sale, Locale locale) {
			return new SaleRow(sale.id(), sale.title().in(locale), sale.quantity(), sale.unitPrice().format(locale),
					sale.total().format(locale), sale.mode().name(), sale.reference(),
					ladakh.crafts.marketplace.shared.IndiaTime.moment(sale.at(), locale));
		}

	}

}
