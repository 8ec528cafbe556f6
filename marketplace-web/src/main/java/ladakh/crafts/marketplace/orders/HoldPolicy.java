package ladakh.crafts.marketplace.orders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.IndiaTime;

/**
 * How long an unpaid order holds its pieces, by the way it is paid: a card as long as its
 * payment page stays open; a bank transfer or UPI for hours a buyer needs to get to a
 * bank or a phone (48 by default); at the department's counter until the counter closes
 * on the next working day (Monday to Saturday, not on its holidays), so that a buyer who
 * orders on Saturday afternoon can still pay on Monday.
 */
final class HoldPolicy {

	private HoldPolicy() {
	}

	static Instant until(PaymentMethod method, Instant now, OrdersProperties properties) {
		if (method == null) {
			return now.plus(properties.reservationTtl());
		}
		return switch (method) {
			case CARD -> now.plus(properties.cardHold());
			case BANK_TRANSFER, UPI -> now.plus(properties.transferHold());
			case COUNTER -> counterClosingOnNextWorkingDay(now, properties);
			default -> now.plus(properties.reservationTtl());
		};
	}

	private static Instant counterClosingOnNextWorkingDay(Instant now, OrdersProperties properties) {
		LocalDate day = IndiaTime.dayOf(now).plusDays(1);
		// Bounded: a year of holidays would be a configuration mistake, not a reason to
		// hold stock for ever.
		for (int i = 0; i < 14
				&& (day.getDayOfWeek() == DayOfWeek.SUNDAY || properties.counterHolidays().contains(day)); i++) {
			day = day.plusDays(1);
		}
		return day.atTime(properties.counterCloses()).atZone(IndiaTime.ZONE).toInstant();
	}

}
