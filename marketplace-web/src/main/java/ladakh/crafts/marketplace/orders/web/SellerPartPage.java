package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.stream.Stream;

import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * One part for its seller to pack: the pieces, and where and to whom it goes (the buyer's
 * delivery address and phone, which the courier asks for). Another seller's part is not
 * found, so nobody learns whose address another part has.
 */
@Controller
class SellerPartPage {

	private final Fulfilment fulfilment;

	private final Orders orders;

	SellerPartPage(Fulfilment fulfilment, Orders orders) {
		this.fulfilment = fulfilment;
		this.orders = orders;
	}

	@GetMapping("/seller/orders/{partId}")
	Mono<Rendering> part(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId) {
		return this.fulfilment.partOf(seller.sellerId(), partId)
			.onErrorMap(FulfilmentRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.flatMap((part) -> this.orders.find(part.orderId())
				.map((order) -> Rendering.view("orders/seller-part")
					.modelAttribute("part", part)
					.modelAttribute("address", lines(order.shippingAddress()))
					.modelAttribute("phone", (order.contact() != null) ? order.contact().phone() : null)
					.build()));
	}

	private static List<String> lines(Order.Address address) {
		if (address == null) {
			return List.of();
		}
		return Stream
			.of(address.name(), address.line1(), address.line2(), join(address.city(), address.district()),
					join(address.state(), address.pinCode()))
			.filter((line) -> line != null && !line.isBlank())
			.toList();
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return (b == null || b.isBlank()) ? a : a + ", " + b;
	}

}
