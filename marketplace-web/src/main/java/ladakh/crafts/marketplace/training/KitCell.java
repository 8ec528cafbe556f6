package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One cell of a period's subsidy kits: the kits issued to one centre's ex-trainees under
 * one scheme, summed by the database.
 *
 * @param centreId the centre they trained at
 * @param schemeId the scheme whose subsidy applied
 * @param kits how many kits were issued
 * @param value what they cost the department
 * @param share what the beneficiaries paid
 */
public record KitCell(String centreId, String schemeId, long kits, Money value, Money share) {

	/** The subsidy: the value less the beneficiaries' share. */
	public Money subsidy() {
		return this.value.minus(this.share);
	}

}
