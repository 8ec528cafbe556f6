package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.exhibitions.ExhibitionDates;
import ladakh.crafts.marketplace.exhibitions.StallAllocation;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.shared.IndiaTime;

/**
 * A stall of the seller's on their exhibitions page: the fee and its day while offered,
 * with the ways to pay it and what to quote.
 *
 * @param exhibitionId for links
 * @param exhibition its name
 * @param dates its days
 * @param number the stall
 * @param status the stall's status
 * @param fee the fee
 * @param due the fee's day, or null
 * @param quote what to quote with the payment
 * @param ways how to pay, one line each
 * @param mayGiveUp the exhibition has not begun
 */
record SellerStallRow(String exhibitionId, String exhibition, String dates, String number, String status, String fee,
		String due, String quote, List<String> ways, boolean mayGiveUp) {

	static SellerStallRow of(StallFees.SellerStall mine, Locale locale, FormTexts texts) {
		StallAllocation stall = mine.stall();
		List<String> ways = mine.howToPay()
			.stream()
			.map((way) -> texts.text("exhibitions.fee.way", locale,
					texts.text("exhibitions.fee.method." + way.method().name(), locale), way.payee(), way.account()))
			.toList();
		return new SellerStallRow(mine.exhibition().id(), mine.exhibition().name().in(locale),
				ExhibitionDates.span(mine.exhibition().startsOn(), mine.exhibition().endsOn(), locale),
				stall.stallNumber(), stall.status().name(), (stall.fee() != null) ? stall.fee().format(locale) : null,
				(stall.dueOn() != null) ? IndiaTime.day(stall.dueOn()).in(locale) : null, StallFees.reference(stall),
				ways, mine.mayGiveUp());
	}

	public boolean offered() {
		return "OFFERED".equals(this.status);
	}

}
