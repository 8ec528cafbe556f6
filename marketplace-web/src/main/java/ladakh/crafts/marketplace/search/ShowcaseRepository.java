package ladakh.crafts.marketplace.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * aggregate yet: the crafts, the exhibitions and their stall allocations (as the
 * exhibitions work stores them: {@code sellerId}, {@code exhibitionId},
 * {@code stallNumber}). Dates are stored as ISO strings.
 */
@Repository
class ShowcaseRepository {

	static final String STALL_ALLOCATIONS = "stall_allocations";

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

	/** Exhibitions that have not ended on this day, soonest first. */
	Flux<Exhibition> upcoming(LocalDate today, int limit) {
		Query query = Query.query(Criteria.where("endsOn").gte(today.toString()))
			.with(Sort.by("startsOn"))
			.limit(limit);
		return this.mongo.find(query, Document.class, "exhibitions").map(ShowcaseRepository::exhibition);
	}

	/** The seller's stalls at exhibitions that have not ended, soonest first. */
	Mono<List<PublicListing.Stall>> stalls(String sellerId, LocalDate today) {
		return this.mongo.find(Query.query(Criteria.where("sellerId").is(sellerId)), Document.class, STALL_ALLOCATIONS)
			.collectList()
			.flatMap((allocations) -> {
				if (allocations.isEmpty()) {
					return Mono.just(List.<PublicListing.Stall>of());
				}
				List<String> ids = allocations.stream().map((stall) -> stall.getString("exhibitionId")).toList();
				Query exhibitions = Query.query(Criteria.where("_id").in(ids).and("endsOn").gte(today.toString()))
					.with(Sort.by("startsOn"));
				return this.mongo.find(exhibitions, Document.class, "exhibitions")
					.collect(Collectors.toMap((exhibition) -> exhibition.getString("_id"), Function.identity()))
					.map((byId) -> stalls(allocations, byId));
			});
	}

	/**
	 * The indexes these reads need: exhibitions by their last day (the crafts are a short
	 * list read whole or by id), stall allocations by seller.
	 */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection("exhibitions")
			.flatMap((exhibitions) -> Mono
				.from(exhibitions.createIndex(Indexes.ascending("endsOn"), new IndexOptions().name("endsOn"))))
			.then(this.mongo.getCollection(STALL_ALLOCATIONS)
				.flatMap((stalls) -> Mono.from(stalls.createIndex(Indexes.ascending("sellerId", "exhibitionId"),
						new IndexOptions().name("sellerId_exhibitionId")))))
			.then();
	}

	private static List<PublicListing.Stall> stalls(List<Document> allocations, Map<String, Document> exhibitions) {
		return allocations.stream()
			.filter((stall) -> exhibitions.containsKey(stall.getString("exhibitionId")))
			.map((stall) -> {
				Document exhibition = exhibitions.get(stall.getString("exhibitionId"));
				return new PublicListing.Stall(exhibition.getString("_id"), LocalizedText.of(exhibition.get("name")),
						exhibition.getString("place"), stall.getString("stallNumber"), exhibition.getString("startsOn"),
						exhibition.getString("endsOn"));
			})
			.sorted(Comparator.comparing(PublicListing.Stall::startsOn, Comparator.nullsLast(String::compareTo)))
			.toList();
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
