package ladakh.crafts.marketplace.sellers;

import java.util.Collection;
import java.util.Map;

import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The few reads the sellers area makes of collections other areas own, kept in one place:
 * craft names ({@code crafts}) and, of {@code users}, staff names and the email of a
 * seller's account. Read only. Public only for the sellers area's sub-packages.
 */
@Repository
public class LookupRepository {

	private final ReactiveMongoTemplate mongo;

	LookupRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Every craft, in the department's order. */
	public Flux<Craft> crafts() {
		return this.mongo.find(new Query().with(Sort.by("sortOrder")), Document.class, "crafts")
			.map((craft) -> new Craft(craft.getString("_id"), LocalizedText.of(craft.get("name"))));
	}

	/** Enabled instructors, by the name they are shown by. */
	public Flux<StaffName> instructors() {
		Query query = Query.query(Criteria.where("roles").is("INSTRUCTOR").and("enabled").ne(false))
			.with(Sort.by("displayName"));
		return this.mongo.find(query, Document.class, "users")
			.map((user) -> new StaffName(user.getString("_id"), shownAs(user)));
	}

	/**
	 * Staff accounts (instructors, officers, accounts, admins), by name, for the audit
	 * log's "who" choice; served by the accounts' {@code roles_displayName} index, read
	 * once per person with more than one staff role.
	 */
	public Flux<StaffName> staff() {
		Query query = Query
			.query(Criteria.where("roles").in("INSTRUCTOR", "OFFICER", "ACCOUNTS", "ADMIN").and("enabled").ne(false))
			.with(Sort.by("displayName"))
			.limit(500);
		return this.mongo.find(query, Document.class, "users")
			.map((user) -> new StaffName(user.getString("_id"), shownAs(user)))
			.distinct(StaffName::userId);
	}

	/** The names the given users are shown by; unknown ids are left out. */
	public Mono<Map<String, String>> staffNames(Collection<String> userIds) {
		if (userIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Query query = Query.query(Criteria.where("_id").in(userIds));
		query.fields().include("displayName", "login");
		return this.mongo.find(query, Document.class, "users")
			.collectMap((user) -> user.getString("_id"), LookupRepository::shownAs);
	}

	/** The email an enabled account acting for the seller signs in with, or empty. */
	public Mono<String> accountEmail(String sellerId) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId).and("enabled").ne(false)), Document.class,
					"users")
			.map((user) -> String.valueOf(user.get("login")))
			.filter((login) -> login.contains("@"))
			.next();
	}

	private static String shownAs(Document user) {
		String displayName = user.getString("displayName");
		if (displayName != null && !displayName.isBlank()) {
			return displayName;
		}
		return (user.getString("login") != null) ? user.getString("login") : user.getString("_id");
	}

	/**
	 * @param slug e.g. {@code thangka-painting}
	 * @param name in English and Hindi
	 */
	public record Craft(String slug, LocalizedText name) {

	}

	/**
	 * @param userId the user
	 * @param name how staff pages show them
	 */
	public record StaffName(String userId, String name) {

	}

}
