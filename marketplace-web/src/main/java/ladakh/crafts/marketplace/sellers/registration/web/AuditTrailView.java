package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns audit events into lines an officer can read: people by name, times in India's
 * zone, actions as translated labels ({@code audit.action.<ACTION>}), details as
 * {@code key: value} lines.
 */
@Component
class AuditTrailView {

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	/** Detail keys whose value is a user id, shown by name like the actor. */
	private static final Set<String> USER_KEYS = Set.of("instructorId");

	private final RegistrationLookups lookups;

	private final MessageSource messages;

	AuditTrailView(RegistrationLookups lookups, MessageSource messages) {
		this.lookups = lookups;
		this.messages = messages;
	}

	Mono<List<AuditLine>> lines(Flux<AuditEvent> events, Locale locale) {
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(INDIA);
		return events.collectList()
			.flatMap((all) -> this.lookups.staffNames(userIds(all))
				.map((names) -> all.stream()
					.map((event) -> new AuditLine(String.valueOf(event.at()),
							(event.at() != null) ? when.format(event.at()) : "",
							names.getOrDefault(event.actorId(), event.actorId()), action(event.action(), locale),
							event.reason(), details(event.details(), names)))
					.toList()));
	}

	private String action(String action, Locale locale) {
		return (action != null) ? this.messages.getMessage("audit.action." + action, null, action, locale) : "";
	}

	private static Set<String> userIds(List<AuditEvent> events) {
		Set<String> ids = new LinkedHashSet<>();
		for (AuditEvent event : events) {
			if (event.actorId() != null) {
				ids.add(event.actorId());
			}
			event.details().forEach((key, value) -> {
				if (USER_KEYS.contains(key) && value instanceof String id) {
					ids.add(id);
				}
			});
		}
		return ids;
	}

	private static List<String> details(Map<String, Object> details, Map<String, String> names) {
		return details.entrySet().stream().map((entry) -> {
			Object value = entry.getValue();
			String shown = (USER_KEYS.contains(entry.getKey()) && value instanceof String id)
					? names.getOrDefault(id, id) : String.valueOf(value);
			return entry.getKey() + ": " + shown;
		}).toList();
	}

}
