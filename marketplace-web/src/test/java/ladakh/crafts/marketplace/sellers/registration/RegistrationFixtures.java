package ladakh.crafts.marketplace.sellers.registration;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Test data for registration: crafts, an instructor, applications at a given stage, and a
 * real small JPEG.
 */
public final class RegistrationFixtures {

	public static final String INSTRUCTOR_ID = "usr-test-instructor";

	private final ReactiveMongoTemplate mongo;

	public RegistrationFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Crafts and the test instructor, without removing anyone else's data. */
	public RegistrationFixtures basics() {
		craft("pashmina-weaving", "Pashmina weaving", 1);
		craft("wood-carving", "Wood carving", 2);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(INSTRUCTOR_ID)),
				new Update().set("login", "instructor@example.in")
					.set("displayName", "Test Instructor")
					.set("roles", List.of("INSTRUCTOR"))
					.set("enabled", true),
				"users")
			.block();
		return this;
	}

	private void craft(String id, String name, int sortOrder) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(id)),
				new Update().set("name", new Document("en", name).append("hi", name + " (हिन्दी)"))
					.set("department", "HANDICRAFT")
					.set("sortOrder", sortOrder),
				"crafts")
			.block();
	}

	/** A fresh valid mobile number, so tests never meet each other's applications. */
	public static String newMobile() {
		return "9" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
	}

	/** Stores an application already at the given stage and returns its id. */
	public String application(ApplicationStatus status, District district, String mobile, Instant testRecordedAt) {
		String id = "app-" + UUID.randomUUID();
		Instant now = Instant.now();
		Applicant applicant = new Applicant("Stanzin " + id.substring(4, 8), "Tsewang", LocalDate.of(1990, 1, 1),
				"FEMALE", new MobileNumber(mobile), district, "Leh", "Saboo", new PinCode("194101"),
				List.of("wood-carving"), 10, null, null, null, "I agree");
		PracticalTest test = switch (status) {
			case SUBMITTED -> null;
			case TEST_SCHEDULED -> new PracticalTest(LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")), "Leh",
					INSTRUCTOR_ID, "usr-test-officer", null, null, null, null);
			default -> new PracticalTest(LocalDate.now(), "Leh", INSTRUCTOR_ID, "usr-test-officer",
					new Marks(7, 7, 7, 7), "Good", INSTRUCTOR_ID, testRecordedAt);
		};
		ArtisanApplication application = new ArtisanApplication(id, ReferenceCodes.next(), status, applicant,
				"photo-" + id, null, test, null, null, null, now, now);
		this.mongo.insert(ApplicationRepository.toDocument(application), ApplicationRepository.COLLECTION).block();
		return id;
	}

	public Document applicationDocument(String id) {
		return this.mongo.findById(id, Document.class, ApplicationRepository.COLLECTION).block();
	}

	public static Date date(Instant instant) {
		return Date.from(instant);
	}

	/** A real JPEG of the given size. */
	public static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x8a1c2b));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
