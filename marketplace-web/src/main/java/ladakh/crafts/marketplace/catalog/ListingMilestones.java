package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * How other areas (the reports' funnel) learn when sellers first listed: the first
 * publication of any of a seller's listings ({@code publishedAt}, set when a listing
 * first goes live and kept through pauses, sales and removal), read for
 * {@value #SELLERS_AT_ONCE} sellers at a time. A listing never approved (a draft, one in
 * review) has not been listed.
 */
@Service
public class ListingMilestones {

	/** Sellers asked about in one aggregate (an {@code $in} of at most this many). */
	public static final int SELLERS_AT_ONCE = 500;

	private final ListingMilestoneRepository listings;

	ListingMilestones(ListingMilestoneRepository listings) {
		this.listings = listings;
	}

	/** Each seller's first publication; sellers who never published are left out. */
	public Flux<FirstListing> firstPublished(Collection<String> sellerIds) {
		return Flux.fromIterable(new LinkedHashSet<>(sellerIds))
			.filter(Objects::nonNull)
			.buffer(SELLERS_AT_ONCE)
			.concatMap(this.listings::firstPublished);
	}

	/**
	 * @param sellerId the seller
	 * @param publishedAt when the first of their listings went live
	 */
	public record FirstListing(String sellerId, Instant publishedAt) {

	}

}
