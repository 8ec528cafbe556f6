package ladakh.crafts.marketplace.sellers;

import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Sellers' display names by id, for staff pages of other areas that list seller ids;
 * {@link SellerDirectory#names} under the name those pages already use.
 */
@Service
public class SellerNames {

	private final SellerDirectory directory;

	SellerNames(SellerDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The names of the given sellers.
	 * @param sellerIds seller ids
	 * @return id to name; unknown ids are left out; no ids, no query
	 */
	public Mono<Map<String, String>> of(Collection<String> sellerIds) {
		return sellerIds.isEmpty() ? Mono.just(Map.of()) : this.directory.names(sellerIds);
	}

}
