package ladakh.crafts.marketplace.sellers.units;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.CooperativeDetails;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerKind;

/**
 * A unit holder or co-operative society as staff and the verification page see it.
 *
 * @param id the seller id
 * @param kind {@code UNIT_HOLDER} or {@code CO_OPERATIVE}
 * @param name its name
 * @param district {@code LEH} or {@code KARGIL}
 * @param village the village, or null
 * @param crafts craft slugs
 * @param registrationNumber the department's number, e.g. {@code LEH/UH/2026/0001}
 * @param registeredOn when the department registered it
 * @param status {@code ACTIVE}, {@code SUSPENDED}, ...
 * @param sellsToday whether it may sell today
 * @param ownerId a unit's owner (an artisan seller id), or null
 * @param ownerName the owner's name, or null
 * @param ownerRegistration the owner's artisan registration number, or null
 * @param establishedOn when a unit was set up, or null
 * @param kitScheme the scheme whose kit set a unit up, or null
 * @param actRegistration a society's number under the act, or null
 * @param actRegisteredOn when the registrar registered the society, or null
 * @param handloomWeavers a handloom weavers' co-operative
 * @param members a society's members
 */
public record UnitSeller(String id, SellerKind kind, String name, String district, String village, List<String> crafts,
		String registrationNumber, LocalDate registeredOn, String status, boolean sellsToday, String ownerId,
		String ownerName, String ownerRegistration, LocalDate establishedOn, String kitScheme, String actRegistration,
		LocalDate actRegisteredOn, boolean handloomWeavers, List<CooperativeDetails.Member> members) {

	static UnitSeller of(Seller seller, String ownerName, LocalDate today) {
		boolean unit = seller.unit() != null;
		boolean coop = seller.cooperative() != null;
		return new UnitSeller(seller.id(), seller.kind(), seller.name(), seller.place().district(),
				seller.place().village(), seller.crafts(), seller.registration().number(),
				seller.registration().registeredOn(), seller.status().name(), seller.sellsOn(today),
				unit ? seller.unit().ownerId() : null, ownerName, unit ? seller.unit().ownerRegistration() : null,
				unit ? seller.unit().establishedOn() : null, unit ? seller.unit().kitScheme() : null,
				coop ? seller.cooperative().actRegistration() : null, coop ? seller.cooperative().registeredOn() : null,
				coop && seller.cooperative().handloomWeavers(), coop ? seller.cooperative().members() : List.of());
	}

	public boolean unitHolder() {
		return this.kind == SellerKind.UNIT_HOLDER;
	}

	/** How many of a society's members hold an artisan registration. */
	public long registeredMembers() {
		return this.members.stream().filter((member) -> member.artisanRegistration() != null).count();
	}

}
