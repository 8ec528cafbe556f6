package ladakh.crafts.marketplace.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Listings in any state, written straight into {@code listings}, for tests. */
public final class ListingFixtures {

	public static final String CRAFT = "pashmina-weaving";

	/**
	 * Where listings are stored (only the catalog's repositories name it in main code).
	 */
	public static final String COLLECTION = "listings";

	private final ReactiveMongoTemplate mongo;

	public ListingFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		this.mongo
			.save(new Document("_id", CRAFT)
				.append("name", new Document("en", "Pashmina weaving").append("hi", "पश्मीना बुनाई"))
				.append("sortOrder", 1), "crafts")
			.block();
	}

	/**
	 * Makes sure a seller record exists for this id, ACTIVE (checkout sells only for
	 * sellers selling now); an existing record is left as it is.
	 */
	public void sellingSeller(String sellerId) {
		this.mongo.getCollection("sellers")
			.flatMap((sellers) -> reactor.core.publisher.Mono
				.from(sellers.updateOne(com.mongodb.client.model.Filters.eq("_id", sellerId),
						com.mongodb.client.model.Updates.combine(
								com.mongodb.client.model.Updates.setOnInsert("status", "ACTIVE"),
								com.mongodb.client.model.Updates.setOnInsert("type", "ARTISAN"),
								com.mongodb.client.model.Updates.setOnInsert("name", "Test seller " + sellerId)),
						new com.mongodb.client.model.UpdateOptions().upsert(true))))
			.block();
	}

	/** The reservation keys a listing holds. */
	public List<String> holds(String id) {
		org.bson.Document listing = this.mongo.findById(id, org.bson.Document.class, COLLECTION).block();
		return listing.getList("holds", String.class, List.of());
	}

	/** A listing of the seller in the given state; published ones carry publishedAt. */
	public String listing(String sellerId, String status) {
		String id = "lst-test-" + UUID.randomUUID();
		Date now = new Date();
		boolean wasLive = !"DRAFT".equals(status) && !"PENDING_REVIEW".equals(status);
		this.mongo
			.insert(new Document("_id", id).append("sellerId", sellerId)
				.append("status", status)
				.append("title", new Document("en", "Pashmina shawl " + id).append("hi", "पश्मीना शॉल"))
				.append("description", new Document("en", "Hand-spun, hand-woven.").append("hi", null))
				.append("craft", CRAFT)
				.append("materials", List.of("pashmina wool"))
				.append("priceMinor", 2_450_000L)
				.append("currency", "INR")
				.append("stock", 3)
				.append("madeToOrder", false)
				.append("leadTimeDays", null)
				.append("photos", List.of())
				.append("giTag", null)
				.append("version", 0L)
				.append("rev", 1L)
				.append("dirty", false)
				.append("createdAt", now)
				.append("updatedAt", now)
				.append("publishedAt", wasLive ? now : null), COLLECTION)
			.block();
		return id;
	}

	/** The same, with one photo (whose files need not exist). */
	public String listingWithPhoto(String sellerId, String status) {
		String id = listing(sellerId, status);
		this.mongo.getCollection(COLLECTION)
			.flatMap((listings) -> reactor.core.publisher.Mono
				.from(listings.updateOne(com.mongodb.client.model.Filters.eq("_id", id),
						com.mongodb.client.model.Updates.push("photos",
								new Document("imageId", photoId(id)).append("thumbId", "thumb-" + id + "-1")
									.append("width", 800)
									.append("height", 600)))))
			.block();
		return id;
	}

	public static String photoId(String listingId) {
		return "photo-" + listingId + "-1";
	}

	public Document stored(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).block();
	}

	/** A real PNG of the given size. */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(180, 40, 60));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.YELLOW);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
