package ladakh.crafts.marketplace.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The training schemes: how other areas and the pages read them (the stipend rate in
 * force on a day included), and the officer's one change, a new rate from a date on.
 * Every change names the version the officer read and is kept in the audit trail.
 */
@Service
public class Schemes {

	private final SchemeRepository schemes;

	private final AuditTrail audit;

	private final Clock clock;

	Schemes(SchemeRepository schemes, AuditTrail audit, Clock clock) {
		this.schemes = schemes;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the schemes, by id, after {@code after}'s id (decision 0046). */
	public Mono<Page<Scheme>> page(After after) {
		return this.schemes.byId((after != null) ? after.id() : null, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (scheme) -> After.of(scheme.id(), scheme.id())));
	}

	/**
	 * The scheme.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<Scheme> find(String id) {
		return this.schemes.find(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("training.scheme.notFound")));
	}

	/** The scheme's monthly stipend on {@code day}; empty before its first rate. */
	public Mono<Money> rateOn(String schemeId, LocalDate day) {
		return find(schemeId).flatMap((scheme) -> Mono.justOrEmpty(scheme.rateOn(day)));
	}

	/**
	 * A new monthly rate from {@code effectiveFrom} on, for a scheme read at
	 * {@code version}.
	 * @throws Refusal (in the Mono) INVALID as {@link Scheme#changeRate} says, CONFLICT
	 * when the scheme changed since it was read, NOT_FOUND when there is none
	 */
	public Mono<Scheme> changeRate(String id, long version, Money monthly, LocalDate effectiveFrom, String reason,
			MarketplaceUser by) {
		return find(id).flatMap((scheme) -> {
			if (scheme.version() != version) {
				return Mono.error(Refusal.conflict("training.scheme.stale"));
			}
			Scheme after = scheme.changeRate(monthly, effectiveFrom, reason, today());
			return this.schemes.saveRates(scheme, after)
				.switchIfEmpty(Mono.error(() -> Refusal.conflict("training.scheme.stale")))
				.flatMap((saved) -> this.audit
					.record(by, "TRAINING_SCHEME_RATE_CHANGED", "TRAINING_SCHEME", id, reason.strip(),
							Map.of("monthlyMinor", monthly.minor(), "effectiveFrom", effectiveFrom.toString(),
									"version", saved.version()))
					.thenReturn(saved));
		});
	}

	public LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

}
