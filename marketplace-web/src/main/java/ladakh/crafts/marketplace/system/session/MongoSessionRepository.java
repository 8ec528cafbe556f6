package ladakh.crafts.marketplace.system.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.bson.types.Binary;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;

/**
 * Browser sessions in the {@code sessions} collection, so any instance can serve any
 * request. One document per session: {@code {_id, createdAt, lastAccessedAt,
 * maxInactiveSeconds, expireAt, principal, attributes}}.
 * <p>
 * {@code expireAt} carries a TTL index, so MongoDB removes dead sessions by itself; a
 * read also treats an expired document as absent, because the TTL monitor runs only once
 * a minute (the in-process server runs one like mongod's, decision 35).
 * <p>
 * Attributes are plain documents of a few known types ({@link SessionAttributes}), never
 * Java serialisation, so reading a session instantiates no class its bytes name (decision
 * 34). A document that does not decode (written in Java serialisation by an older
 * release, or altered) counts as no session: the person signs in again, and the TTL index
 * removes the old document in time.
 */
public class MongoSessionRepository implements ReactiveSessionRepository<MapSession> {

	public static final String COLLECTION = "sessions";

	private static final Log logger = LogFactory.getLog(MongoSessionRepository.class);

	/** How stale the stored access time of an otherwise unchanged session may get. */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/** What was last read or written, kept on the session object only (never stored). */
	private static final String STORED = MongoSessionRepository.class.getName() + ".STORED";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration timeout;

	MongoSessionRepository(ReactiveMongoTemplate mongo, Clock clock, Duration timeout) {
		this.mongo = mongo;
		this.clock = clock;
		this.timeout = timeout;
	}

	@Override
	public Mono<MapSession> createSession() {
		return Mono.fromSupplier(() -> {
			MapSession session = new MapSession();
			Instant now = this.clock.instant();
			session.setCreationTime(now);
			session.setLastAccessedTime(now);
			session.setMaxInactiveInterval(this.timeout);
			return session;
		});
	}

	@Override
	public Mono<Void> save(MapSession session) {
		boolean sameId = session.getId().equals(session.getOriginalId());
		Mono<Void> dropOldId = sameId ? Mono.empty() : deleteById(session.getOriginalId());
		return dropOldId.then(Mono.fromCallable(() -> document(session)))
			.filter((document) -> !sameId || !unchangedSinceLoaded(session, document))
			.flatMap((document) -> this.mongo
				.findAndReplace(Query.query(Criteria.where("_id").is(session.getId())), document,
						FindAndReplaceOptions.options().upsert(), Document.class, COLLECTION)
				.then(Mono.fromRunnable(() -> remember(session, document))))
			.then();
	}

	/**
	 * Every request saves its session; most change nothing but the access time. Those are
	 * not written again until the stored access time is {@link #TOUCH_INTERVAL} old,
	 * which delays expiry by at most that much and spares the database a write per
	 * request.
	 */
	private boolean unchangedSinceLoaded(MapSession session, Document document) {
		Stored stored = session.getAttribute(STORED);
		return stored != null && stored.sameAs(document)
				&& Duration.between(stored.lastAccessedAt(), session.getLastAccessedTime())
					.compareTo(TOUCH_INTERVAL) < 0;
	}

	private static void remember(MapSession session, Document document) {
		session.setAttribute(STORED, Stored.of(document));
	}

	@Override
	public Mono<MapSession> findById(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).flatMap((document) -> {
			Date expireAt = document.getDate("expireAt");
			if (expireAt == null || !expireAt.toInstant().isAfter(this.clock.instant())) {
				return deleteById(id).then(Mono.empty());
			}
			return Mono.justOrEmpty(session(document));
		});
	}

	@Override
	public Mono<Void> deleteById(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).then();
	}

	/**
	 * Ends every session of one person, e.g. when an administrator disables them or
	 * changes their roles.
	 * @return how many sessions ended
	 */
	public Mono<Long> deleteSessionsOf(String principal) {
		return this.mongo.remove(Query.query(Criteria.where("principal").is(principal)), COLLECTION)
			.map((result) -> result.getDeletedCount());
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(List.of(
					new IndexModel(Indexes.ascending("expireAt"),
							new IndexOptions().name("expireAt_ttl").expireAfter(0L, TimeUnit.SECONDS)),
					new IndexModel(Indexes.ascending("principal"), new IndexOptions().name("principal")))))
			.then();
	}

	private Document document(MapSession session) {
		Map<String, Object> attributes = new HashMap<>();
		for (String name : session.getAttributeNames()) {
			if (!STORED.equals(name)) {
				attributes.put(name, session.getAttribute(name));
			}
		}
		Instant lastAccessed = session.getLastAccessedTime();
		Duration maxInactive = session.getMaxInactiveInterval();
		return new Document("_id", session.getId()).append("createdAt", Date.from(session.getCreationTime()))
			.append("lastAccessedAt", Date.from(lastAccessed))
			.append("maxInactiveSeconds", maxInactive.getSeconds())
			.append("expireAt", Date.from(lastAccessed.plus(maxInactive)))
			.append("principal", principal(session))
			.append("attributes", SessionAttributes.encode(attributes));
	}

	/** The stored session, or {@code null} when it cannot be read safely. */
	private MapSession session(Document document) {
		if (document.get("attributes") instanceof Binary) {
			// Never deserialised: the bytes could name any class on the classpath.
			logger
				.info("Ignoring session " + document.get("_id") + " stored in Java serialisation by an older release");
			return null;
		}
		try {
			Map<String, Object> attributes = SessionAttributes.decode(document.get("attributes"));
			MapSession session = new MapSession(document.getString("_id"));
			session.setCreationTime(document.getDate("createdAt").toInstant());
			session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
			session
				.setMaxInactiveInterval(Duration.ofSeconds(((Number) document.get("maxInactiveSeconds")).longValue()));
			attributes.forEach(session::setAttribute);
			remember(session, document);
			return session;
		}
		catch (RuntimeException ex) {
			logger.warn("Ignoring session " + document.get("_id") + " that does not decode: " + ex);
			return null;
		}
	}

	private static String principal(MapSession session) {
		Object context = session
			.getAttribute(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
		if (context instanceof SecurityContext security && security.getAuthentication() != null) {
			return security.getAuthentication().getName();
		}
		return null;
	}

	/**
	 * The stored form of a session's attributes and settings, to tell whether a save
	 * would change anything but the access time.
	 */
	private record Stored(Object attributes, long maxInactiveSeconds, String principal, Instant lastAccessedAt) {

		static Stored of(Document document) {
			return new Stored(document.get("attributes"), ((Number) document.get("maxInactiveSeconds")).longValue(),
					document.getString("principal"), document.getDate("lastAccessedAt").toInstant());
		}

		boolean sameAs(Document document) {
			Stored now = of(document);
			return Objects.equals(this.attributes, now.attributes) && this.maxInactiveSeconds == now.maxInactiveSeconds
					&& Objects.equals(this.principal, now.principal);
		}

	}

}
