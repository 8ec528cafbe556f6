package ladakh.crafts.marketplace.treasury.deposits;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.IndiaTime;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Training centres' receipts written straight into {@code revenue_ledger} with the ledger
 * contract's fields (issue 16), so the deposits' tests do not wait on the ledger's
 * writers.
 */
public final class TreasuryReceiptFixtures {

	private final ReactiveMongoTemplate mongo;

	public TreasuryReceiptFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A centre's sale (positive) or refund (negative) in a month, in paise. */
	public String receipt(String centreId, YearMonth month, long signedMinor) {
		String id = (signedMinor >= 0 ? "stall:" : "refund:") + "tst-" + UUID.randomUUID();
		Date at = Date.from(month.atDay(10).atTime(LocalTime.NOON).atZone(IndiaTime.ZONE).toInstant());
		this.mongo
			.insert(new Document("_id", id).append("kind", (signedMinor >= 0) ? "SALE" : "REFUND")
				.append("sellerId", centreId)
				.append("sellerKind", "TRAINING_CENTRE")
				.append("craft", "carpet-weaving")
				.append("district", "LEH")
				.append("channel", "STALL")
				.append("paymentMode", "CASH")
				.append("payee", "TREASURY")
				.append("amountMinor", Math.abs(signedMinor))
				.append("currency", "INR")
				.append("signedMinor", signedMinor)
				.append("signedOwedMinor", 0L)
				.append("commissionBps", 0)
				.append("commissionMinor", 0L)
				.append("at", at)
				.append("fy", FinancialYear.of(month).toString())
				.append("month", month.toString()), "revenue_ledger")
			.block();
		return id;
	}

}
