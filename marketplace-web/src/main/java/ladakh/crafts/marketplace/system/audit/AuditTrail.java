package ladakh.crafts.marketplace.system.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.stereotype.Service;

/**
 * The append-only record of who did what, when and why. Every staff action of every area
 * lands here through {@link #record}; nothing ever updates or deletes an entry.
 */
@Service
public class AuditTrail {

	/** The actor id of actions the application takes by itself. */
	public static final String SYSTEM = "system";

	private final AuditRepository events;

	private final Clock clock;

	AuditTrail(AuditRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Appends one event.
	 * @param actor who acted; {@code null} for the application itself
	 * @param action what was done, upper case, e.g. {@code USER_CREATED}
	 * @param subjectType what kind of thing, e.g. {@code USER}, {@code APPLICATION}
	 * @param subjectId the id of that thing
	 * @param reason why (may be null)
	 * @param details more facts (may be null); values must be BSON-friendly (strings,
	 * numbers, booleans, dates, lists, maps)
	 * @return the stored event
	 */
	public Mono<AuditEvent> record(MarketplaceUser actor, String action, String subjectType, String subjectId,
			String reason, Map<String, ?> details) {
		return append(new AuditEvent("aud-" + UUID.randomUUID(), this.clock.instant(),
				(actor != null) ? actor.id() : SYSTEM,
				(actor != null) ? actor.roles().stream().map(Enum::name).sorted().toList() : List.of(), action,
				subjectType, subjectId, reason, (details != null) ? new LinkedHashMap<String, Object>(details) : null));
	}

	/**
	 * Appends an event an area built itself (for areas that keep their own record of who
	 * acted).
	 * @param event the event; its id must be new
	 * @return the stored event
	 */
	public Mono<AuditEvent> append(AuditEvent event) {
		return this.events.insert(event);
	}

	/** Everything that happened to one subject, oldest first. */
	public Flux<AuditEvent> about(String subjectType, String subjectId) {
		return this.events.about(subjectType, subjectId);
	}

	/** The latest events, newest first. */
	public Flux<AuditEvent> latest(int limit) {
		return this.events.latest(limit);
	}

	/**
	 * One page of the department's log (newest first), filtered by who, what, seller and
	 * time.
	 */
	public Mono<Page<AuditEvent>> search(AuditQuery query, After after) {
		return this.events.search(query, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (event) -> After.of(event.at(), event.id())));
	}

	/** The index the per-subject history needs; creating it again is a no-op. */
	public Mono<Void> createIndexes() {
		return this.events.createIndexes();
	}

}
