package ladakh.crafts.marketplace.sellers;

import java.util.Collection;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Which sellers may sell today, for other areas that take money for a seller's goods: a
 * listing stays PUBLISHED while its seller is suspended, so the listing's status alone
 * does not say it can be bought. The rule is {@link Seller#sellsOn}; this is
 * {@link SellerDirectory#sellingNow} under the name checkout already uses.
 */
@Service
public class SellingNow {

	private final SellerDirectory directory;

	SellingNow(SellerDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Those of the given sellers who may sell today.
	 * @param sellerIds seller ids
	 * @return the ids of those selling; unknown ids are left out
	 */
	public Mono<Set<String>> among(Collection<String> sellerIds) {
		return this.directory.sellingNow(sellerIds);
	}

}
