package ladakh.crafts.marketplace.demo;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import ladakh.crafts.demo.Craft;
import ladakh.crafts.demo.Exhibition;
import ladakh.crafts.demo.Listing;
import ladakh.crafts.demo.Localized;
import ladakh.crafts.demo.Seller;
import org.bson.Document;

/**
 * The demo records as MongoDB documents, field for field as docs/data-model.md names
 * them.
 */
final class DemoDocuments {

	private static final java.util.Set<String> LIVE = java.util.Set.of("PUBLISHED", "PAUSED", "SOLD_OUT");

	private DemoDocuments() {
	}

	static Document craft(Craft craft) {
		return new Document("_id", craft.id()).append("name", localized(craft.name()))
			.append("description", localized(craft.description()))
			.append("department", craft.department().name())
			.append("sortOrder", craft.sortOrder());
	}

	static Document seller(Seller seller) {
		Document document = new Document("_id", seller.id()).append("type", seller.type().name())
			.append("name", seller.name())
			.append("district", seller.district().name())
			.append("block", seller.block())
			.append("village", seller.village())
			.append("crafts", seller.crafts())
			.append("registrationNumber", seller.registrationNumber())
			.append("status", seller.status())
			.append("story", localized(seller.story()))
			.append("createdAt", date(seller.createdAt()));
		if (seller.artisan() != null) {
			document.append("artisan",
					new Document("parentage", seller.artisan().parentage())
						.append("gender", seller.artisan().gender().name())
						.append("birthYear", seller.artisan().birthYear())
						.append("yearsOfPractice", seller.artisan().yearsOfPractice())
						.append("trainingCentreId", seller.artisan().trainingCentreId())
						.append("shgId", seller.artisan().shgId()));
		}
		if (seller.shg() != null) {
			document.append("shg",
					new Document("dateFormed", seller.shg().dateFormed().toString())
						.append("memberIds", seller.shg().memberIds())
						.append("revolvingFundMinor", seller.shg().revolvingFundMinor()));
		}
		if (seller.centre() != null) {
			document.append("centre",
					new Document("scheme", seller.centre().scheme().name())
						.append("intakeCapacity", seller.centre().intakeCapacity())
						.append("courseMonths", seller.centre().courseMonths())
						.append("monthlyStipendMinor", seller.centre().monthlyStipendMinor())
						.append("carpetWeaving", seller.centre().carpetWeaving()));
		}
		return document;
	}

	/**
	 * A new listing is dirty at rev 1, so the indexer picks it up. A live one carries its
	 * first publication (its creation), as the catalog stores it (decision 0046).
	 */
	static Document listing(Listing listing) {
		return new Document("_id", listing.id()).append("sellerId", listing.sellerId())
			.append("title", localized(listing.title()))
			.append("description", localized(listing.description()))
			.append("craft", listing.craft())
			.append("materials", listing.materials())
			.append("priceMinor", listing.priceMinor())
			.append("currency", listing.currency())
			.append("stock", listing.stock())
			.append("madeToOrder", listing.madeToOrder())
			.append("leadTimeDays", listing.leadTimeDays())
			.append("photos",
					listing.photos()
						.stream()
						.map((photo) -> new Document("imageId", photo.imageId()).append("thumbId", photo.thumbId())
							.append("width", photo.width())
							.append("height", photo.height()))
						.toList())
			.append("giTag",
					(listing.giTag() != null) ? new Document("name", listing.giTag().name())
						.append("authorisedUserNumber", listing.giTag().authorisedUserNumber()) : null)
			.append("status", listing.status())
			.append("colours", listing.colours())
			.append("createdAt", date(listing.createdAt()))
			.append("updatedAt", date(listing.updatedAt()))
			.append("publishedAt", LIVE.contains(listing.status()) ? date(listing.createdAt()) : null)
			.append("rev", 1L)
			.append("dirty", true);
	}

	static Document exhibition(Exhibition exhibition) {
		return new Document("_id", exhibition.id()).append("name", localized(exhibition.name()))
			.append("place", exhibition.place())
			.append("district", exhibition.district().name())
			.append("startsOn", exhibition.startsOn().toString())
			.append("endsOn", exhibition.endsOn().toString())
			.append("stallCount", exhibition.stallCount())
			.append("description", localized(exhibition.description()));
	}

	static Document counts(Map<String, Integer> counts) {
		return new Document(counts);
	}

	private static Document localized(Localized text) {
		Document document = new Document("en", text.en());
		if (text.hi() != null) {
			document.append("hi", text.hi());
		}
		return document;
	}

	private static Date date(Instant instant) {
		return Date.from(instant);
	}

}
