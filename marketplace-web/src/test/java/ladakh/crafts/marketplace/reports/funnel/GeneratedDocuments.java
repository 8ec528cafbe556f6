package ladakh.crafts.marketplace.reports.funnel;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;

/**
 * The generated sellers and listings in their stored shape. A seller's registration day
 * is written in one of the three ways the records have it (the registration date; an
 * SHG's approval, at 00:30 IST; the record's creation, at 01:30 IST, both the day before
 * in UTC); none of them is ACTIVE, so no list of the sellers who may sell today grows.
 */
final class GeneratedDocuments {

	private GeneratedDocuments() {
	}

	static Document seller(GeneratedTraining.Seller seller, Random random) {
		Document document = new Document("_id", seller.id).append("type", seller.kind)
			.append("name", "Funnel seller " + seller.id)
			.append("district", "LEH")
			.append("crafts", List.of("pashmina-weaving"))
			.append("story", new Document("en", "").append("hi", ""));
		if (seller.registeredOn == null) {
			return document.append("status", "PENDING").append("createdAt", new Date());
		}
		document.append("status", random.nextBoolean() ? "EXPIRED" : "SUSPENDED");
		if ("SHG".equals(seller.kind)) {
			return document.append("createdAt", date(GeneratedTraining.at(seller.registeredOn.minusDays(30), 10)))
				.append("shg", new Document("memberIds", List.of()).append("approvedBy", "officer")
					.append("approvedAt", date(GeneratedTraining.at(seller.registeredOn, 0))));
		}
		document.append("registrationNumber", seller.number);
		if ("UNIT_HOLDER".equals(seller.kind) && random.nextBoolean()) {
			return document.append("createdAt", date(GeneratedTraining.at(seller.registeredOn, 1)));
		}
		return document.append("registeredOn", seller.registeredOn.toString())
			.append("createdAt", date(GeneratedTraining.at(seller.registeredOn.minusDays(3), 12)));
	}

	/**
	 * The seller's published listings (paused now, so the storefront shows none) and, for
	 * every other seller, a draft never published made before them.
	 */
	static void listings(GeneratedTraining.Seller seller, List<Document> into) {
		int n = 0;
		for (Instant published : seller.published) {
			into.add(listing(seller.id + "-l" + n++, seller.id, "PAUSED", published.minusSeconds(86_400), published));
		}
		if (seller.registeredOn != null && seller.id.hashCode() % 2 == 0) {
			Instant made = GeneratedTraining.at(seller.registeredOn.minusDays(5), 8);
			into.add(listing(seller.id + "-draft", seller.id, "DRAFT", made, null));
		}
	}

	private static Document listing(String id, String sellerId, String status, Instant created, Instant published) {
		return new Document("_id", id).append("sellerId", sellerId)
			.append("status", status)
			.append("title", new Document("en", "Funnel piece " + id).append("hi", "पश्मीना शॉल"))
			.append("description", new Document("en", "Hand-spun, hand-woven.").append("hi", null))
			.append("craft", "pashmina-weaving")
			.append("materials", List.of("pashmina wool"))
			.append("priceMinor", 2_450_000L)
			.append("currency", "INR")
			.append("stock", 0)
			.append("madeToOrder", false)
			.append("leadTimeDays", null)
			.append("photos", List.of())
			.append("giTag", null)
			.append("version", 0L)
			.append("rev", 1L)
			.append("dirty", false)
			.append("createdAt", date(created))
			.append("updatedAt", date(created))
			.append("publishedAt", (published != null) ? date(published) : null);
	}

	private static Date date(Instant at) {
		return Date.from(at);
	}

}
