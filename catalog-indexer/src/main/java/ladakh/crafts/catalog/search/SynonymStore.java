package ladakh.crafts.catalog.search;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The synonym groups in MongoDB collection {@code search_synonyms}, cached for a short
 * time so a search does not read MongoDB every time, yet a staff member's edit reaches
 * every instance within {@code refresh} (and this instance at once).
 */
public class SynonymStore {

	public static final String COLLECTION = "search_synonyms";

	/** Which editions of the default groups have been written. */
	public static final String EDITIONS = "search_synonym_editions";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration refresh;

	private final AtomicReference<Mono<List<SynonymGroup>>> cached = new AtomicReference<>();

	public SynonymStore(ReactiveMongoTemplate mongo, Clock clock, Duration refresh) {
		this.mongo = mongo;
		this.clock = clock;
		this.refresh = refresh;
	}

	/** Every group, by id; from the cache when it is fresh. */
	public Mono<List<SynonymGroup>> groups() {
		Mono<List<SynonymGroup>> current = this.cached.get();
		if (current == null) {
			Mono<List<SynonymGroup>> loading = load().cache((groups) -> this.refresh, (error) -> Duration.ZERO,
					() -> Duration.ZERO);
			current = this.cached.compareAndSet(null, loading) ? loading : this.cached.get();
		}
		return current;
	}

	/** One group. */
	public Mono<SynonymGroup> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(SynonymStore::group);
	}

	/**
	 * Adds a group. Its id is the slug of its first Latin term.
	 * @return the stored group
	 * @throws InvalidSynonymGroupException (as the error) when that id is taken
	 */
	public Mono<SynonymGroup> add(List<String> terms, String by) {
		return add(terms, List.of(), by);
	}

	/**
	 * Adds a group whose terms also find {@code means}, one way.
	 * @return the stored group
	 * @throws InvalidSynonymGroupException (as the error) when that id is taken
	 */
	public Mono<SynonymGroup> add(List<String> terms, List<String> means, String by) {
		SynonymGroup group = new SynonymGroup(null, terms, by, this.clock.instant(), means);
		return this.mongo.insert(document(group), COLLECTION)
			.thenReturn(group)
			.onErrorMap(SynonymStore::isDuplicate,
					(ex) -> new InvalidSynonymGroupException("A group for \"" + group.id() + "\" exists already."))
			.doOnSuccess((saved) -> forget());
	}

	/**
	 * Replaces a group's terms.
	 * @return the stored group, or empty when there is no such group
	 */
	public Mono<SynonymGroup> update(String id, List<String> terms, String by) {
		return update(id, terms, List.of(), by);
	}

	/**
	 * Replaces a group's terms and one-way meanings.
	 * @return the stored group, or empty when there is no such group
	 */
	public Mono<SynonymGroup> update(String id, List<String> terms, List<String> means, String by) {
		SynonymGroup group = new SynonymGroup(id, terms, by, this.clock.instant(), means);
		return this.mongo.getCollection(COLLECTION)
			.flatMap((collection) -> Mono.from(collection.replaceOne(new Document("_id", id), document(group))))
			.filter((result) -> result.getMatchedCount() == 1)
			.map((result) -> group)
			.doOnSuccess((saved) -> forget());
	}

	/**
	 * Removes a group.
	 * @return the removed group, or empty when there was none
	 */
	public Mono<SynonymGroup> delete(String id) {
		return this.mongo.findAndRemove(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION)
			.map(SynonymStore::group)
			.doOnSuccess((removed) -> forget());
	}

	/**
	 * Writes the default groups, one edition at a time (see {@link DefaultSynonyms}): the
	 * first edition into an empty collection, each later one group by group where its id
	 * is free. Each edition is noted in {@value #EDITIONS} once written, so a group staff
	 * deleted is not written again, and running it again, or on several instances at
	 * once, changes nothing (ids are the slugs, duplicates are ignored).
	 * @return how many groups were written
	 */
	public Mono<Long> seedDefaults() {
		return Flux.fromIterable(DefaultSynonyms.editions(this.clock.instant()))
			.concatMap(this::seed)
			.reduce(0L, Long::sum)
			.doOnSuccess((written) -> forget());
	}

	private Mono<Long> seed(DefaultSynonyms.Edition edition) {
		Mono<Boolean> due = this.mongo.findById(edition.name(), Document.class, EDITIONS)
			.map((noted) -> false)
			.switchIfEmpty(edition.first() ? this.mongo.count(new Query(), COLLECTION).map((count) -> count == 0)
					: Mono.just(true));
		return due.flatMap((write) -> (write ? Flux.fromIterable(edition.groups())
			.concatMap((group) -> this.mongo.insert(document(group), COLLECTION)
				.thenReturn(1L)
				.onErrorResume(SynonymStore::isDuplicate, (ex) -> Mono.just(0L)))
			.reduce(0L, Long::sum) : Mono.just(0L))
			.flatMap((written) -> this.mongo
				.insert(new Document("_id", edition.name()).append("at", Date.from(this.clock.instant())), EDITIONS)
				.onErrorResume(SynonymStore::isDuplicate, (ex) -> Mono.empty())
				.thenReturn(written)));
	}

	/** Drops the cache so the next search reads the groups again. */
	public void forget() {
		this.cached.set(null);
	}

	private Mono<List<SynonymGroup>> load() {
		return this.mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION)
			.<SynonymGroup>handle((document, sink) -> {
				try {
					sink.next(group(document));
				}
				catch (IllegalArgumentException ex) {
					// A group broken outside the staff page is skipped, not fatal to
					// search.
				}
			})
			.collectList()
			.map(List::copyOf);
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof DuplicateKeyException
				|| (error instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
				|| (error instanceof org.springframework.dao.DuplicateKeyException);
	}

	private static Document document(SynonymGroup group) {
		return new Document("_id", group.id()).append("terms", group.terms())
			.append("updatedBy", group.updatedBy())
			.append("updatedAt", Date.from(group.updatedAt()))
			.append("means", group.means());
	}

	private static SynonymGroup group(Document document) {
		Date updatedAt = document.getDate("updatedAt");
		return new SynonymGroup(document.getString("_id"), document.getList("terms", String.class, List.of()),
				document.getString("updatedBy"), (updatedAt != null) ? updatedAt.toInstant() : java.time.Instant.EPOCH,
				document.getList("means", String.class, List.of()));
	}

}
