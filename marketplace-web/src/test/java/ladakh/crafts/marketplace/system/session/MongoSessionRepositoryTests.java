package ladakh.crafts.marketplace.system.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Sessions against the shared in-process MongoDB-protocol server: a request that changes
 * nothing but the access time does not write the session again until it is a minute
 * stale; attributes are stored as plain documents of a few known types, never as Java
 * serialisation, and a stored session nobody can read safely counts as no session.
 */
class MongoSessionRepositoryTests {

	private static MongoClient client;

	private static final String SECURITY_CONTEXT = WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

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
		assertThat(document.toJson()).contains("greeting", "visits")
			.doesNotContain(MongoSessionRepository.class.getName());
	}

	@Test
	void aSignedInSessionIsStoredAsPlainDocumentsAndReadBackWhole() {
		MarketplaceUser seller = new MarketplaceUser("usr-dolma", "dolma@example.in", "Dolma", null,
				Set.of(Role.SELLER, Role.BUYER), "slr-leh-7", true, true);
		List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_SELLER"),
				new SimpleGrantedAuthority("ROLE_BUYER"),
				FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
					.issuedAt(Instant.parse("2026-12-06T09:30:00.123Z"))
					.build());
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(seller, null, authorities);
		MapSession session = this.sessions.createSession().block();
		session.setAttribute(SECURITY_CONTEXT, new SecurityContextImpl(signedIn));
		session.setAttribute("SPRING_SECURITY_SAVED_REQUEST", "/seller/listings?page=2");
		Map<String, Integer> cart = new LinkedHashMap<>();
		cart.put("lst-pashmina", 2);
		cart.put("lst-thangka", 1);
		session.setAttribute("orders.cart", cart);
		session.setAttribute("language", Locale.forLanguageTag("hi-IN"));
		session.setAttribute("csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "4bd6f0e2"));
		session.setAttribute("visits", 3);
		session.setAttribute("bytesSeen", 5_000_000_000L);
		session.setAttribute("welcomed", true);
		this.sessions.save(session).block();

		Document stored = mongo.findById(session.getId(), Document.class, MongoSessionRepository.COLLECTION).block();
		assertThat(binaries(stored)).as("no serialised bytes anywhere").isEmpty();
		assertThat(stored.toJson()).contains("dolma@example.in", "slr-leh-7", "/seller/listings?page=2", "lst-pashmina",
				"hi-IN", "4bd6f0e2");

		MapSession read = this.sessions.findById(session.getId()).block();
		Authentication authentication = read.<SecurityContext>getAttribute(SECURITY_CONTEXT).getAuthentication();
		assertThat(authentication.getPrincipal()).isEqualTo(seller);
		assertThat(authentication.isAuthenticated()).isTrue();
		assertThat(authentication.getName()).isEqualTo("dolma@example.in");
		assertThat(List.<GrantedAuthority>copyOf(authentication.getAuthorities()))
			.containsExactlyInAnyOrderElementsOf(authorities);
		assertThat(read.<String>getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isEqualTo("/seller/listings?page=2");
		assertThat(read.<Map<String, Integer>>getAttribute("orders.cart")).containsExactly(Map.entry("lst-pashmina", 2),
				Map.entry("lst-thangka", 1));
		assertThat(read.<Locale>getAttribute("language")).isEqualTo(Locale.forLanguageTag("hi-IN"));
		CsrfToken csrf = read.getAttribute("csrf");
		assertThat(List.of(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()))
			.containsExactly("X-CSRF-TOKEN", "_csrf", "4bd6f0e2");
		assertThat(read.<Integer>getAttribute("visits")).isEqualTo(3);
		assertThat(read.<Long>getAttribute("bytesSeen")).isEqualTo(5_000_000_000L);
		assertThat(read.<Boolean>getAttribute("welcomed")).isTrue();
		assertThat(stored.getString("principal")).isEqualTo("dolma@example.in");
	}

	@Test
	void anotherKindOfPrincipalComesBackAsItsNameAndAuthorities() {
		Authentication metrics = UsernamePasswordAuthenticationToken.authenticated(
				User.withUsername("metrics").password("{noop}unused").roles("ADMIN").build(), null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
		String id = stored(SECURITY_CONTEXT, new SecurityContextImpl(metrics));

		Authentication read = this.sessions.findById(id)
			.block()
			.<SecurityContext>getAttribute(SECURITY_CONTEXT)
			.getAuthentication();
		assertThat(read.getPrincipal()).isEqualTo("metrics");
		assertThat(read.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
		assertThat(mongo.findById(id, Document.class, MongoSessionRepository.COLLECTION).block().toJson())
			.doesNotContain("unused");
	}

	@Test
	void aJavaSerialisedSessionIsNeverDeserialisedAndCountsAsNoSession() throws IOException {
		Tripwire.tripped = false;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new HashMap<>(Map.of("greeting", new Tripwire())));
		}
		String id = "legacy-" + System.nanoTime();
		Date now = new Date();
		mongo
			.insert(new Document("_id", id).append("createdAt", now)
				.append("lastAccessedAt", now)
				.append("maxInactiveSeconds", 28_800L)
				.append("expireAt", Date.from(Instant.now().plus(Duration.ofHours(8))))
				.append("principal", null)
				.append("attributes", new Binary(bytes.toByteArray())), MongoSessionRepository.COLLECTION)
			.block();

		assertThat(this.sessions.findById(id).blockOptional()).isEmpty();
		assertThat(Tripwire.tripped).as("the stored object was deserialised").isFalse();
	}

	@Test
	void aStoredAttributeOfAnUnknownTypeMeansNoSession() {
		String id = stored("greeting", "julley");
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("attributes",
						List.of(new Document("name", "greeting").append("value",
								new Document("type", "java.lang.ProcessBuilder").append("command", "id")))),
				MongoSessionRepository.COLLECTION)
			.block();

		assertThat(this.sessions.findById(id).blockOptional()).isEmpty();
	}

	@Test
	void anAttributeOfATypeSessionsDoNotStoreIsRefusedOnSave() {
		MapSession session = this.sessions.createSession().block();
		session.setAttribute("note", new Note("not a type sessions know"));

		assertThatIllegalArgumentException().isThrownBy(() -> this.sessions.save(session).block())
			.withMessageContaining("note")
			.withMessageContaining(Note.class.getName());
	}

	/** Any Serializable class a session could name: sessions must not know it. */
	record Note(String text) implements Serializable {
	}

	/** Notes whether Java deserialisation ever reached it (a gadget would act here). */
	static final class Tripwire implements Serializable {

		static volatile boolean tripped;

		private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
			in.defaultReadObject();
			tripped = true;
		}

	}

	private static List<Binary> binaries(Object value) {
		List<Binary> found = new ArrayList<>();
		if (value instanceof Binary binary) {
			found.add(binary);
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((nested) -> found.addAll(binaries(nested)));
		}
		else if (value instanceof List<?> list) {
			list.forEach((nested) -> found.addAll(binaries(nested)));
		}
		return found;
	}

	private String stored(String name, Object value) {
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
