package ladakh.crafts.marketplace.orders;

import java.util.Locale;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.SellerDesk;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seller home's panels about orders: the parts to pack (paid, not packed), oldest
 * first because those are the late ones, and the recent sales, newest first; each a few
 * of the seller's parts by the parts' seller index.
 */
@Configuration(proxyBeanMethods = false)
class OrderDesks {

	@Bean
	SellerDesk partsToPack(Fulfilment fulfilment, MessageSource messages) {
		return new Desk(1, fulfilment, messages, PartStatus.PAID, true, "to-pack", "sellerDesk.toPack",
				"sellerDesk.toPack.none", "/seller/orders?status=PAID", "sellerDesk.toPack.link");
	}

	@Bean
	SellerDesk recentSales(Fulfilment fulfilment, MessageSource messages) {
		return new Desk(3, fulfilment, messages, null, false, "recent-sales", "sellerDesk.recentSales",
				"sellerDesk.recentSales.none", "/seller/orders", "sellerDesk.recentSales.link");
	}

	private record Desk(int place, Fulfilment fulfilment, MessageSource messages, PartStatus status,
			boolean oldestFirst, String id, String headingKey, String emptyKey, String link,
			String linkKey) implements SellerDesk {

		@Override
		public Mono<Panel> panel(String sellerId, Locale locale) {
			Flux<OrderPart> parts = this.oldestFirst ? this.fulfilment.oldestPartsOf(sellerId, this.status, ROWS)
					: this.fulfilment.latestPartsOf(sellerId, this.status, ROWS);
			return parts
				.map((part) -> new Row(part.orderNumber(), this.messages.getMessage("sellerDesk.part",
						new Object[] { part.lines().stream().mapToInt(OrderPart.Line::quantity).sum(),
								part.total().format(locale),
								(part.createdAt() != null) ? IndiaTime.day(IndiaTime.dayOf(part.createdAt())).in(locale)
										: "",
								this.messages.getMessage("orders.part.status." + part.status().name(), null, locale) },
						locale), "/seller/orders/" + part.id()))
				.collectList()
				.map((rows) -> new Panel(this.id, this.headingKey, this.emptyKey, rows, this.link, this.linkKey));
		}

	}

}
