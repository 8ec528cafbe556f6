package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.OfflineRefundsOwed;
import ladakh.crafts.marketplace.treasury.OfflineRefundsOwed.RefundOwed;
import ladakh.crafts.marketplace.treasury.RefundsPaidBack;
import ladakh.crafts.marketplace.treasury.TreasuryAudit;

import org.springframework.stereotype.Service;

/**
 * ACCOUNTS' queue of refunds owed offline: the oldest first; each paid back is recorded
 * once (mode, reference, day), then marked paid back in the orders area, so the buyer
 * sees it on their order page. Each repayment is a line in the audit trail, once per
 * refund, with the accountant who recorded it.
 */
@Service
public class OfflineRefunds implements RefundsPaidBack {

	private final OfflineRefundsOwed owed;

	private final OfflineRefundRepository records;

	private final TreasuryAudit audit;

	private final Clock clock;

	OfflineRefunds(OfflineRefundsOwed owed, OfflineRefundRepository records, TreasuryAudit audit, Clock clock) {
		this.owed = owed;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	public Mono<Page<RefundOwed>> queue(After after) {
		return this.owed.oldestFirst(after);
	}

	/**
	 * Records a repayment: the same record again is stored once; a different one for a
	 * refund already paid back is refused.
	 */
	public Mono<OfflineRefund> record(String partId, String mode, String reference, String paidOn, MarketplaceUser by) {
		return this.owed.find(partId)
			.switchIfEmpty(Mono.error(Refusal.notFound("refundsQueue.refused.none")))
			.flatMap((refund) -> {
				OfflineRefund typed = OfflineRefund.typed(partId, refund.orderId(), refund.amount().minor(), mode,
						reference, paidOn, IndiaTime.dayOf(this.clock.instant()));
				return this.records.insertOnce(typed, by.login(), this.clock.instant()).flatMap((stored) -> {
					if (!stored.sameAs(typed)) {
						return Mono.error(Refusal.conflict("refundsQueue.refused.other", stored.reference()));
					}
					return this.owed.markPaidBack(partId)
						.then(paidBack(stored, refund.orderNumber(), by))
						.thenReturn(stored);
				});
			});
	}

	/** Once per refund: the line's id is the part's, the same record again adds none. */
	private Mono<Void> paidBack(OfflineRefund refund, String orderNumber, MarketplaceUser by) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("orderNumber", orderNumber);
		details.put("partId", refund.partId());
		details.put("mode", refund.mode());
		details.put("reference", refund.reference());
		details.put("paidOn", refund.paidOn().toString());
		details.put("amountMinor", refund.amountMinor());
		details.put("currency", "INR");
		return this.audit.once("offline-refund-paid-back:" + refund.partId(), by, "OFFLINE_REFUND_PAID_BACK",
				TreasuryAudit.ORDER, refund.orderId(), details);
	}

	@Override
	public Mono<Map<String, PaidBack>> of(Collection<String> partIds) {
		if (partIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.records.of(partIds)
			.collectList()
			.map((found) -> found.stream()
				.collect(Collectors.toMap(OfflineRefund::partId, (refund) -> new PaidBack(refund.partId(),
						refund.mode(), refund.reference(), refund.paidOn()))));
	}

}
