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
 */
public record ShopTerm(String termId, String shop, LocalDate startsOn, LocalDate endsOn, String sellerId,
		List<Spell> spells, long version) {

	public ShopTerm {
		Objects.requireNonNull(termId, "termId");
		Objects.requireNonNull(shop, "shop");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		spells = List.copyOf(spells);
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

}
