package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.exhibitions.StallAllocation;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.payments.PaymentSubjects;

import org.springframework.web.reactive.result.view.Rendering;

/**
 * The seller back from paying a stall fee by card: the state of each stall a card payment
 * may be for (waiting for its fee, or confirmed by card), read afresh on every look.
 * While one still waits, the page asks the browser to look again (a {@code Refresh}
 * header) every {@link #EVERY_SECONDS} seconds, {@link #MAX_CHECKS} times at most: no
 * script, and a bounded number of requests.
 *
 * @param stalls the stalls' states; empty when not back from a card payment
 * @param check the how-manieth look this is (1 the first), 0 when not back from one
 */
record CardReturn(List<CardStall> stalls, int check) {

	static final int MAX_CHECKS = 5;

	static final int EVERY_SECONDS = 10;

	/** The look asked for ({@code check}), within 1..MAX_CHECKS; 1 when absent or bad. */
	static int checked(String check) {
		try {
			int value = (check == null) ? 1 : Integer.parseInt(check);
			return Math.max(1, Math.min(MAX_CHECKS, value));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static CardReturn of(List<StallFees.SellerStall> mine, int check, Locale locale) {
		if (check == 0) {
			return new CardReturn(List.of(), 0);
		}
		return new CardReturn(mine.stream()
			.filter((stall) -> stall.stall().status() == StallAllocation.Status.OFFERED || byCard(stall.stall()))
			.map((stall) -> new CardStall(stall.stall().stallNumber(), stall.exhibition().name().in(locale),
					stall.stall().status() == StallAllocation.Status.CONFIRMED))
			.toList(), check);
	}

	private static boolean byCard(StallAllocation stall) {
		return stall.status() == StallAllocation.Status.CONFIRMED && stall.payment() != null
				&& "CARD".equals(stall.payment().method());
	}

	boolean waiting() {
		return this.stalls.stream().anyMatch((stall) -> !stall.confirmed());
	}

	/** The address of the next look (a plain link too, when the looks are used up). */
	String next() {
		return PaymentSubjects.STALL_FEE_RETURN + "&check=" + Math.min(MAX_CHECKS, this.check + 1);
	}

	/** The model, and the browser's next look while a stall waits and looks are left. */
	Rendering.Builder<?> onto(Rendering.Builder<?> page) {
		page.modelAttribute("cardStalls", this.stalls)
			.modelAttribute("cardWaiting", waiting())
			.modelAttribute("cardNext", next())
			.modelAttribute("cardAuto", waiting() && this.check < MAX_CHECKS)
			.modelAttribute("cardEvery", EVERY_SECONDS);
		if (waiting() && this.check < MAX_CHECKS) {
			page.header("Refresh", EVERY_SECONDS + "; url=" + next());
		}
		return page;
	}

	/**
	 * @param number the stall
	 * @param exhibition its exhibition's name
	 * @param confirmed whether its fee has reached us
	 */
	record CardStall(String number, String exhibition, boolean confirmed) {

	}

}
