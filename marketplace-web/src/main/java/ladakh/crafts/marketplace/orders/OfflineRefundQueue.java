package ladakh.crafts.marketplace.orders;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.treasury.OfflineRefundsOwed;

import org.springframework.stereotype.Component;

/**
 * The seller parts whose refund is owed offline ({@code refund.status} TO_PAY_OFFLINE),
 * for the treasury's queue; paid back, a part's refund becomes PAID_OFFLINE (a
 * conditional update, so marking it twice changes it once).
 */
@Component
class OfflineRefundQueue implements OfflineRefundsOwed {

	static final String TO_PAY_OFFLINE = "TO_PAY_OFFLINE";

	static final String PAID_OFFLINE = "PAID_OFFLINE";

	private final OrderPartRepository parts;

	OfflineRefundQueue(OrderPartRepository parts) {
		this.parts = parts;
	}

	@Override
	public Mono<Page<RefundOwed>> oldestFirst(After after) {
		return this.parts.refundsToPayOffline(after, Page.SIZE + 1)
			.map(OfflineRefundQueue::owed)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (owed) -> After.of(owed.since(), owed.partId())));
	}

	@Override
	public Mono<RefundOwed> find(String partId) {
		return this.parts.part(partId)
			.filter((part) -> TO_PAY_OFFLINE.equals(part.refundStatus()) || PAID_OFFLINE.equals(part.refundStatus()))
			.map(OfflineRefundQueue::owed);
	}

	@Override
	public Mono<Boolean> markPaidBack(String partId) {
		return this.parts.refundStatus(partId, TO_PAY_OFFLINE, PAID_OFFLINE);
	}

	private static RefundOwed owed(OrderPart part) {
		return new RefundOwed(part.id(), part.orderId(), part.orderNumber(), part.refundDue(), part.updatedAt(),
				PAID_OFFLINE.equals(part.refundStatus()));
	}

}
