package ladakh.crafts.catalog.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.index.StallRef;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a batch's sellers have stalls, read from the exhibitions work's collections
 * (decision 57): {@code stall_allocations} by {@code sellerId} (index
 * {@value #SELLER_INDEX}, the same the marketplace declares) and their
 * {@code exhibitions} by {@code _id}. Every stall a seller was given, past ones too, so a
 * buyer can find the maker met at a festival afterwards; what is current is decided when
 * the document is read, from its dates. Blocking: called from the sync's own thread.
 */
final class StallAllocationRepository implements StallAllocations {

	private static final Logger log = LoggerFactory.getLogger(StallAllocationRepository.class);

	static final String ALLOCATIONS = "stall_allocations";

	static final String EXHIBITIONS = "exhibitions";

	static final String SELLER_INDEX = "sellerId_exhibitionId";

	/** Values per {@code $in}: the embedded engine serves up to 500 from an index. */
	static final int IN_SLICE = 500;

	private final MongoCollection<Document> allocations;

	private final MongoCollection<Document> exhibitions;

	private final AtomicBoolean indexed = new AtomicBoolean();

	StallAllocationRepository(MongoDatabase database) {
		this.allocations = database.getCollection(ALLOCATIONS);
		this.exhibitions = database.getCollection(EXHIBITIONS);
	}

	@Override
	public Map<String, List<StallRef>> forSellers(Collection<String> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Map.of();
		}
		createIndexes();
		List<String> ids = List.copyOf(sellerIds);
		List<Document> stalls = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += IN_SLICE) {
			List<String> slice = ids.subList(from, Math.min(ids.size(), from + IN_SLICE));
			stalls
				.addAll(Flux
					.from(this.allocations.find(Filters.in("sellerId", slice))
						.projection(Projections.include("sellerId", "exhibitionId", "stallNumber")))
					.collectList()
					.block());
		}
		if (stalls.isEmpty()) {
			return Map.of();
		}
		List<String> exhibitionIds = stalls.stream()
			.map((stall) -> stall.getString("exhibitionId"))
			.distinct()
			.toList();
		Map<String, Document> byId = Flux
			.from(this.exhibitions.find(Filters.in("_id", exhibitionIds))
				.projection(Projections.include("_id", "name", "startsOn", "endsOn")))
			.collectMap((exhibition) -> exhibition.getString("_id"), Function.identity())
			.block();
		Map<String, List<StallRef>> bySeller = new HashMap<>();
		for (Document stall : stalls) {
			Document exhibition = byId.get(stall.getString("exhibitionId"));
			if (exhibition == null) {
				continue;
			}
			bySeller.computeIfAbsent(stall.getString("sellerId"), (key) -> new ArrayList<>())
				.add(new StallRef(exhibition.getString("_id"), english(exhibition.get("name")),
						stall.getString("stallNumber"), exhibition.getString("startsOn"),
						exhibition.getString("endsOn")));
		}
		bySeller.values()
			.forEach((refs) -> refs
				.sort(Comparator.comparing(StallRef::startsOn, Comparator.nullsLast(String::compareTo))
					.thenComparing(StallRef::exhibitionId)));
		return bySeller;
	}

	/**
	 * Declares the seller index (a no-op where the marketplace has); once per instance, a
	 * refusal logged, not raised, as for the dirty index.
	 */
	private void createIndexes() {
		if (this.indexed.get()) {
			return;
		}
		Mono.from(this.allocations.createIndex(Indexes.ascending("sellerId", "exhibitionId"),
				new IndexOptions().name(SELLER_INDEX)))
			.doOnNext((created) -> this.indexed.set(true))
			.onErrorResume(MongoCommandException.class, (ex) -> {
				if (this.indexed.compareAndSet(false, true)) {
					log.warn("Catalog sync: index {} on {} could not be created ({})", SELLER_INDEX, ALLOCATIONS,
							ex.getErrorMessage());
				}
				return Mono.empty();
			})
			.block();
	}

	private static String english(Object name) {
		if (name instanceof Document text) {
			return text.getString("en");
		}
		return (name instanceof String text) ? text : null;
	}

}
