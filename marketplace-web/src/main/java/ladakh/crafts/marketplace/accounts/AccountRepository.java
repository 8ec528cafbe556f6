package ladakh.crafts.marketplace.accounts;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.system.security.UserLookup;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code users} collection (docs/data-model.md). The unique index on {@code login} is
 * what decides between two people signing up with the same login at once.
 */
@Component
class AccountRepository implements UserLookup {

	static final String COLLECTION = "users";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	AccountRepository(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Mono<MarketplaceUser> findByLogin(String login) {
		return LoginName.parse(login)
			.map((name) -> this.mongo.findOne(Query.query(Criteria.where("login").is(name.value())), Document.class,
					COLLECTION))
			.orElse(Mono.empty())
			.map(AccountRepository::user);
	}

	Mono<MarketplaceUser> findById(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(AccountRepository::user);
	}

	Mono<MarketplaceUser> findBySellerId(String sellerId) {
		return this.mongo.findOne(Query.query(Criteria.where("sellerId").is(sellerId)), Document.class, COLLECTION)
			.map(AccountRepository::user);
	}

	/**
	 * Inserts a new user; fails with {@link LoginTakenException} when the login exists.
	 */
	Mono<MarketplaceUser> insert(MarketplaceUser user) {
		Date now = Date.from(this.clock.instant());
		Document document = new Document("_id", user.id()).append("login", user.login())
			.append("displayName", user.displayName())
			.append("passwordHash", user.passwordHash())
			.append("roles", user.roles().stream().map(Enum::name).sorted().toList())
			.append("sellerId", user.sellerId())
			.append("enabled", user.enabled())
			.append("mustChangePassword", user.mustChangePassword())
			.append("createdAt", now)
			.append("lastLoginAt", null);
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(user)
			.onErrorMap(DuplicateKeyException.class, (ex) -> new LoginTakenException(user.login()));
	}

	/** People whose login or name contains the text (any case), by login. */
	Flux<MarketplaceUser> search(String text, int limit) {
		Query query = new Query();
		if (text != null && !text.isBlank()) {
			Pattern pattern = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
			query.addCriteria(new Criteria().orOperator(Criteria.where("login").regex(pattern),
					Criteria.where("displayName").regex(pattern)));
		}
		return this.mongo.find(query.with(Sort.by("login")).limit(limit), Document.class, COLLECTION)
			.map(AccountRepository::user);
	}

	Mono<Boolean> setRoles(String id, Set<Role> roles) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("roles", roles.stream().map(Enum::name).sorted().toList()), COLLECTION)
			.map((result) -> result.getMatchedCount() == 1);
	}

	Mono<Boolean> setEnabled(String id, boolean enabled) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("enabled", enabled), COLLECTION)
			.map((result) -> result.getMatchedCount() == 1);
	}

	/**
	 * Replaces the password hash, only if it is still the one the change was checked
	 * against, and lifts the one-time password's restriction.
	 * @return whether it was replaced
	 */
	Mono<Boolean> changePassword(String id, String checkedHash, String newHash) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("passwordHash").is(checkedHash)),
					new Update().set("passwordHash", newHash)
						.set("mustChangePassword", false)
						.set("passwordChangedAt", Date.from(this.clock.instant())),
					COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	Mono<Void> markLoggedIn(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("lastLoginAt", Date.from(this.clock.instant())), COLLECTION)
			.then();
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(List.of(
					new IndexModel(Indexes.ascending("login"), new IndexOptions().name("login_unique").unique(true)),
					new IndexModel(Indexes.ascending("sellerId"), new IndexOptions().name("sellerId")),
					// the instructors' list (sellers.LookupRepository)
					new IndexModel(Indexes.ascending("roles", "displayName"),
							new IndexOptions().name("roles_displayName")))))
			.then();
	}

	private static MarketplaceUser user(Document document) {
		List<String> names = document.getList("roles", String.class, List.of());
		Set<Role> roles = names.isEmpty() ? Set.of() : EnumSet.copyOf(names.stream().map(Role::valueOf).toList());
		return new MarketplaceUser(document.getString("_id"), document.getString("login"),
				document.getString("displayName"), document.getString("passwordHash"), roles,
				document.getString("sellerId"), document.getBoolean("enabled", false),
				document.getBoolean("mustChangePassword", false));
	}

}
