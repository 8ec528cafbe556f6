package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;

import ladakh.crafts.marketplace.shared.IndiaTime;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Ledger lines written as the ledger contract's documents (docs/decisions/0068), so the
 * payout tests do not wait for the ledger's writers.
 */
final class LedgerLines {

	private final ReactiveMongoTemplate mongo;

	LedgerLines(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A stall sale owed to the seller (no return window), commission 0. */
	Document sale(String id, String sellerId, long paise, Instant at) {
		return insert(line(id, "SALE", sellerId, paise, paise, at).append("channel", "STALL"));
	}

	/** An online sale of a part: payable once its return window passed. */
	Document onlineSale(String id, String sellerId, String orderId, String partId, long paise, Instant at) {
		return insert(line(id, "SALE", sellerId, paise, paise, at).append("channel", "ONLINE")
			.append("orderId", orderId)
			.append("partId", partId));
	}

	/** A refund, owed back by the seller at once. */
	Document refund(String id, String sellerId, long paise, Instant at) {
		return insert(line(id, "REFUND", sellerId, paise, -paise, at).append("channel", "ONLINE"));
	}

	/** A training centre's sale: the treasury's, never paid out. */
	Document treasurySale(String id, String centreId, long paise, Instant at) {
		return insert(line(id, "SALE", centreId, paise, paise, at).append("channel", "STALL")
			.append("payee", "TREASURY")
			.append("sellerKind", "TRAINING_CENTRE")
			.append("signedOwedMinor", 0L));
	}

	private Document insert(Document line) {
		this.mongo.insert(line, "revenue_ledger").block();
		return line;
	}

	static String fy(Instant at) {
		LocalDate day = IndiaTime.dayOf(at);
		int start = (day.getMonthValue() >= 4) ? day.getYear() : day.getYear() - 1;
		return start + "-" + String.format("%02d", (start + 1) % 100);
	}

	private static Document line(String id, String kind, String sellerId, long paise, long signed, Instant at) {
		LocalDate day = IndiaTime.dayOf(at);
		return new Document("_id", id).append("kind", kind)
			.append("sellerId", sellerId)
			.append("sellerKind", "ARTISAN")
			.append("craft", "wood-carving")
			.append("district", "LEH")
			.append("paymentMode", "UPI")
			.append("payee", "SELLER")
			.append("amountMinor", paise)
			.append("currency", "INR")
			.append("commissionBps", 0)
			.append("commissionMinor", 0L)
			.append("signedMinor", signed)
			.append("signedOwedMinor", signed)
			.append("at", Date.from(at))
			.append("fy", fy(at))
			.append("month", day.toString().substring(0, 7))
			.append("reference", "ref-" + id);
	}

}
