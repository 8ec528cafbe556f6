package ladakh.crafts.marketplace.sellers.registration;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The choices the forms offer: crafts, training centres, and instructors (a tiny read
 * model over {@code users}, which the accounts area owns; there may be none yet).
 */
@Component
public class RegistrationLookups {

	private final ReactiveMongoTemplate mongo;

	private final SellerRecords sellers;

	RegistrationLookups(ReactiveMongoTemplate mongo, SellerRecords sellers) {
		this.mongo = mongo;
		this.sellers = sellers;
	}

	public Flux<Option> crafts(Locale locale) {
		return this.mongo.find(new Query().with(Sort.by("sortOrder")), Document.class, "crafts")
			.map((craft) -> new Option(craft.getString("_id"), name(craft, locale)));
	}

	Flux<String> craftIds() {
		return this.mongo.find(new Query(), Document.class, "crafts").map((craft) -> craft.getString("_id"));
	}

	public Flux<Option> trainingCentres() {
		return this.sellers.trainingCentres();
	}

	public Flux<Option> instructors() {
		Query query = Query.query(Criteria.where("roles").is("INSTRUCTOR").and("enabled").ne(false))
			.with(Sort.by("displayName"));
		return this.mongo.find(query, Document.class, "users")
			.map((user) -> new Option(user.getString("_id"), shownAs(user)));
	}

	/**
	 * The names staff members are shown by, for the given user ids; an id that is not a
	 * known user is left out, so callers fall back to showing the id.
	 */
	public Mono<Map<String, String>> staffNames(Collection<String> userIds) {
		if (userIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Query query = Query.query(Criteria.where("_id").in(userIds));
		query.fields().include("displayName", "login");
		return this.mongo.find(query, Document.class, "users")
			.collectMap((user) -> user.getString("_id"), RegistrationLookups::shownAs);
	}

	private static String shownAs(Document user) {
		String displayName = user.getString("displayName");
		if (displayName != null && !displayName.isBlank()) {
			return displayName;
		}
		return (user.getString("login") != null) ? user.getString("login") : user.getString("_id");
	}

	private static String name(Document craft, Locale locale) {
		Object name = craft.get("name");
		if (name instanceof Document localized) {
			String text = localized.getString(locale.getLanguage());
			return (text != null) ? text : localized.getString("en");
		}
		return String.valueOf(name);
	}

}
