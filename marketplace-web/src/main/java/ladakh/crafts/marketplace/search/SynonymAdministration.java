package ladakh.crafts.marketplace.search;

import java.util.List;
import java.util.Map;

import ladakh.crafts.catalog.search.SynonymGroup;
import ladakh.crafts.catalog.search.SynonymStore;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Staff changes to the search synonyms, each recorded in the audit trail. The groups live
 * in catalog-indexer's {@link SynonymStore}; searches pick a change up within seconds.
 */
@Service
public class SynonymAdministration {

	static final String SUBJECT = "SEARCH_SYNONYM_GROUP";

	private final SynonymStore store;

	private final AuditTrail audit;

	SynonymAdministration(SynonymStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	public Flux<SynonymGroup> all() {
		return this.store.groups().flatMapMany(Flux::fromIterable);
	}

	public Mono<SynonymGroup> find(String id) {
		return this.store.find(id);
	}

	/**
	 * @throws ladakh.crafts.catalog.search.InvalidSynonymGroupException as the error
	 */
	public Mono<SynonymGroup> add(List<String> terms, MarketplaceUser by) {
		return add(terms, List.of(), by);
	}

	/**
	 * A group whose terms also find {@code means}, one way (a category word).
	 * @throws ladakh.crafts.catalog.search.InvalidSynonymGroupException as the error
	 */
	public Mono<SynonymGroup> add(List<String> terms, List<String> means, MarketplaceUser by) {
		return this.store.add(terms, means, by.id())
			.flatMap((group) -> this.audit
				.record(by, "SEARCH_SYNONYMS_ADDED", SUBJECT, group.id(), null,
						Map.of("terms", group.terms(), "means", group.means()))
				.thenReturn(group));
	}

	/** Empty when there is no such group. */
	public Mono<SynonymGroup> change(String id, List<String> terms, MarketplaceUser by) {
		return change(id, terms, List.of(), by);
	}

	/** Empty when there is no such group. */
	public Mono<SynonymGroup> change(String id, List<String> terms, List<String> means, MarketplaceUser by) {
		return this.store.find(id)
			.flatMap(
					(before) -> this.store.update(id, terms, means, by.id())
						.flatMap((after) -> this.audit
							.record(by, "SEARCH_SYNONYMS_CHANGED", SUBJECT, id, null,
									Map.of("before", before.terms(), "terms", after.terms(), "beforeMeans",
											before.means(), "means", after.means()))
							.thenReturn(after)));
	}

	/** Empty when there is no such group. */
	public Mono<SynonymGroup> delete(String id, MarketplaceUser by) {
		return this.store.delete(id)
			.flatMap((removed) -> this.audit
				.record(by, "SEARCH_SYNONYMS_DELETED", SUBJECT, id, null, Map.of("terms", removed.terms()))
				.thenReturn(removed));
	}

}
