package ladakh.crafts.marketplace.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
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

	/**
	 * A page of people from {@code after} on, read from one index (decision 0046): all of
	 * them by login when the text is blank; when it holds an {@code @} or a digit, those
	 * whose login starts with it (logins are lower case; a mobile number without spaces
	 * or +91), by login; otherwise those whose name starts with it, as typed or, typed in
	 * lower case, with each word capitalised as names are written, by name then id.
	 */
	Flux<MarketplaceUser> search(String text, After after, int limit) {
		String typed = (text != null) ? text.strip() : "";
		boolean byName = searchesByName(typed);
		List<Criteria> all = new ArrayList<>();
		if (byName) {
			String prefix = typed.equals(typed.toLowerCase(Locale.ROOT)) ? capitalised(typed) : typed;
			all.add(Criteria.where("displayName").gte(prefix).lt(prefix + Character.MAX_VALUE));
			if (after != null) {
				all.add(Criteria.where("displayName").gte(after.key()));
				all.add(new Criteria().orOperator(Criteria.where("displayName").gt(after.key()),
						Criteria.where("_id").gt(after.id())));
			}
		}
		else {
			if (!typed.isEmpty()) {
				String prefix = login(typed);
				all.add(Criteria.where("login").gte(prefix).lt(prefix + Character.MAX_VALUE));
			}
			if (after != null) {
				// logins are unique: the login alone says where the page ends
				all.add(Criteria.where("login").gt(after.key()));
			}
		}
		Query query = new Query().with(byName ? Sort.by("displayName", "_id") : Sort.by("login")).limit(limit);
		if (!all.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(all));
		}
		return this.mongo.find(query, Document.class, COLLECTION).map(AccountRepository::user);
	}

	/** Whether a search for this text is by name (no {@code @}, no digit) or by login. */
	static boolean searchesByName(String text) {
		return text != null && !text.isBlank() && text.chars().noneMatch((c) -> c == '@' || Character.isDigit(c));
	}

	/**
	 * The start of a login as it is stored: lower case, a mobile without +91 or spaces.
	 */
	private static String login(String typed) {
		String lower = typed.toLowerCase(Locale.ROOT);
		if (lower.contains("@")) {
			return lower;
		}
		String digits = lower.replaceAll("[\\s()-]", "");
		return digits.startsWith("+91") ? digits.substring(3) : digits;
	}

	/** Each word's first letter in upper case. */
	private static String capitalised(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (char c : text.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = Character.isWhitespace(c);
		}
		return out.toString();
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
					// the admin's search by name (by login: login_unique)
					new IndexModel(Indexes.ascending("displayName", "_id"), new IndexOptions().name("displayName_id")),
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
