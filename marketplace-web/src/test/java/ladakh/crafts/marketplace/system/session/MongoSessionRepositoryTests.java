package ladakh.crafts.marketplace.system.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions against the shared in-process MongoDB-protocol server: a request that changes
 * nothing but the access time does not write the session again until it is a minute
 * stale.
 */
class MongoSessionRepositoryTests {

	private static MongoClient client;

	private static ReactiveMongoTemplate mongo;

	private final MongoSessionRepository sessions = new MongoSessionRepository(mongo, Clock.systemUTC(),
			Duration.ofHours(8));

	@BeforeAll
	static void connect() {
		client = MongoClients.create(InProcessMongo.uri("session-repository-tests"));
		mongo = new ReactiveMongoTemplate(client, "session-repository-tests");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void anUnchangedSessionIsNotWrittenAgainWithinTheTouchInterval() {
		String id = stored("greeting", "julley");
		Instant firstAccess = storedAccess(id);

		MapSession again = this.sessions.findById(id).block();
		again.setLastAccessedTime(firstAccess.plusSeconds(10));
		this.sessions.save(again).block();
		assertThat(storedAccess(id)).as("nothing written").isEqualTo(firstAccess);

		MapSession later = this.sessions.findById(id).block();
		later.setLastAccessedTime(firstAccess.plus(MongoSessionRepository.TOUCH_INTERVAL).plusSeconds(1));
		this.sessions.save(later).block();
		assertThat(storedAccess(id)).as("a stale access time is written")
			.isEqualTo(firstAccess.plus(MongoSessionRepository.TOUCH_INTERVAL).plusSeconds(1));
	}

	@Test
	void aChangedAttributeIsWrittenAtOnce() {
		String id = stored("greeting", "julley");
		MapSession session = this.sessions.findById(id).block();
		session.setAttribute("greeting", "namaste");
		this.sessions.save(session).block();

		assertThat(this.sessions.findById(id).block().<String>getAttribute("greeting")).isEqualTo("namaste");
	}

	@Test
	void aNewIdIsWrittenAndTheOldOneRemoved() {
		String id = stored("greeting", "julley");
		MapSession session = this.sessions.findById(id).block();
		String newId = session.changeSessionId();
		this.sessions.save(session).block();

		assertThat(this.sessions.findById(id).blockOptional()).isEmpty();
		assertThat(this.sessions.findById(newId).block().<String>getAttribute("greeting")).isEqualTo("julley");
	}

	@Test
	void theRepositorysBookkeepingIsNeverStored() {
		String id = stored("greeting", "julley");
		MapSession session = this.sessions.findById(id).block();
		session.setAttribute("visits", 2);
		this.sessions.save(session).block();

		Document document = mongo.findById(id, Document.class, MongoSessionRepository.COLLECTION).block();
		String bytes = new String(document.get("attributes", org.bson.types.Binary.class).getData(),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(bytes).contains("greeting", "visits").doesNotContain(MongoSessionRepository.class.getName());
	}

	private String stored(String name, String value) {
		MapSession session = this.sessions.createSession().block();
		session.setAttribute(name, value);
		this.sessions.save(session).block();
		return session.getId();
	}

	private static Instant storedAccess(String id) {
		Document document = mongo.findById(id, Document.class, MongoSessionRepository.COLLECTION).block();
		return document.get("lastAccessedAt", Date.class).toInstant();
	}

}
