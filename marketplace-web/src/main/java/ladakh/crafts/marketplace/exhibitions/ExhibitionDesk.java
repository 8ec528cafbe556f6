package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The officers' side of exhibitions: announcing one, changing its facts and building its
 * stall plan (stall by stall or from a file). Every change names the version the officer
 * read and is stored only if nobody changed the exhibition since, so of two officers
 * saving at once one is told to look again (409), never silently overwritten.
 */
@Service
public class ExhibitionDesk {

	private final ExhibitionRepository exhibitions;

	private final StallApplicationRepository applications;

	private final SellerDirectory sellers;

	private final AllocationRecordRepository draws;

	private final ExhibitionAudit audit;

	private final Clock clock;

	ExhibitionDesk(ExhibitionRepository exhibitions, StallApplicationRepository applications, SellerDirectory sellers,
			AllocationRecordRepository draws, ExhibitionAudit audit, Clock clock) {
		this.exhibitions = exhibitions;
		this.applications = applications;
		this.sellers = sellers;
		this.draws = draws;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An exhibition's applications by seller, one page from {@code after} (a seller id),
	 * with the sellers' names.
	 */
	public Mono<Received> applications(String id, After after) {
		return find(id).flatMap(
				(exhibition) -> this.applications.ofExhibition(id, (after != null) ? after.id() : null, Page.SIZE + 1)
					.collectList()
					.flatMap((read) -> {
						Page<StallApplication> page = Page.of(read, Page.SIZE,
								(application) -> After.of(application.sellerId(), application.sellerId()));
						return this.sellers.names(page.items().stream().map(StallApplication::sellerId).toList())
							.map((names) -> new Received(exhibition, page.items(), names, page.nextAfter()));
					}));
	}

	/**
	 * One page of an exhibition's applications.
	 *
	 * @param exhibition the exhibition
	 * @param applications by seller id
	 * @param names seller id to name
	 * @param next the next page's {@code after}, or null
	 */
	public record Received(Exhibition exhibition, List<StallApplication> applications,
			java.util.Map<String, String> names, String next) {

	}

	/** Every exhibition, the latest to end first, one page from {@code after}. */
	public Mono<Page<Exhibition>> page(After after) {
		return this.exhibitions.latestFirst(after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE,
					(exhibition) -> After.of(exhibition.endsOn().toString(), exhibition.id())));
	}

	/**
	 * One exhibition.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<Exhibition> find(String id) {
		return this.exhibitions.find(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")));
	}

	/**
	 * A new exhibition; its id is made from its English name and year
	 * ({@code ladakh-festival-2027}).
	 * @throws Refusal INVALID or CONFLICT (in the Mono) with the field at fault
	 */
	public Mono<Exhibition> announce(MarketplaceUser officer, Exhibition.Facts facts) {
		return Mono.fromCallable(() -> Exhibition.announce(idFor(facts), facts, today()))
			.flatMap(this.exhibitions::insert)
			.flatMap((saved) -> audited(officer, "EXHIBITION_CREATED", saved, Map.of()));
	}

	/** New facts for an exhibition read at {@code version}. */
	public Mono<Exhibition> revise(MarketplaceUser officer, String id, long version, Exhibition.Facts facts) {
		return change(id, version, (exhibition) -> exhibition.revise(facts, today()), this.exhibitions::saveFacts)
			.flatMap((saved) -> audited(officer, "EXHIBITION_EDITED", saved, Map.of()));
	}

	/** Adds a stall, or replaces the stall with its number. */
	public Mono<Exhibition> putStall(MarketplaceUser officer, String id, long version, Stall stall) {
		return changePlan(id, version, (plan) -> {
			List<Stall> stalls = new ArrayList<>(plan.stalls());
			int at = indexOf(stalls, stall.number());
			if (at >= 0) {
				stalls.set(at, stall);
			}
			else {
				stalls.add(stall);
			}
			return new StallPlan(stalls);
		}).flatMap((saved) -> audited(officer, "STALL_PLAN_STALL_SAVED", saved, Map.of("stall", stall.number())));
	}

	/** Removes a stall from the plan. */
	public Mono<Exhibition> removeStall(MarketplaceUser officer, String id, long version, String number) {
		return changePlan(id, version, (plan) -> {
			List<Stall> stalls = new ArrayList<>(plan.stalls());
			int at = indexOf(stalls, number);
			if (at < 0) {
				throw Refusal.notFound("exhibitions.stall.notFound", number);
			}
			stalls.remove(at);
			return new StallPlan(stalls);
		}).flatMap((saved) -> audited(officer, "STALL_PLAN_STALL_REMOVED", saved, Map.of("stall", number)));
	}

	/** Replaces the whole plan (a checked file's stalls). */
	public Mono<Exhibition> replacePlan(MarketplaceUser officer, String id, long version, StallPlan plan) {
		return changePlan(id, version, (before) -> plan)
			.flatMap((saved) -> audited(officer, "STALL_PLAN_UPLOADED", saved, Map.of("stalls", plan.stalls().size())));
	}

	private Mono<Exhibition> audited(MarketplaceUser officer, String action, Exhibition saved, Map<String, ?> details) {
		return this.audit.record(officer, action, saved.id(), null, details).thenReturn(saved);
	}

	/** A plan whose stalls have been drawn keeps them: sellers hold those stalls. */
	private Mono<Exhibition> changePlan(String id, long version, Function<StallPlan, StallPlan> change) {
		return this.draws.find(id)
			.flatMap((drawn) -> Mono.<Exhibition>error(Refusal.conflict("exhibitions.plan.drawn")))
			.switchIfEmpty(Mono.defer(() -> change(id, version,
					(exhibition) -> exhibition.planStalls(change.apply(exhibition.plan()), today()),
					this.exhibitions::savePlan)));
	}

	private Mono<Exhibition> change(String id, long version, Function<Exhibition, Exhibition> move,
			java.util.function.BiFunction<Exhibition, Exhibition, Mono<Exhibition>> save) {
		return find(id).flatMap((exhibition) -> {
			if (exhibition.version() != version) {
				return Mono.error(Refusal.conflict("exhibitions.stale"));
			}
			Exhibition after = move.apply(exhibition);
			return save.apply(exhibition, after).switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")));
		});
	}

	private static int indexOf(List<Stall> stalls, String number) {
		for (int i = 0; i < stalls.size(); i++) {
			if (stalls.get(i).number().equals(number)) {
				return i;
			}
		}
		return -1;
	}

	/** {@code ladakh-festival-2027}: the English name in small letters, then the year. */
	static String idFor(Exhibition.Facts facts) {
		String slug = String.valueOf(facts.name().en())
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		String year = Integer.toString(facts.startsOn().getYear());
		return (slug.endsWith(year) ? slug : slug + "-" + year).replaceAll("^-", "");
	}

	private LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

}
