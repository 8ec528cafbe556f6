package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.SellerStatusChanged;
import ladakh.crafts.marketplace.sellers.registration.RegistrationRefused.Kind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Finding sellers, and suspending or reinstating them with a reason. Each change is
 * conditional on the status it leaves, is audited, and is announced with
 * {@link SellerStatusChanged} so the catalog can hide or show the seller's listings.
 */
@Service
public class SellerStatuses {

	static final String ACTIVE = "ACTIVE";

	static final String SUSPENDED = "SUSPENDED";

	private static final int SEARCH_LIMIT = 50;

	private final SellerRecords sellers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SellerStatuses(SellerRecords sellers, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.sellers = sellers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public Flux<SellerSummary> search(String text) {
		return this.sellers.search(text, SEARCH_LIMIT, true);
	}

	/** The search as this member may make it (instructors not by mobile number). */
	public Flux<SellerSummary> search(String text, StaffMember member) {
		return this.sellers.search(text, SEARCH_LIMIT, member.searchesByMobile());
	}

	public Mono<SellerSummary> find(String id) {
		return this.sellers.findById(id)
			.switchIfEmpty(Mono.error(new RegistrationRefused(Kind.NOT_FOUND, "registration.refused.notFound")));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Mono<SellerSummary> suspend(String id, String reason, StaffMember officer) {
		return change(id, ACTIVE, SUSPENDED, reason, officer, "SELLER_SUSPENDED", "registration.refused.suspend");
	}

	public Mono<SellerSummary> reinstate(String id, String reason, StaffMember officer) {
		return change(id, SUSPENDED, ACTIVE, reason, officer, "SELLER_REINSTATED", "registration.refused.reinstate");
	}

	private Mono<SellerSummary> change(String id, String from, String to, String reason, StaffMember officer,
			String action, String refusal) {
		if (!officer.supervises()) {
			return Mono.error(new RegistrationRefused(Kind.FORBIDDEN, "registration.refused.officerOnly"));
		}
		if (reason == null || reason.isBlank()) {
			return Mono.error(new RegistrationRefused(Kind.INVALID, "registration.refused.reasonRequired"));
		}
		String why = reason.strip();
		Instant now = this.clock.instant();
		return this.sellers.changeStatus(id, from, to, why, now)
			.switchIfEmpty(find(id).then(Mono.error(new RegistrationRefused(Kind.CONFLICT, refusal))))
			.flatMap((seller) -> this.audit
				.append(StaffAudit.event(officer, now, action, AuditEvent.SELLER, id, why, Map.of("from", from)))
				.then(Mono.fromRunnable(() -> this.events.publishEvent(new SellerStatusChanged(id, to, why))))
				.thenReturn(seller));
	}

}
