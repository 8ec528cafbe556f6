package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The public side of exhibitions: the calendar (on now, coming up, past) and one
 * exhibition with its stall map and participants, in the reader's language. Every read is
 * bounded and served by a declared index.
 */
@Service
public class ExhibitionCalendar {

	/**
	 * Current and coming exhibitions shown at most; the department runs a handful a year.
	 */
	static final int NOT_ENDED_SHOWN = 100;

	private final ExhibitionRepository exhibitions;

	private final StallAllocationRepository allocations;

	private final SellerDirectory sellers;

	private final CraftNames crafts;

	private final AllocationRecordRepository draws;

	private final Clock clock;

	ExhibitionCalendar(ExhibitionRepository exhibitions, StallAllocationRepository allocations, SellerDirectory sellers,
			CraftNames crafts, AllocationRecordRepository draws, Clock clock) {
		this.draws = draws;
		this.exhibitions = exhibitions;
		this.allocations = allocations;
		this.sellers = sellers;
		this.crafts = crafts;
		this.clock = clock;
	}

	/** The calendar; the past exhibitions one page at a time from {@code pastAfter}. */
	public Mono<Calendar> calendar(Locale locale, After pastAfter) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		Mono<List<Exhibition>> notEnded = this.exhibitions.notEndedBy(today, NOT_ENDED_SHOWN).collectList();
		Mono<List<Exhibition>> past = this.exhibitions.endedBefore(today, pastAfter, Page.SIZE + 1).collectList();
		return Mono.zip(notEnded, past).map((both) -> {
			List<Summary> current = new ArrayList<>();
			List<Summary> upcoming = new ArrayList<>();
			for (Exhibition exhibition : both.getT1()) {
				(exhibition.phaseOn(today) == Exhibition.Phase.CURRENT ? current : upcoming)
					.add(summary(exhibition, locale));
			}
			upcoming.sort(java.util.Comparator.comparing(Summary::startsOn).thenComparing(Summary::id));
			Page<Exhibition> pastPage = Page.of(both.getT2(), Page.SIZE,
					(exhibition) -> After.of(exhibition.endsOn().toString(), exhibition.id()));
			List<Summary> pastShown = pastPage.items().stream().map((e) -> summary(e, locale)).toList();
			return new Calendar(current, upcoming, pastShown, pastPage.nextAfter());
		});
	}

	/**
	 * One exhibition, its stall map and participants.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is no such exhibition
	 */
	public Mono<Details> details(String id, Locale locale) {
		return this.exhibitions.find(id)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")))
			.flatMap((exhibition) -> this.allocations.ofExhibition(exhibition.id())
				.collectList()
				.flatMap((holders) -> Mono
					.zip(this.sellers.names(holders.stream().map(StallHolder::sellerId).distinct().toList()),
							this.crafts.all(),
							this.draws.find(exhibition.id()).map(AllocationRecord::done).defaultIfEmpty(false))
					.map((names) -> details(exhibition, holders, names.getT1(), names.getT2(), names.getT3(),
							locale))));
	}

	private Details details(Exhibition exhibition, List<StallHolder> holders, Map<String, String> names,
			Map<String, LocalizedText> craftNames, boolean drawn, Locale locale) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		Map<String, Participant> byStall = new LinkedHashMap<>();
		Map<String, List<Participant>> byCraft = new LinkedHashMap<>();
		List<Participant> otherCrafts = new ArrayList<>();
		for (StallHolder holder : holders) {
			String name = names.getOrDefault(holder.sellerId(), holder.sellerId());
			Participant participant = new Participant(name, "/sellers/" + holder.sellerId(), holder.stallNumber());
			byStall.put(holder.stallNumber(), participant);
			if (holder.crafts().isEmpty()) {
				otherCrafts.add(participant);
			}
			for (String craft : holder.crafts()) {
				String craftName = craftNames.containsKey(craft) ? craftNames.get(craft).in(locale) : craft;
				byCraft.computeIfAbsent(craftName, (key) -> new ArrayList<>()).add(participant);
			}
		}
		List<CraftGroup> groups = new ArrayList<>();
		byCraft.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> groups.add(new CraftGroup(entry.getKey(), entry.getValue())));
		if (!otherCrafts.isEmpty()) {
			groups.add(new CraftGroup(null, otherCrafts));
		}
		return new Details(summary(exhibition, locale), exhibition.phaseOn(today),
				(exhibition.description() != null) ? exhibition.description().in(locale) : null,
				StallMap.of(exhibition.plan(), byStall), reserved(exhibition.plan()), groups,
				exhibition.takesApplicationsOn(today), drawn);
	}

	private static List<Reserved> reserved(StallPlan plan) {
		return plan.reserved()
			.entrySet()
			.stream()
			.map((entry) -> new Reserved("exhibitions.category." + entry.getKey().name(), entry.getValue()))
			.toList();
	}

	private static Summary summary(Exhibition exhibition, Locale locale) {
		String where = (exhibition.venue() != null && !exhibition.venue().isBlank())
				? exhibition.venue() + ", " + exhibition.place() : exhibition.place();
		return new Summary(exhibition.id(), exhibition.name().in(locale), where,
				ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), locale), exhibition.startsOn(),
				exhibition.plan().stalls().size());
	}

	/**
	 * The calendar page's lists.
	 *
	 * @param current on today
	 * @param upcoming not begun, soonest first
	 * @param past ended, latest first, one page
	 * @param pastNext the next page's {@code after}, or null
	 */
	public record Calendar(List<Summary> current, List<Summary> upcoming, List<Summary> past, String pastNext) {

	}

	/**
	 * An exhibition in a list, ready to show.
	 *
	 * @param id the id
	 * @param name in the reader's language
	 * @param where venue and town
	 * @param dates "20–26 Sep 2026"
	 * @param startsOn the first day (for ordering)
	 * @param stalls stalls in its plan
	 */
	public record Summary(String id, String name, String where, String dates, LocalDate startsOn, int stalls) {

	}

	/**
	 * One exhibition's page.
	 *
	 * @param summary name, place and dates
	 * @param phase upcoming, current or past
	 * @param description in the reader's language, or null
	 * @param map the stall map
	 * @param reserved stalls kept per category
	 * @param participants by craft name (a null craft: the stalls without a craft
	 * recorded)
	 * @param applying whether sellers may apply for a stall today
	 * @param drawn whether the stalls have been drawn (the draw's record is published)
	 */
	public record Details(Summary summary, Exhibition.Phase phase, String description, StallMap map,
			List<Reserved> reserved, List<CraftGroup> participants, boolean applying, boolean drawn) {

	}

	/** Stalls kept for a category: its label's message key and how many. */
	public record Reserved(String labelKey, int count) {

	}

	/** A seller at a stall, linked to their page. */
	public record Participant(String name, String href, String stallNumber) {

	}

	/** The participants showing one craft. */
	public record CraftGroup(String craft, List<Participant> participants) {

	}

}
