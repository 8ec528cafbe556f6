package ladakh.crafts.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which index descriptions the TTL pass honours, as mongod does. */
class TtlIndexTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void aSingleDateFieldWithExpireAfterSecondsExpiresDocumentsOlderThanItsLifetime() {
		TtlMonitor.TtlIndex index = TtlMonitor.TtlIndex.of("crafts",
				description("crafts.sessions", new Document("expireAt", 1), 3600L));

		assertThat(index.collection()).isEqualTo("sessions");
		assertThat(index.lifetime()).isEqualTo(Duration.ofHours(1));
		assertThat(index.expiredBy(NOW))
			.isEqualTo(new Document("expireAt", new Document("$lte", NOW.minus(Duration.ofHours(1)))));
	}

	@Test
	void aPartialFilterNarrowsTheExpiredDocuments() {
		Document description = description("crafts.attempts", new Document("at", 1), 0)
			.append("partialFilterExpression", new Document("kind", "login"));

		assertThat(TtlMonitor.TtlIndex.of("crafts", description).expiredBy(NOW)).isEqualTo(new Document("$and",
				List.of(new Document("at", new Document("$lte", NOW)), new Document("kind", "login"))));
	}

	@Test
	void indexesMongodDoesNotExpireByAreIgnored() {
		assertThat(TtlMonitor.TtlIndex.of("crafts",
				description("crafts.sessions", new Document("expireAt", 1).append("principal", 1), 0)))
			.as("compound")
			.isNull();
		assertThat(TtlMonitor.TtlIndex.of("crafts", description("crafts.sessions", new Document("_id", 1), 0)))
			.as("_id")
			.isNull();
		assertThat(TtlMonitor.TtlIndex.of("crafts", description("crafts.sessions", new Document("at", 1), -1)))
			.as("negative")
			.isNull();
		assertThat(TtlMonitor.TtlIndex.of("crafts", description("crafts.sessions", new Document("at", 1), Double.NaN)))
			.as("NaN")
			.isNull();
		assertThat(TtlMonitor.TtlIndex.of("crafts", description("crafts.sessions", new Document("at", 1), "60")))
			.as("not a number")
			.isNull();
		assertThat(TtlMonitor.TtlIndex.of("crafts",
				new Document("key", new Document("at", 1)).append("ns", "crafts.sessions").append("name", "at_1")))
			.as("no expireAfterSeconds")
			.isNull();
	}

	private static Document description(String namespace, Document key, Object expireAfterSeconds) {
		return new Document("v", 2).append("key", key)
			.append("name", "ttl")
			.append("ns", namespace)
			.append("expireAfterSeconds", expireAfterSeconds);
	}

}
