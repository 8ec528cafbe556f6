package ladakh.crafts.marketplace.search;

import java.util.List;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A listing as any visitor may see it, with its maker. Nothing private (no mobile, no
 * stock history, no review notes).
 *
 * @param id the listing id
 * @param title the title
 * @param description the description
 * @param craft the craft slug
 * @param craftName the craft's names
 * @param materials the materials
 * @param dimensions free text, or {@code null}
 * @param weightGrams or {@code null}
 * @param price its price
 * @param status {@code PUBLISHED} or {@code SOLD_OUT}
 * @param inStock whether it can be bought now
 * @param stock pieces in stock
 * @param madeToOrder whether it is made to order
 * @param leadTimeDays days to make it, or {@code null}
 * @param photos the photos, in the seller's order
 * @param gi the GI tag, or {@code null}
 * @param careNotes or {@code null}
 * @param seller the maker
 * @param stalls where to meet the maker; empty when no stall is allotted
 */
public record PublicListing(String id, LocalizedText title, LocalizedText description, String craft,
		LocalizedText craftName, List<String> materials, String dimensions, Integer weightGrams, Money price,
		String status, boolean inStock, int stock, boolean madeToOrder, Integer leadTimeDays, List<Photo> photos,
		GiTag gi, LocalizedText careNotes, Maker seller, List<Stall> stalls) {

	/** URLs under {@code /media/}. */
	public record Photo(String url, String thumbnailUrl, Integer width, Integer height) {

	}

	/** A Geographical Indication, e.g. Ladakh Pashmina, with the authorised user. */
	public record GiTag(String name, String authorisedUserNumber) {

	}

	/**
	 * @param id the seller id
	 * @param name the name
	 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param village the village, or {@code null}
	 * @param registrationNumber or {@code null}
	 * @param registrationStatus the seller's status ({@code ACTIVE} for every shown
	 * listing)
	 * @param verified whether the registration is valid today
	 * @param verificationUrl the artisan's public verification page, or {@code null}
	 * @param shopUrl the seller's shop page
	 */
	public record Maker(String id, String name, String type, String district, String village, String registrationNumber,
			String registrationStatus, boolean verified, String verificationUrl, String shopUrl) {

	}

	/**
	 * A current or upcoming stall of the seller's at an exhibition.
	 *
	 * @param exhibitionId the exhibition
	 * @param exhibitionName its name
	 * @param place venue and town
	 * @param stallNumber the stall
	 * @param startsOn the first day, ISO
	 * @param endsOn the last day, ISO
	 * @param dates the days as people write them ("20–26 Sep 2026"), English and Hindi
	 * @param on whether the exhibition is on today (India time)
	 */
	public record Stall(String exhibitionId, LocalizedText exhibitionName, String place, String stallNumber,
			String startsOn, String endsOn, LocalizedText dates, boolean on) {

	}

}
