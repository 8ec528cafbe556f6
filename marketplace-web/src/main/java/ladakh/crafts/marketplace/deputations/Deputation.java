package ladakh.crafts.marketplace.deputations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.exhibitions.StallPlan;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A deputation: an exhibition (announced, applied for and drawn like any other) held
 * outside Ladakh, whose stall plan is a number of places rather than a floor plan, and
 * whose participants travel there and back on dates the officer records.
 *
 * @param exhibitionId the exhibition it is
 * @param destination where it goes
 * @param places how many sellers go
 * @param travel each participant's dates, at most one per seller
 * @param version bumped by every stored move
 */
public record Deputation(String exhibitionId, Destination destination, int places, List<Travel> travel, long version) {

	/** More places than a trade fair's Ladakh pavilion ever had is a typing mistake. */
	static final int MAX_PLACES = 200;

	/** Longer than the IITF's fortnight with travel either side is a typing mistake. */
	static final int MAX_TRAVEL_DAYS = 45;

	public Deputation {
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(destination, "destination");
		if (places < 1 || places > MAX_PLACES) {
			throw Refusal.invalid("deputations.places", MAX_PLACES).at("places");
		}
		travel = List.copyOf(travel);
	}

	/**
	 * The places as the exhibitions' allocation reads them: stalls {@code P1}..{@code PN}
	 * of one kind, no fee, in rows of ten (so the exhibition's page can still draw them).
	 */
	static StallPlan placesPlan(int places) {
		List<Stall> stalls = new ArrayList<>();
		for (int i = 0; i < places; i++) {
			stalls.add(new Stall("P" + (i + 1), StallKind.HANDICRAFT, 30, 30, Money.ZERO, (i % 10) * 32, (i / 10) * 32,
					null));
		}
		return new StallPlan(stalls);
	}

	/**
	 * The deputation with a participant's travel dates (replacing earlier ones).
	 * @throws Refusal INVALID when they leave after the first day, return before the
	 * last, or travel too long
	 */
	Deputation withTravel(String sellerId, LocalDate departsOn, LocalDate returnsOn, LocalDate startsOn,
			LocalDate endsOn, String by, Instant at) {
		if (departsOn.isAfter(startsOn)) {
			throw Refusal.invalid("deputations.travel.departs").at("departsOn");
		}
		if (returnsOn.isBefore(endsOn)) {
			throw Refusal.invalid("deputations.travel.returns").at("returnsOn");
		}
		if (ChronoUnit.DAYS.between(departsOn, returnsOn) > MAX_TRAVEL_DAYS) {
			throw Refusal.invalid("deputations.travel.long", MAX_TRAVEL_DAYS).at("returnsOn");
		}
		List<Travel> next = new ArrayList<>(
				this.travel.stream().filter((t) -> !t.sellerId().equals(sellerId)).toList());
		next.add(new Travel(sellerId, departsOn, returnsOn, by, at));
		return new Deputation(this.exhibitionId, this.destination, this.places, next, this.version + 1);
	}

	/**
	 * A participant's journey.
	 *
	 * @param sellerId the participant
	 * @param departsOn the day they leave Leh
	 * @param returnsOn the day they are back
	 * @param by the officer who recorded it
	 * @param at when
	 */
	public record Travel(String sellerId, LocalDate departsOn, LocalDate returnsOn, String by, Instant at) {

		public Travel {
			Objects.requireNonNull(sellerId, "sellerId");
			Objects.requireNonNull(departsOn, "departsOn");
			Objects.requireNonNull(returnsOn, "returnsOn");
		}

	}

}
