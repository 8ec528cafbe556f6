package ladakh.crafts.marketplace.search;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.LocalizedText;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The storefront's reads of the department's reference data that no area owns as an
 * aggregate yet: the crafts and the coming exhibitions (dates stored as ISO strings).
 */
@Repository
class ShowcaseRepository {

	private final ReactiveMongoTemplate mongo;

	ShowcaseRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The crafts in the department's order. */
	Flux<Craft> crafts() {
		return this.mongo.find(new Query().with(Sort.by("sortOrder")), Document.class, "crafts")
			.map(ShowcaseRepository::craft);
	}

	Mono<Craft> craft(String slug) {
		return this.mongo.findById(slug, Document.class, "crafts").map(ShowcaseRepository::craft);
	}

	/**
	 * Exhibitions that have not ended on this day, soonest first: those on now, then
	 * those to come. Both are read in first-day order on the exhibitions' (startsOn, _id)
	 * index and bounded: the ones on now began within the last year (no exhibition runs
	 * longer, {@code Exhibition.Facts}), those to come only as many as are shown. (A read
	 * by last day sorted by first day would read every exhibition not yet ended: the
	 * department announces them up to years ahead.)
	 */
	Flux<Exhibition> upcoming(LocalDate today, int limit) {
		Query begun = Query.query(Criteria.where("startsOn").gte(today.minusYears(1).toString()).lte(today.toString()))
			.with(Sort.by("startsOn", "_id"));
		Query coming = Query.query(Criteria.where("startsOn").gt(today.toString()))
			.with(Sort.by("startsOn", "_id"))
			.limit(limit);
		return find(begun).filter((exhibition) -> exhibition.endsOn().compareTo(today.toString()) >= 0)
			.concatWith(find(coming))
			.take(limit);
	}

	private Flux<Exhibition> find(Query query) {
		return this.mongo.find(query, Document.class, "exhibitions").map(ShowcaseRepository::exhibition);
	}

	/**
	 * The index these reads need: exhibitions by their first day (the exhibitions area
	 * declares the same one for its reports; the crafts are a short list read whole or by
	 * id). A seller's stalls are the exhibitions area's
	 * ({@code exhibitions.StallDirectory}, decision 57).
	 */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection("exhibitions")
			.flatMap((exhibitions) -> Mono.from(exhibitions.createIndex(
					Indexes.compoundIndex(Indexes.ascending("startsOn"), Indexes.ascending("_id")),
					new IndexOptions().name("startsOn_id"))))
			.then();
	}

	private static Craft craft(Document craft) {
		return new Craft(craft.getString("_id"), LocalizedText.of(craft.get("name")),
				LocalizedText.of(craft.get("description")));
	}

	private static Exhibition exhibition(Document exhibition) {
		return new Exhibition(exhibition.getString("_id"), LocalizedText.of(exhibition.get("name")),
				exhibition.getString("place"), exhibition.getString("startsOn"), exhibition.getString("endsOn"));
	}

	/** A craft with its names and description in both languages. */
	record Craft(String slug, LocalizedText name, LocalizedText description) {

	}

	/** An exhibition; dates are ISO strings. */
	record Exhibition(String id, LocalizedText name, String place, String startsOn, String endsOn) {

	}

}
