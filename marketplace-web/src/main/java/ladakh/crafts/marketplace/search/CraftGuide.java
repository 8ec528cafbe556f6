package ladakh.crafts.marketplace.search;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The crafts as buyers read about them: names and short descriptions from MongoDB. */
@Service
public class CraftGuide {

	private final ReactiveMongoTemplate mongo;

	CraftGuide(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<HomeShowcase.CraftTile> craft(String slug, Locale locale) {
		return this.mongo.findById(slug, Document.class, "crafts")
			.map((craft) -> new HomeShowcase.CraftTile(slug, LocalizedText.of(craft.get("name")).in(locale),
					LocalizedText.of(craft.get("description")).in(locale)));
	}

	/** Craft names by slug in the reader's language. */
	public Mono<Map<String, String>> names(Locale locale) {
		return this.mongo.find(new Query(), Document.class, "crafts")
			.collect(Collectors.toMap((craft) -> craft.getString("_id"),
					(craft) -> LocalizedText.of(craft.get("name")).in(locale)));
	}

}
