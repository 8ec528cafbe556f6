package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.sellers.SellerSearchRepository;
import ladakh.crafts.marketplace.sellers.SellerStatusChanged;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal.Kind;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Finding sellers, and suspending or reinstating them with a reason. The {@link Seller}
 * decides the move; it is saved conditionally on the status it leaves, audited, and
 * announced with {@link SellerStatusChanged} so the catalog can hide or show the seller's
 * listings.
 */
@Service
public class SellerStatuses {

	private final SellerRepository sellers;

	private final SellerSearchRepository search;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SellerStatuses(SellerRepository sellers, SellerSearchRepository search, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.sellers = sellers;
		this.search = search;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of the search as this member may make it (instructors not by mobile number),
	 * by name, from {@code after} on.
	 */
	public Mono<Page<SellerSummary>> search(String text, StaffMember member, After after) {
		return this.search.search(text, member.searchesByMobile(), after, Page.SIZE + 1)
			.map(SellerSummary::of)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (seller) -> After.of(seller.name(), seller.id())));
	}

	public Mono<SellerSummary> find(String id) {
		return load(id).map(SellerSummary::of);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Mono<SellerSummary> suspend(String id, String reason, StaffMember officer) {
		return change(id, reason, officer, "SELLER_SUSPENDED", Seller::suspend);
	}

	public Mono<SellerSummary> reinstate(String id, String reason, StaffMember officer) {
		return change(id, reason, officer, "SELLER_REINSTATED", Seller::reinstate);
	}

	private Mono<Seller> load(String id) {
		return this.sellers.find(id)
			.switchIfEmpty(Mono.error(() -> new RegistrationRefused(Kind.NOT_FOUND, "registration.refused.notFound")));
	}

	private Mono<SellerSummary> change(String id, String reason, StaffMember officer, String action, Move move) {
		if (!officer.supervises()) {
			return Mono.error(new RegistrationRefused(Kind.FORBIDDEN, "registration.refused.officerOnly"));
		}
		Instant now = this.clock.instant();
		return load(id).flatMap((seller) -> {
			String from = seller.status().name();
			move.apply(seller, reason, now);
			// Someone moved it first: the seller as it is now refuses the move.
			return this.sellers.saveStatus(seller)
				.filter(Boolean::booleanValue)
				.switchIfEmpty(load(id).doOnNext((current) -> move.apply(current, reason, now))
					.then(Mono.<Boolean>error(() -> Refusal.conflict("sellers.refused.raced"))))
				.then(this.audit.append(StaffAudit.event(officer, now, action, StaffAudit.SELLER, id,
						seller.statusReason(), Map.of("from", from))))
				.then(Mono.fromRunnable(() -> this.events
					.publishEvent(new SellerStatusChanged(id, seller.status().name(), seller.statusReason()))))
				.thenReturn(SellerSummary.of(seller));
		}).onErrorMap(Refusal.class, RegistrationRefused::of);
	}

	/** A status move of {@link Seller}. */
	private interface Move {

		void apply(Seller seller, String reason, Instant at);

	}

}
