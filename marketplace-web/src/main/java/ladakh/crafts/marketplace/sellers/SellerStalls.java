package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.LocalizedText;
import reactor.core.publisher.Mono;

/**
 * Where a seller had, has or will have a stall: what the seller's page ("meet the maker")
 * and the public card check (the stall history, so a visitor at a stall can check the
 * person behind the counter) show. The exhibitions area answers it (decision 57): the
 * sellers' pages ask through this port, since exhibitions already depend on sellers.
 */
public interface SellerStalls {

	/**
	 * The seller's stalls, the latest exhibition first (at most {@link #MAX_SHOWN}).
	 * @param sellerId the seller
	 * @return their stalls, possibly none
	 */
	Mono<List<Stall>> of(String sellerId);

	/** A seller's stalls shown at most: more than one a month for ten years. */
	int MAX_SHOWN = 200;

	/**
	 * One stall.
	 *
	 * @param exhibitionId the exhibition (its page is {@code /exhibitions/{id}})
	 * @param exhibitionName its name in English and Hindi
	 * @param where venue and town ("Polo Ground, Leh")
	 * @param stallNumber the stall, e.g. {@code A-12}
	 * @param startsOn the first day
	 * @param endsOn the last day
	 * @param dates the days as people write them, in English and Hindi ("20–26 Sep 2026")
	 */
	record Stall(String exhibitionId, LocalizedText exhibitionName, String where, String stallNumber,
			LocalDate startsOn, LocalDate endsOn, LocalizedText dates) {

		public Stall {
			Objects.requireNonNull(exhibitionId, "exhibitionId");
			Objects.requireNonNull(startsOn, "startsOn");
			Objects.requireNonNull(endsOn, "endsOn");
		}

		/** Whether the exhibition has not ended on this day (India time): meet them. */
		public boolean notEndedBy(LocalDate today) {
			return !this.endsOn.isBefore(today);
		}

		/** Whether the exhibition is on, on this day. */
		public boolean onOn(LocalDate today) {
			return !today.isBefore(this.startsOn) && !today.isAfter(this.endsOn);
		}

		/** The exhibition's page. */
		public String href() {
			return "/exhibitions/" + this.exhibitionId;
		}

	}

}
