package ladakh.crafts.marketplace.complex;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.PastAllocation;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The officers' moves on the artisan complex: generate the schedule some terms ahead,
 * allot a vacant shop by hand with a reason, record a surrender (the shop is offered to
 * the next in the term's rotation order) and a swap. Each lands in the audit trail; each
 * shop move is a version-checked update, so of two officers moving the same shop at once
 * exactly one succeeds.
 */
@Service
public class ComplexDesk {

	/** Who acts when the schedule or an offer gives a shop. */
	static final String SYSTEM = AuditTrail.SYSTEM;

	/** The seeds' words: shops go to handicraft artisans, unit holders and SHGs. */
	public static final Set<SellerKind> ELIGIBLE = Set.of(SellerKind.ARTISAN, SellerKind.UNIT_HOLDER, SellerKind.SHG);

	/** How far down the rotation order an offer looks for an active seller. */
	static final int OFFER_LOOKAHEAD = 50;

	private final ComplexTermRepository terms;

	private final ShopTermRepository shops;

	private final ShopSwaps swaps;

	private final SellerDirectory sellers;

	private final AuditTrail audit;

	private final Clock clock;

	ComplexDesk(ComplexTermRepository terms, ShopTermRepository shops, ShopSwaps swaps, SellerDirectory sellers,
			AuditTrail audit, Clock clock) {
		this.terms = terms;
		this.shops = shops;
		this.swaps = swaps;
		this.sellers = sellers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Generates {@code count} terms of {@code months} months from {@code firstDay}.
	 * @throws Refusal (in the Mono) INVALID for no public value, a length or count out of
	 * range or a first day already past; CONFLICT when a term overlaps the new ones
	 */
	public Mono<List<ComplexTerm>> generate(LocalDate firstDay, int months, int count, String publicValue,
			MarketplaceUser officer) {
		if (firstDay == null || firstDay.isBefore(IndiaTime.dayOf(this.clock.instant()))) {
			return Mono.error(Refusal.invalid("complex.schedule.firstDay").at("firstDay"));
		}
		return schedule(firstDay, months, count, publicValue, officer);
	}

	/**
	 * As {@link #generate} without the first-day check (the demo's current term began
	 * before today); {@code officer} null is the application itself.
	 */
	Mono<List<ComplexTerm>> schedule(LocalDate firstDay, int months, int count, String publicValue,
			MarketplaceUser officer) {
		Instant now = this.clock.instant();
		String by = (officer != null) ? officer.id() : SYSTEM;
		return Mono.fromCallable(() -> {
			RotationSchedule.check(months, count);
			return DrawSeed.of(publicValue);
		})
			.flatMap((seed) -> this.terms.overlaps(firstDay, firstDay.plusMonths((long) months * count).minusDays(1))
				.flatMap((overlap) -> overlap ? Mono.error(Refusal.conflict("complex.schedule.overlap"))
						: this.sellers.sellingNow(ELIGIBLE))
				.flatMap((eligible) -> history(firstDay, eligible.keySet()).map((history) -> RotationSchedule
					.plan(firstDay, months, count, seed, new ArrayList<>(eligible.keySet()), history, by, now))))
			.flatMap((planned) -> store(planned, now))
			.flatMap(
					(planned) -> this.audit
						.record(officer, "COMPLEX_SCHEDULE_GENERATED", "COMPLEX_TERM", planned.get(0).id(), null,
								Map.of("terms", planned.size(), "months", months, "seed",
										planned.get(0).seed().sha256()))
						.thenReturn(planned));
	}

	/**
	 * Gives a vacant shop to an active seller, by hand.
	 * @throws Refusal (in the Mono) NOT_FOUND for no such term or shop; INVALID without a
	 * reason or for a seller who may not sell; CONFLICT when the shop is held (or another
	 * officer's move came first), the seller holds another shop that term, or the term is
	 * over
	 */
	public Mono<ShopTerm> allot(String termId, String shop, String sellerId, String reason, MarketplaceUser officer) {
		return movable(termId, shop, reason).flatMap((found) -> this.sellers.standing(sellerId == null ? "" : sellerId)
			.filter(SellerDirectory.Standing::sellsNow)
			.switchIfEmpty(Mono.error(() -> Refusal.invalid("complex.allot.seller").at("sellerId")))
			.then(this.shops.ofTerm(termId))
			.flatMap((all) -> {
				if (all.stream().anyMatch((other) -> other.heldOrComingTo(sellerId))) {
					return Mono.error(Refusal.conflict("complex.allot.holdsAnother").at("sellerId"));
				}
				ShopTerm moved = found.allot(sellerId, Spell.Grant.ALLOTTED, reason, officer.id(),
						this.clock.instant());
				return stored(moved, found.version());
			})
			.flatMap((moved) -> this.audit
				.record(officer, "COMPLEX_SHOP_ALLOTTED", "COMPLEX_SHOP", moved.id(), reason,
						Map.of("sellerId", sellerId, "termId", termId, "shop", shop))
				.thenReturn(moved)));
	}

	/**
	 * Records that the holder gave the shop up; it is offered at once to the first
	 * eligible seller in the term's rotation order who holds no shop that term.
	 * @return the shop afterwards: held by that seller, or vacant when nobody is left
	 * @throws Refusal (in the Mono) as {@link #allot} for the term, shop and reason;
	 * CONFLICT when it is vacant
	 */
	public Mono<ShopTerm> surrender(String termId, String shop, String reason, MarketplaceUser officer) {
		return movable(termId, shop,
				reason)
			.flatMap((found) -> stored(found.surrender(reason, this.clock.instant()), found.version())
				.flatMap((vacant) -> this.audit
					.record(officer, "COMPLEX_SHOP_SURRENDERED", "COMPLEX_SHOP", vacant.id(), reason,
							Map.of("sellerId", found.sellerId(), "termId", termId, "shop", shop))
					.then(offerOn(vacant))));
	}

	/**
	 * Records that two holders of the same term changed shops (both agreed): both shops
	 * are marked before either moves ({@link ShopSwaps}), so no reader ever sees a seller
	 * in two shops and a crash at any step is finished or undone by the sweep.
	 * @return the two shops afterwards
	 * @throws Refusal (in the Mono) as {@link #allot}; CONFLICT when either is vacant, is
	 * being swapped, or moved meanwhile
	 */
	public Mono<List<ShopTerm>> swap(String termId, String shop, String otherShop, String reason,
			MarketplaceUser officer) {
		return movable(termId, shop, reason)
			.zipWith(movable(termId, otherShop, reason).onErrorMap(Refusal.class,
					(ex) -> (ex.field() == null || "shop".equals(ex.field())) ? ex.at("otherShop") : ex))
			.flatMap((both) -> this.swaps.swap(both.getT1(), both.getT2(), reason, officer));
	}

	private Mono<ShopTerm> offerOn(ShopTerm vacant) {
		return Mono.zip(this.terms.find(vacant.termId()), this.shops.ofTerm(vacant.termId())).flatMap((found) -> {
			Set<String> holding = new java.util.HashSet<>();
			found.getT2().forEach((shop) -> {
				if (!shop.vacant()) {
					holding.add(shop.sellerId());
				}
				if (shop.marked()) {
					holding.add(shop.pendingSwap().to());
				}
			});
			List<String> next = found.getT1()
				.waiting()
				.stream()
				.map(ComplexTerm.Ranked::sellerId)
				.filter((id) -> !holding.contains(id))
				.limit(OFFER_LOOKAHEAD)
				.toList();
			return this.sellers.sellingNow(next)
				.flatMap((active) -> next.stream().filter(active::contains).findFirst().map((sellerId) -> {
					ShopTerm offered = vacant.allot(sellerId, Spell.Grant.OFFERED, null, SYSTEM, this.clock.instant());
					return this.shops.save(offered, vacant.version())
						.flatMap((saved) -> saved ? this.audit
							.record(null, "COMPLEX_SHOP_OFFERED", "COMPLEX_SHOP", offered.id(), null,
									Map.of("sellerId", sellerId, "termId", offered.termId(), "shop", offered.shop()))
							.thenReturn(offered) : Mono.just(vacant));
				}).orElse(Mono.just(vacant)));
		});
	}

	/** A shop of a term that is not over, for a move with a reason. */
	private Mono<ShopTerm> movable(String termId, String shop, String reason) {
		if (reason == null || reason.isBlank()) {
			return Mono.error(Refusal.invalid("complex.reason.required").at("reason"));
		}
		if (!ComplexShops.exists(shop)) {
			return Mono.error(Refusal.invalid("complex.shop.unknown").at("shop"));
		}
		return this.shops.find(termId, shop)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("complex.term.notFound")))
			.flatMap((found) -> found.endsOn().isBefore(IndiaTime.dayOf(this.clock.instant()))
					? Mono.error(Refusal.conflict("complex.term.over")) : Mono.fromCallable(() -> {
						found.movable();
						return found;
					}));
	}

	private Mono<ShopTerm> stored(ShopTerm moved, long readVersion) {
		return this.shops.save(moved, readVersion)
			.flatMap((saved) -> saved ? Mono.just(moved) : Mono.error(Refusal.conflict("complex.moved")));
	}

	/** The shop terms the eligible sellers held in the three years before the day. */
	private Mono<List<PastAllocation>> history(LocalDate firstDay, Set<String> eligible) {
		return this.shops.heldEnding(firstDay.minusYears(3), firstDay)
			.filter((shop) -> eligible.contains(shop.sellerId()))
			.map((shop) -> new PastAllocation(shop.sellerId(), "complex:" + shop.termId(), shop.endsOn()))
			.collectList();
	}

	/** Writes the terms, then their shops; a failure half way takes the terms back. */
	private Mono<List<ComplexTerm>> store(List<ComplexTerm> planned, Instant at) {
		List<ShopTerm> all = new ArrayList<>();
		for (ComplexTerm term : planned) {
			Map<String, String> holders = new java.util.HashMap<>();
			term.placed().forEach((ranked) -> holders.put(ranked.shop(), ranked.sellerId()));
			for (String shop : ComplexShops.NUMBERS) {
				all.add(ShopTerm.scheduled(term, shop, holders.get(shop), at));
			}
		}
		List<String> ids = planned.stream().map(ComplexTerm::id).toList();
		return this.terms.insertAll(planned)
			.then(this.shops.insertAll(all)
				.onErrorResume((failure) -> this.shops.removeOfTerms(ids)
					.then(this.terms.remove(ids))
					.then(Mono.error(failure))))
			.thenReturn(planned);
	}

}
