package ladakh.crafts.marketplace.sellers;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Which self-help groups are women's SHGs, judged from the records rather than from what
 * a group says of itself: an SHG seller whose members (registered artisans) are all
 * recorded as women. The stall draw asks it before it counts a "women's SHG" claim
 * (docs/decisions/0065).
 */
@Service
public class WomenShgs {

	/** Seller ids per {@code $in}: the embedded engine serves up to 500 values. */
	static final int SLICE = 500;

	private final SellerRepository sellers;

	WomenShgs(SellerRepository sellers) {
		this.sellers = sellers;
	}

	/** Those of the given sellers that are SHGs whose every member is a woman. */
	public Mono<Set<String>> among(Collection<String> sellerIds) {
		return slices(List.copyOf(sellerIds)).concatMap((slice) -> this.sellers.findAll(slice, SellerKind.SHG))
			.filter((group) -> group.shg() != null && !group.shg().memberIds().isEmpty())
			.collectMap(Seller::id, (group) -> group.shg().memberIds())
			.flatMap((members) -> slices(members.values().stream().flatMap(List::stream).distinct().toList())
				.concatMap((slice) -> this.sellers.findAll(slice, SellerKind.ARTISAN))
				.filter((artisan) -> artisan.artisan() != null && artisan.artisan().gender() != null
						&& "FEMALE".equals(artisan.artisan().gender().strip().toUpperCase(Locale.ROOT)))
				.map(Seller::id)
				.collect(Collectors.toSet())
				.map((women) -> womenOnly(members, women)));
	}

	private static Set<String> womenOnly(Map<String, List<String>> members, Set<String> women) {
		return members.entrySet()
			.stream()
			.filter((group) -> women.containsAll(group.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static Flux<List<String>> slices(List<String> ids) {
		return Flux.range(0, (ids.size() + SLICE - 1) / SLICE)
			.map((i) -> ids.subList(i * SLICE, Math.min(ids.size(), (i + 1) * SLICE)));
	}

}
