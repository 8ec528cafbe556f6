package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.SellerStalls;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Service;

/**
 * Who has stalls where, for the rest of the marketplace (decision 57): a seller's stalls
 * (the product, seller and card-check pages), the sellers at an exhibition and the
 * exhibitions whose stalls are given (the search filter), each read by a declared index
 * and bounded. It also ties allocations back to the catalog: every write of
 * {@code stall_allocations} ends with {@link #allocationsChanged}, which marks the
 * sellers' listings for the search index, whose documents carry their stalls.
 */
@Service
public class StallDirectory implements SellerStalls {

	private static final Logger logger = LoggerFactory.getLogger(StallDirectory.class);

	/** Exhibitions offered by the search filter: the latest few to end. */
	static final int FILTER_CHOICES = 8;

	private final StallAllocationRepository allocations;

	private final ExhibitionRepository exhibitions;

	private final Listings listings;

	private final Clock clock;

	StallDirectory(StallAllocationRepository allocations, ExhibitionRepository exhibitions, Listings listings,
			Clock clock) {
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.listings = listings;
		this.clock = clock;
	}

	@Override
	public Mono<List<Stall>> of(String sellerId) {
		return this.allocations.stallNumbersOfSeller(sellerId, MAX_SHOWN)
			.collectList()
			.flatMap((stalls) -> this.exhibitions
				.findAll(stalls.stream().map(StallAllocationRepository.SellerStall::exhibitionId).distinct().toList())
				.collectMap(Exhibition::id, Function.identity())
				.map((byId) -> stalls.stream()
					.filter((stall) -> byId.containsKey(stall.exhibitionId()))
					.map((stall) -> stall(byId.get(stall.exhibitionId()), stall.stallNumber()))
					.sorted(Comparator.comparing(Stall::startsOn).reversed().thenComparing(Stall::exhibitionId))
					.toList()));
	}

	/** The sellers given a stall at an exhibition (at most a plan's stalls). */
	public Mono<Set<String>> sellersAt(String exhibitionId) {
		return this.allocations.ofExhibition(exhibitionId).map(StallHolder::sellerId).collect(Collectors.toSet());
	}

	/**
	 * The exhibitions a buyer may filter search by: the latest few to end whose stalls
	 * may have been given (a plan, applications closed), and the one chosen, if another.
	 * @param chosen the exhibition in the search, or null
	 */
	public Mono<List<Choice>> searchChoices(String chosen, Locale locale) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		Mono<List<Exhibition>> latest = this.exhibitions.latestFirst(null, FILTER_CHOICES)
			.filter((exhibition) -> !exhibition.plan().isEmpty() && exhibition.call() != null
					&& exhibition.call().isClosedBy(today))
			.collectList();
		return latest.flatMap((found) -> {
			if (chosen == null || found.stream().anyMatch((exhibition) -> exhibition.id().equals(chosen))) {
				return Mono.just(found);
			}
			return this.exhibitions.find(chosen).map((extra) -> {
				List<Exhibition> all = new ArrayList<>(found);
				all.add(0, extra);
				return all;
			}).defaultIfEmpty(found);
		})
			.map((all) -> all.stream()
				.map((exhibition) -> new Choice(exhibition.id(), exhibition.name().in(locale),
						ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), locale)))
				.toList());
	}

	/**
	 * Marks the listings of sellers whose stalls changed for the search index, one seller
	 * at a time by the listings' seller index. A failure is logged, not raised: the
	 * allocation stands, and the seller's next change of any kind brings the index up to
	 * date.
	 */
	Mono<Void> allocationsChanged(Collection<String> sellerIds) {
		return Flux.fromIterable(Set.copyOf(sellerIds))
			.concatMap((sellerId) -> this.listings.remarkSeller(sellerId)
				.retryWhen(Retry.backoff(3, java.time.Duration.ofMillis(200)))
				.onErrorResume((ex) -> {
					logger.error("Could not mark the listings of seller {} for the index after a stall change",
							sellerId, ex);
					return Mono.empty();
				}))
			.then();
	}

	private static Stall stall(Exhibition exhibition, String stallNumber) {
		String where = (exhibition.venue() != null && !exhibition.venue().isBlank())
				? exhibition.venue() + ", " + exhibition.place() : exhibition.place();
		LocalizedText dates = new LocalizedText(
				ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), Locale.ENGLISH),
				ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), Locale.forLanguageTag("hi")));
		return new Stall(exhibition.id(), exhibition.name(), where, stallNumber, exhibition.startsOn(),
				exhibition.endsOn(), dates);
	}

	/**
	 * An exhibition to filter search by.
	 *
	 * @param id its id (the {@code exhibition} parameter)
	 * @param name in the reader's language
	 * @param dates its days, as people write them
	 */
	public record Choice(String id, String name, String dates) {

	}

}
