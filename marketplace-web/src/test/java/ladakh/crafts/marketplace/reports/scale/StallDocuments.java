package ladakh.crafts.marketplace.reports.scale;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;

/**
 * A plan's stall, a stall given to a seller and a stall sale in the shapes the
 * exhibitions' and the stalls' repositories store them, so the generated exhibitions read
 * back as the draw, the fees desk and the stall's till would have left them.
 */
final class StallDocuments {

	/** Every stall 3 m by 3 m, 2,500 rupees. */
	private static final long FEE = 250_000;

	private StallDocuments() {
	}

	static Document planned(String number, String kind, int position) {
		return new Document("number", number).append("kind", kind)
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", FEE)
			.append("currency", "INR")
			.append("xDm", (position % 40) * 35)
			.append("yDm", (position / 40) * 60)
			.append("reservedFor", null);
	}

	/**
	 * A stall's status as the fees desk leaves it: confirmed (fee paid) most often, then
	 * offered (fee not yet due), expired, given up, freed; or null, a stall given before
	 * stalls had a status (read as confirmed).
	 */
	static String status(Random random) {
		int roll = random.nextInt(100);
		return (roll < 58) ? "CONFIRMED" : (roll < 70) ? "OFFERED"
				: (roll < 80) ? "EXPIRED" : (roll < 88) ? "GIVEN_UP" : (roll < 93) ? "FREED" : null;
	}

	/**
	 * The stall given to the seller; without a status, in the shape the draw stored
	 * before fees were kept. An offer's fee falls due on {@code dueOn}, in the
	 * exhibition's own far-future year, so no sweep expires it.
	 */
	static Document allocation(String exhibitionId, String number, String kind, String sellerId, String status,
			LocalDate dueOn) {
		Document stall = new Document("_id", exhibitionId + ":" + number).append("exhibitionId", exhibitionId)
			.append("stallNumber", number)
			.append("sellerId", sellerId)
			.append("crafts", List.of("pashmina-weaving"));
		if (status == null) {
			return stall;
		}
		return stall.append("status", status)
			.append("kind", kind)
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", FEE)
			.append("currency", "INR")
			.append("dueOn", dueOn.toString())
			.append("payment",
					"CONFIRMED".equals(status) ? new Document("reference", "FEE-" + number).append("method", "CASH")
						.append("paidOn", dueOn.minusDays(3).toString())
						.append("recordedBy", "usr-generated-officer") : null)
			.append("lastSellerId", null)
			.append("version", 2L);
	}

	static Document sale(String id, String exhibitionId, String sellerId, long unitPaise, int quantity, boolean counted,
			Date at) {
		return new Document("_id", id).append("sellerId", sellerId)
			.append("exhibitionId", exhibitionId)
			.append("listingId", sellerId + "-l0")
			.append("title", new Document("en", "Pashmina shawl").append("hi", "पश्मीना शॉल"))
			.append("quantity", quantity)
			.append("unitPriceMinor", unitPaise)
			.append("currency", "INR")
			.append("mode", (quantity == 2) ? "UPI" : "CASH")
			.append("reference", (quantity == 2) ? "UPI-" + id : null)
			.append("counted", counted)
			.append("at", at);
	}

}
