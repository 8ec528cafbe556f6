package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What only a self-help group has ({@code sellers.shg}).
 *
 * @param dateFormed when the group was formed, or null
 * @param memberIds member artisan ids, without repeats
 * @param presidentId an office bearer's artisan id, or null
 * @param secretaryId an office bearer's artisan id, or null
 * @param treasurerId an office bearer's artisan id, or null
 * @param bankLast4 the last four digits of the group's account, or null
 * @param bankIfsc the account's IFSC, or null
 * @param revolvingFund the grant the group was given
 * @param fundBalance what the revolving fund holds now
 * @param approvedBy the officer who approved the group, or null
 * @param approvedAt when, or null
 */
public record ShgDetails(LocalDate dateFormed, List<String> memberIds, String presidentId, String secretaryId,
		String treasurerId, String bankLast4, String bankIfsc, Money revolvingFund, Money fundBalance,
		String approvedBy, Instant approvedAt) {

	public ShgDetails {
		memberIds = (memberIds != null) ? List.copyOf(memberIds) : List.of();
		revolvingFund = (revolvingFund != null) ? revolvingFund : Money.ZERO;
		fundBalance = (fundBalance != null) ? fundBalance : Money.ZERO;
	}

	ShgDetails approvedBy(String officerId, Instant at) {
		return new ShgDetails(this.dateFormed, this.memberIds, this.presidentId, this.secretaryId, this.treasurerId,
				this.bankLast4, this.bankIfsc, this.revolvingFund, this.fundBalance, officerId, at);
	}

}
