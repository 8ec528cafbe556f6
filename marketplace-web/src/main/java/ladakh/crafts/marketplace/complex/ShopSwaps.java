package ladakh.crafts.marketplace.complex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A swap of two shops without a transaction (decision 71): mark both shops (each a
 * version-checked update, the first in plan order first), so of two swaps touching a shop
 * exactly one marks it; a failed second mark unmarks the first. Once the second is marked
 * the swap is decided: write the first shop (new holder, mark cleared), then the second,
 * then the audit line (once, by the swap's id). Readers show a decided swap's shops as
 * swapped ({@link ShopTerm#shownBeside}), so every state between the writes shows each
 * seller in one shop, and {@link #sweep} finishes or undoes a swap stopped at any step.
 */
@Service
class ShopSwaps {

	/** Marks younger than this are a swap under way; the sweep leaves them. */
	static final Duration SETTLE_AFTER = Duration.ofMinutes(1);

	/** Marked shops one sweep looks at, per role. */
	static final int SWEEP_LIMIT = 100;

	static final String AUDIT_ACTION = "COMPLEX_SHOPS_SWAPPED";

	private final ShopTermRepository shops;

	private final AuditTrail audit;

	private final Clock clock;

	ShopSwaps(ShopTermRepository shops, AuditTrail audit, Clock clock) {
		this.shops = shops;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Swaps the holders of two shops as read.
	 * @return the two shops afterwards, in the order given
	 * @throws Refusal (in the Mono) as {@link ShopTerm#markSwap}; CONFLICT
	 * {@code complex.moved} when either moved or was marked since it was read
	 */
	Mono<List<ShopTerm>> swap(ShopTerm one, ShopTerm other, String reason, MarketplaceUser officer) {
		return mark(one, other, reason, officer).flatMap((marked) -> finish(marked.get(0), marked.get(1)))
			.map((done) -> done.get(0).shop().equals(one.shop()) ? done : List.of(done.get(1), done.get(0)));
	}

	/**
	 * The marking steps: the first shop, then the second; a failed second mark unmarks
	 * the first. Once this answers, the swap is decided.
	 * @return the two shops as marked, first then second
	 */
	Mono<List<ShopTerm>> mark(ShopTerm one, ShopTerm other, String reason, MarketplaceUser officer) {
		return Mono
			.fromCallable(() -> ShopTerm.markSwap(one, other, "swp-" + UUID.randomUUID(), reason, officer.id(),
					officer.roles().stream().map(Enum::name).sorted().toList(), this.clock.instant()))
			.flatMap((marked) -> markFirst(marked.get(0)).then(markSecond(marked.get(1), marked.get(0)))
				.thenReturn(marked));
	}

	/** Step one: marks the first shop (nothing visible changes). */
	Mono<ShopTerm> markFirst(ShopTerm first) {
		return this.shops.mark(first, first.version() - 1)
			.flatMap((marked) -> marked ? Mono.just(first) : Mono.error(Refusal.conflict("complex.moved")));
	}

	/**
	 * Step two: marks the second shop, deciding the swap; unmarks the first if it fails.
	 */
	Mono<ShopTerm> markSecond(ShopTerm second, ShopTerm first) {
		return this.shops.mark(second, second.version() - 1)
			.flatMap((marked) -> marked ? Mono.just(second) : this.shops.unmark(first.id(), first.pendingSwap().id())
				.then(Mono.error(Refusal.conflict("complex.moved"))));
	}

	/**
	 * The decided swap's writes, each once however often it is called: the first shop,
	 * then the second, then the audit line.
	 * @return the two shops as swapped, first then second
	 */
	Mono<List<ShopTerm>> finish(ShopTerm first, ShopTerm second) {
		ShopTerm firstDone = first.swapped();
		ShopTerm secondDone = second.swapped();
		String swapId = second.pendingSwap().id();
		return this.shops.completeSwap(firstDone, swapId)
			.then(this.shops.completeSwap(secondDone, swapId))
			.then(audited(first, second))
			.thenReturn(List.of(firstDone, secondDone));
	}

	/**
	 * Finishes the swaps whose second shop is marked, then unmarks each first shop whose
	 * partner is not marked for the same swap, among marks older than
	 * {@link #SETTLE_AFTER}.
	 * @return how many marks it settled
	 */
	Mono<Long> sweep() {
		return sweep(this.clock.instant().minus(SETTLE_AFTER));
	}

	/** As {@link #sweep()}, for the marks made before {@code markedBefore}. */
	Mono<Long> sweep(Instant markedBefore) {
		Mono<Long> decided = this.shops.markedBefore(ShopTerm.PendingSwap.Role.SECOND, markedBefore, SWEEP_LIMIT)
			.concatMap((second) -> this.shops.find(second.termId(), second.pendingSwap().partner())
				.filter((first) -> sameSwap(first, second))
				.flatMap((first) -> finish(first, second).then(Mono.just(true)))
				// The first shop is written already: only the second is left.
				.switchIfEmpty(Mono.defer(() -> this.shops.completeSwap(second.swapped(), second.pendingSwap().id())
					.then(audited(null, second))
					.then(Mono.just(true))))
				.thenReturn(second))
			.count();
		Mono<Long> halfMarked = this.shops.markedBefore(ShopTerm.PendingSwap.Role.FIRST, markedBefore, SWEEP_LIMIT)
			.concatMap((first) -> this.shops.find(first.termId(), first.pendingSwap().partner())
				.flatMap((second) -> sameSwap(first, second) ? finish(first, second).then(Mono.just(true))
						// Fence the partner so this swap can no longer mark it, then
						// unmark: nothing of the swap was ever visible.
						: this.shops.fence(second)
							.flatMap((fenced) -> fenced ? this.shops.unmark(first.id(), first.pendingSwap().id())
									: Mono.just(false)))
				.switchIfEmpty(Mono.defer(() -> this.shops.unmark(first.id(), first.pendingSwap().id())))
				.thenReturn(first))
			.count();
		return decided.zipWith(halfMarked, Long::sum);
	}

	private static boolean sameSwap(ShopTerm first, ShopTerm second) {
		return first.pendingSwap() != null && second.pendingSwap() != null
				&& first.pendingSwap().id().equals(second.pendingSwap().id());
	}

	/**
	 * The swap's audit line, once: its id is the swap's, a repeat is a duplicate key.
	 * {@code first} is null when the sweep finds only the second shop still marked.
	 */
	private Mono<Void> audited(ShopTerm first, ShopTerm second) {
		ShopTerm.PendingSwap swap = second.pendingSwap();
		String firstShop = (first != null) ? first.shop() : swap.partner();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("termId", second.termId());
		details.put("shop", firstShop);
		details.put("otherShop", second.shop());
		details.put("sellerId", swap.to());
		details.put("otherSellerId", second.sellerId());
		details.put("swapId", swap.id());
		AuditEvent event = new AuditEvent("aud-complex-swap:" + swap.id(), this.clock.instant(), swap.by(),
				swap.roles(), AUDIT_ACTION, "COMPLEX_SHOP", ShopTerm.idOf(second.termId(), firstShop), swap.reason(),
				details);
		return this.audit.append(event).then().onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty());
	}

}
