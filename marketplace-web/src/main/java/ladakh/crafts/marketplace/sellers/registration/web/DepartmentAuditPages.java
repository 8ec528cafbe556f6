package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import ladakh.crafts.marketplace.sellers.registration.Option;
import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.sellers.registration.SellerStatuses;
import ladakh.crafts.marketplace.sellers.registration.SellerSummary;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.audit.AuditQuery;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The department's audit log for officers and admins: every staff action, newest first,
 * filtered by who, what, when (days in India time) and seller, one page at a time.
 */
@Controller
class DepartmentAuditPages {

	private static final String ACTION_PREFIX = "audit.action.";

	/** The actions that have a label: the choices of the "what" filter. */
	private static final List<String> ACTIONS = ResourceBundle.getBundle("messages", Locale.ROOT)
		.keySet()
		.stream()
		.filter((key) -> key.startsWith(ACTION_PREFIX))
		.map((key) -> key.substring(ACTION_PREFIX.length()))
		.sorted()
		.toList();

	private final AuditTrail audit;

	private final AuditTrailView view;

	private final RegistrationLookups lookups;

	private final SellerStatuses sellers;

	private final MessageSource messages;

	DepartmentAuditPages(AuditTrail audit, AuditTrailView view, RegistrationLookups lookups, SellerStatuses sellers,
			MessageSource messages) {
		this.audit = audit;
		this.view = view;
		this.lookups = lookups;
		this.sellers = sellers;
		this.messages = messages;
	}

	@GetMapping("/staff/audit")
	Mono<Rendering> log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String seller, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String after, Locale locale) {
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		AuditQuery query = new AuditQuery(actor, action, seller,
				(fromDay != null) ? fromDay.atStartOfDay(IndiaTime.ZONE).toInstant() : null,
				(toDay != null) ? toDay.plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant() : null);
		Mono<SellerSummary> sellerShown = (query.sellerId() != null)
				? this.sellers.find(query.sellerId()).onErrorResume((ex) -> Mono.empty()) : Mono.empty();
		return this.audit.search(query, After.parse(after))
			.flatMap((page) -> this.view.lines(Flux.fromIterable(page.items()), locale).map((lines) -> {
				String next = (page.next() != null) ? UriComponentsBuilder.fromPath("/staff/audit")
					.queryParamIfPresent("actor", Optional.ofNullable(query.actorId()))
					.queryParamIfPresent("action", Optional.ofNullable(query.action()))
					.queryParamIfPresent("seller", Optional.ofNullable(query.sellerId()))
					.queryParamIfPresent("from", Optional.ofNullable(fromDay))
					.queryParamIfPresent("to", Optional.ofNullable(toDay))
					.queryParam("after", page.nextAfter())
					.encode()
					.build()
					.toUriString() : null;
				return Rendering.view("staff/audit-log")
					.modelAttribute("lines", lines)
					.modelAttribute("next", next)
					.modelAttribute("query", query)
					.modelAttribute("from", (fromDay != null) ? fromDay.toString() : "")
					.modelAttribute("to", (toDay != null) ? toDay.toString() : "")
					.modelAttribute("actors", actors(locale))
					.modelAttribute("actions", actions(locale))
					.modelAttribute("seller", sellerShown)
					.build();
			}));
	}

	private Mono<List<Option>> actors(Locale locale) {
		Option system = new Option(AuditTrail.SYSTEM, this.messages.getMessage("audit.log.system", null, locale));
		return this.lookups.staff().startWith(system).collectList();
	}

	private List<Option> actions(Locale locale) {
		return ACTIONS.stream()
			.map((action) -> new Option(action, this.messages.getMessage(ACTION_PREFIX + action, null, action, locale)))
			.sorted(Comparator.comparing(Option::label))
			.toList();
	}

	/** A day from a date field, or null when empty or not a date. */
	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
