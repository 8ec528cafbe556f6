package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One shop of the complex in one term (stored one document per shop and term, id
 * {@code <termId>:<shop>}, so a shop in a term has one record and one holder at a time).
 * It decides its moves: allot a vacant shop, surrender a held one, swap holders with
 * another shop of the term. Every move appends or ends a {@link Spell}; the version makes
 * two officers' moves from the same reading end in one of them.
 *
 * @param termId the term
 * @param shop e.g. {@code A3}
 * @param startsOn the term's first day
 * @param endsOn the term's last day
 * @param sellerId the holder now, or null when vacant
 * @param spells every holder in this term, in order
 * @param version bumped by every move
 * @param pendingSwap the swap this shop is marked for (decision 71), or null
 */
public record ShopTerm(String termId, String shop, LocalDate startsOn, LocalDate endsOn, String sellerId,
		List<Spell> spells, long version, PendingSwap pendingSwap) {

	public ShopTerm {
		Objects.requireNonNull(termId, "termId");
		Objects.requireNonNull(shop, "shop");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		spells = List.copyOf(spells);
	}

	/** A shop not marked for a swap. */
	public ShopTerm(String termId, String shop, LocalDate startsOn, LocalDate endsOn, String sellerId,
			List<Spell> spells, long version) {
		this(termId, shop, startsOn, endsOn, sellerId, spells, version, null);
	}

	public static String idOf(String termId, String shop) {
		return termId + ":" + shop;
	}

	public String id() {
		return idOf(this.termId, this.shop);
	}

	public boolean vacant() {
		return this.sellerId == null;
	}

	/** Whether a swap has marked this shop and not yet moved or unmarked it. */
	public boolean marked() {
		return this.pendingSwap != null;
	}

	/**
	 * Marks the two shops of a swap, the first in plan order first (so two swaps sharing
	 * a shop race for the same mark).
	 * @return the first shop marked, then the second
	 * @throws Refusal INVALID for the same shop twice or two terms; CONFLICT when either
	 * is vacant or marked already
	 */
	static List<ShopTerm> markSwap(ShopTerm one, ShopTerm other, String swapId, String reason, String by,
			List<String> roles, Instant at) {
		if (other.shop.equals(one.shop) || !other.termId.equals(one.termId)) {
			throw Refusal.invalid("complex.swap.sameShop").at("otherShop");
		}
		boolean inOrder = ComplexShops.NUMBERS.indexOf(one.shop) < ComplexShops.NUMBERS.indexOf(other.shop);
		ShopTerm first = inOrder ? one : other;
		ShopTerm second = inOrder ? other : one;
		first.movable();
		second.movable();
		if (first.vacant() || second.vacant()) {
			throw Refusal.conflict("complex.shopVacant", first.vacant() ? first.shop : second.shop);
		}
		return List.of(
				first.markedWith(new PendingSwap(swapId, PendingSwap.Role.FIRST, second.shop, second.sellerId, reason,
						by, roles, at)),
				second.markedWith(new PendingSwap(swapId, PendingSwap.Role.SECOND, first.shop, first.sellerId, reason,
						by, roles, at)));
	}

	/**
	 * The shop once its swap is done: the holder's spell ends, the mark's {@code to}
	 * begins one, and the mark is cleared.
	 */
	ShopTerm swapped() {
		PendingSwap swap = Objects.requireNonNull(this.pendingSwap, "pendingSwap");
		ShopTerm unmarked = new ShopTerm(this.termId, this.shop, this.startsOn, this.endsOn, this.sellerId, this.spells,
				this.version);
		return unmarked.ended(Spell.Ending.SWAPPED, swap.reason(), swap.at())
			.allot(swap.to(), Spell.Grant.SWAPPED, swap.reason(), swap.by(), swap.at())
			.bumpedTo(this.version + 1);
	}

	/**
	 * The shop as readers see it, beside its swap partner as read at the same time (null
	 * when unknown): a marked second shop is shown swapped (the swap is decided once it
	 * is marked); a marked first shop only when its partner is marked for the same swap.
	 * Every state between a swap's writes so shows each seller in one shop.
	 */
	public ShopTerm shownBeside(ShopTerm partner) {
		if (this.pendingSwap == null) {
			return this;
		}
		boolean decided = this.pendingSwap.role() == PendingSwap.Role.SECOND
				|| (partner != null && partner.pendingSwap != null && partner.shop.equals(this.pendingSwap.partner())
						&& partner.pendingSwap.id().equals(this.pendingSwap.id()));
		return decided ? swapped() : this;
	}

	/** A term's shops as readers see them (each marked shop beside its partner). */
	public static List<ShopTerm> shown(List<ShopTerm> shops) {
		return shops.stream()
			.map((shop) -> shop.shownBeside(shop.marked() ? shops.stream()
				.filter((other) -> other.shop.equals(shop.pendingSwap.partner()))
				.findFirst()
				.orElse(null) : null))
			.toList();
	}

	/** Whether the seller holds this shop or is about to by a swap marked on it. */
	boolean heldOrComingTo(String seller) {
		return seller != null
				&& (seller.equals(this.sellerId) || (this.pendingSwap != null && seller.equals(this.pendingSwap.to())));
	}

	/**
	 * @throws Refusal CONFLICT when a swap has marked the shop
	 */
	void movable() {
		if (marked()) {
			throw Refusal.conflict("complex.swapPending", this.shop);
		}
	}

	private ShopTerm markedWith(PendingSwap swap) {
		return new ShopTerm(this.termId, this.shop, this.startsOn, this.endsOn, this.sellerId, this.spells,
				this.version + 1, swap);
	}

	/** A shop of a new term, held by the schedule's choice or vacant. */
	static ShopTerm scheduled(ComplexTerm term, String shop, String sellerId, Instant at) {
		List<Spell> spells = (sellerId != null)
				? List.of(Spell.begin(sellerId, Spell.Grant.SCHEDULED, null, ComplexDesk.SYSTEM, at)) : List.of();
		return new ShopTerm(term.id(), shop, term.startsOn(), term.endsOn(), sellerId, spells, 0);
	}

	/**
	 * Gives a vacant shop to a seller.
	 * @throws Refusal CONFLICT when the shop is held
	 */
	ShopTerm allot(String seller, Spell.Grant grant, String reason, String by, Instant at) {
		movable();
		if (!vacant()) {
			throw Refusal.conflict("complex.allot.held", this.shop);
		}
		List<Spell> next = new ArrayList<>(this.spells);
		next.add(Spell.begin(seller, grant, reason, by, at));
		return new ShopTerm(this.termId, this.shop, this.startsOn, this.endsOn, seller, next, this.version + 1);
	}

	/**
	 * The holder gives the shop up: it is vacant until it is offered on.
	 * @throws Refusal CONFLICT when the shop is vacant
	 */
	ShopTerm surrender(String reason, Instant at) {
		return ended(Spell.Ending.SURRENDERED, reason, at);
	}

	/**
	 * The two shops' holders change places (both agreed; an officer records it).
	 * @return this shop, then the other, as they are after the swap
	 * @throws Refusal CONFLICT when either is vacant or they are the same shop
	 */
	List<ShopTerm> swapWith(ShopTerm other, String reason, String by, Instant at) {
		if (other.shop.equals(this.shop) || !other.termId.equals(this.termId)) {
			throw Refusal.invalid("complex.swap.sameShop").at("otherShop");
		}
		if (vacant() || other.vacant()) {
			throw Refusal.conflict("complex.shopVacant", vacant() ? this.shop : other.shop);
		}
		ShopTerm here = ended(Spell.Ending.SWAPPED, reason, at).allot(other.sellerId, Spell.Grant.SWAPPED, reason, by,
				at);
		ShopTerm there = other.ended(Spell.Ending.SWAPPED, reason, at)
			.allot(this.sellerId, Spell.Grant.SWAPPED, reason, by, at);
		return List.of(here.bumpedTo(this.version + 1), there.bumpedTo(other.version + 1));
	}

	private ShopTerm ended(Spell.Ending how, String reason, Instant at) {
		movable();
		if (vacant()) {
			throw Refusal.conflict("complex.shopVacant", this.shop);
		}
		List<Spell> next = new ArrayList<>(this.spells);
		next.set(next.size() - 1, next.get(next.size() - 1).end(how, reason, at));
		return new ShopTerm(this.termId, this.shop, this.startsOn, this.endsOn, null, next, this.version + 1);
	}

	private ShopTerm bumpedTo(long version) {
		return new ShopTerm(this.termId, this.shop, this.startsOn, this.endsOn, this.sellerId, this.spells, version);
	}

	/**
	 * A swap's mark on one of its two shops: marked by a version-checked update, so of
	 * two swaps touching a shop exactly one marks it.
	 *
	 * @param id the swap's id (also its audit line's)
	 * @param role whether this is the first shop marked or the second
	 * @param partner the other shop
	 * @param to the seller this shop goes to (the other shop's holder)
	 * @param reason the officer's reason
	 * @param by the officer
	 * @param roles the officer's roles, for the audit line
	 * @param at when the swap was recorded
	 */
	public record PendingSwap(String id, Role role, String partner, String to, String reason, String by,
			List<String> roles, Instant at) {

		public PendingSwap {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(partner, "partner");
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(by, "by");
			Objects.requireNonNull(at, "at");
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		/** Marked first (undone when the second is not marked) or second (decided). */
		public enum Role {

			FIRST, SECOND

		}

	}

}
