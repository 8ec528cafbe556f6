package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.Labels;
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

	/**
	 * Detail keys whose value is a record's id, kept for the record but not shown: people
	 * read names, not ids (the log's seller filter uses {@code sellerId}).
	 */
	private static final Set<String> ID_KEYS = Set.of("sellerId", "batchId", "traineeId", "entryId", "refundKey",
			"refundId", "applicationId", "allocationId", "partId");

	/**
	 * Detail keys whose value is the bank's or the treasury's own number, shown as stored
	 * even when it looks like a code (a UTR, an IFSC, a GRN).
	 */
	private static final Set<String> VERBATIM_KEYS = Set.of("utr", "ifsc", "grn", "headOfAccount");

	/** A stored code, such as a status or a role, shown through {@code audit.value.*}. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final RegistrationLookups lookups;

	private final MessageSource messages;

	private final Labels labels;

	private final CraftNames craftNames;

	AuditTrailView(RegistrationLookups lookups, MessageSource messages, Labels labels, CraftNames craftNames) {
		this.labels = labels;
		this.craftNames = craftNames;
		this.lookups = lookups;
		this.messages = messages;
	}

	Mono<List<AuditLine>> lines(Flux<AuditEvent> events, Locale locale) {
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(INDIA);
		return events.collectList()
			.zipWith(this.craftNames.all())
			.flatMap((found) -> this.lookups.staffNames(userIds(found.getT1()))
				.map((names) -> found.getT1()
					.stream()
					.map((event) -> new AuditLine(String.valueOf(event.at()),
							(event.at() != null) ? when.format(event.at()) : "",
							names.getOrDefault(event.actorId(), event.actorId()), action(event.action(), locale),
							event.reason(), details(event.details(), names, found.getT2(), locale)))
					.toList()));
	}

	private String action(String action, Locale locale) {
		return (action != null) ? this.labels.code("audit.action", action, locale) : "";
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

	/** Each fact as "label: value" in the reader's language; ids are left out. */
	private List<String> details(Map<String, Object> details, Map<String, String> names,
			Map<String, LocalizedText> crafts, Locale locale) {
		return details.entrySet()
			.stream()
			.filter((entry) -> !ID_KEYS.contains(entry.getKey()))
			.map((entry) -> this.messages.getMessage("audit.detail." + entry.getKey(), null, entry.getKey(), locale)
					+ ": " + value(entry.getKey(), entry.getValue(), names, crafts, locale))
			.toList();
	}

	private String value(String key, Object value, Map<String, String> names, Map<String, LocalizedText> crafts,
			Locale locale) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map((item) -> value(key, item, names, crafts, locale)).toList());
		}
		String text = String.valueOf(value);
		if (USER_KEYS.contains(key) && value instanceof String id) {
			return names.getOrDefault(id, id);
		}
		return switch (key) {
			case "date", "challanDate", "paidOn", "upTo" -> this.labels.day(text, locale);
			case "month" -> this.labels.month(text, locale);
			case "craft" -> this.labels.craft(crafts, text, locale);
			case "place" -> this.labels.place(text, locale);
			case "amountMinor" -> (value instanceof Number paise) ? Money.paise(paise.longValue()).format() : text;
			default -> (!VERBATIM_KEYS.contains(key) && CODE.matcher(text).matches())
					? this.labels.code("audit.value", text, locale) : text;
		};
	}

}
