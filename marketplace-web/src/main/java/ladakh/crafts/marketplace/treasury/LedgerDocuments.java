package ladakh.crafts.marketplace.treasury;

import java.util.Date;

import org.bson.Document;

import ladakh.crafts.marketplace.shared.Money;

/**
 * The {@code revenue_ledger} documents as lines and sums, and back: the mapping
 * {@link LedgerRepository} reads and writes with (no database access here).
 */
final class LedgerDocuments {

	private LedgerDocuments() {
	}

	static Document sumsBy(Object key) {
		return new Document("_id", key).append("total", new Document("$sum", "$signedMinor"))
			.append("owed", new Document("$sum", "$signedOwedMinor"))
			.append("commission", new Document("$sum", "$signedCommissionMinor"))
			.append("lines", new Document("$sum", 1));
	}

	static LedgerSums sums(Document group, String currency) {
		String code = (currency != null) ? currency : Money.INR.getCurrencyCode();
		return new LedgerSums(Money.of(longOf(group, "total"), code), Money.of(longOf(group, "owed"), code),
				Money.of(longOf(group, "commission"), code), longOf(group, "lines"));
	}

	static long longOf(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	static Document document(LedgerEntry entry) {
		return new Document("_id", entry.id()).append("kind", entry.kind())
			.append("orderId", entry.orderId())
			.append("partId", entry.partId())
			.append("sellerId", entry.sellerId())
			.append("sellerKind", entry.sellerKind())
			.append("craft", entry.craft())
			.append("district", entry.district())
			.append("amountMinor", entry.amount().minor())
			.append("currency", entry.amount().currencyCode())
			.append("payee", entry.payee())
			.append("commissionBps", entry.commissionBps())
			.append("commissionMinor", entry.commission().minor())
			.append("signedMinor", entry.signedMinor())
			.append("signedOwedMinor", entry.signedOwedMinor())
			.append("signedCommissionMinor", entry.signedCommissionMinor())
			.append("reference", entry.reference())
			.append("at", Date.from(entry.at()))
			.append("fy", entry.fy())
			.append("month", entry.month())
			.append("channel", entry.channel())
			.append("exhibitionId", entry.exhibitionId())
			.append("paymentMode", entry.paymentMode())
			.append("reverses", entry.reverses())
			.append("reversedKind", entry.reversedKind())
			.append("reason", entry.reason())
			.append("by", entry.by());
	}

	static LedgerEntry entry(Document document) {
		String currency = document.getString("currency");
		Number commission = document.get("commissionMinor", Number.class);
		Number bps = document.get("commissionBps", Number.class);
		return new LedgerEntry(document.getString("_id"), document.getString("kind"), document.getString("orderId"),
				document.getString("partId"), document.getString("sellerId"),
				Money.of(document.get("amountMinor", Number.class).longValue(), currency),
				document.getString("reference"), document.getDate("at").toInstant(), document.getString("channel"),
				document.getString("exhibitionId"), document.getString("paymentMode"), document.getString("sellerKind"),
				document.getString("craft"), document.getString("district"), document.getString("payee"),
				(bps != null) ? bps.intValue() : 0,
				Money.of((commission != null) ? commission.longValue() : 0, currency), document.getString("reverses"),
				document.getString("reversedKind"), document.getString("reason"), document.getString("by"));
	}

	static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	static RevenueLedger.OwedLine owedLine(Document line) {
		Date at = line.getDate("at");
		String currency = line.getString("currency");
		return new RevenueLedger.OwedLine(line.getString("_id"), line.getString("kind"), line.getString("sellerId"),
				line.getString("sellerKind"), line.getString("channel"), line.getString("orderId"),
				line.getString("partId"), (at != null) ? at.toInstant() : null, line.getString("fy"),
				number(line.get("amountMinor")), number(line.get("commissionMinor")), number(line.get("signedMinor")),
				number(line.get("signedOwedMinor")), (currency != null) ? currency : "INR",
				line.getString("reference"));
	}

}
