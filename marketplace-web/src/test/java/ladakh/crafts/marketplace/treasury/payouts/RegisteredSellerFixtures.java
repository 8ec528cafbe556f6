package ladakh.crafts.marketplace.treasury.payouts;

import java.util.Date;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * An active artisan's record with a registration number of its own, as ACCOUNTS types it
 * into the bank-account form (payout and audit tests).
 */
final class RegisteredSellerFixtures {

	private RegisteredSellerFixtures() {
	}

	/**
	 * Stores the seller; answers its number.
	 * @param series two digits that keep one test class's numbers apart from another's
	 */
	static String registered(ReactiveMongoTemplate mongo, String sellerId, int series) {
		String number = String.format("KGL/HL/%02d%02d/%04d", series, Math.floorMod(sellerId.hashCode(), 100),
				Math.floorMod(sellerId.hashCode() / 100, 10_000));
		mongo
			.save(new Document("_id", sellerId).append("type", "ARTISAN")
				.append("name", "Artisan " + sellerId)
				.append("district", "KARGIL")
				.append("status", "ACTIVE")
				.append("registrationNumber", number)
				.append("createdAt", new Date()), "sellers")
			.block();
		return number;
	}

}
