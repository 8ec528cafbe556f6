package ladakh.crafts.marketplace.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;

import org.springframework.stereotype.Component;

/**
 * The storefront's reads of sellers, through the sellers area's {@link SellerDirectory}
 * (its selling rule is catalog-indexer's {@code SellingRule}, the one the index uses),
 * answered as {@link ShownSeller}s so the rest of search keeps one small record.
 */
@Component
class StorefrontSellers {

	/** The kinds of seller the storefront shows. */
	static final Set<SellerKind> SHOWN_KINDS = EnumSet.of(SellerKind.ARTISAN, SellerKind.SHG,
			SellerKind.TRAINING_CENTRE, SellerKind.UNIT_HOLDER, SellerKind.CO_OPERATIVE);

	private final SellerDirectory directory;

	StorefrontSellers(SellerDirectory directory) {
		this.directory = directory;
	}

	/** Every seller selling now, of the kinds the storefront shows, by id. */
	Mono<Map<String, ShownSeller>> sellingNow() {
		return this.directory.sellingNow(SHOWN_KINDS).map(StorefrontSellers::shown);
	}

	/** The seller, if selling now. */
	Mono<ShownSeller> sellingNow(String sellerId) {
		return this.directory.standing(sellerId)
			.filter(SellerDirectory.Standing::sellsNow)
			.map(StorefrontSellers::shown);
	}

	/** These sellers as buyers may see them, selling now or not; unknown ids left out. */
	Mono<Map<String, ShownSeller>> of(Collection<String> sellerIds) {
		return this.directory.standing(sellerIds).map(StorefrontSellers::shown);
	}

	/** How many sellers of this kind are ACTIVE. */
	Mono<Long> countActive(String type) {
		return this.directory.countActive(SellerKind.valueOf(type));
	}

	private static Map<String, ShownSeller> shown(Map<String, SellerDirectory.Standing> standings) {
		return standings.values()
			.stream()
			.collect(Collectors.toMap(SellerDirectory.Standing::id, StorefrontSellers::shown));
	}

	private static ShownSeller shown(SellerDirectory.Standing seller) {
		return new ShownSeller(seller.id(), seller.name(), seller.kind().name(), seller.district(), seller.village(),
				seller.registrationNumber(), seller.status().name(), seller.sellsNow(), seller.verified(),
				seller.verificationPath());
	}

	/**
	 * A seller as buyers may see them today.
	 *
	 * @param id the seller
	 * @param name the name
	 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param village the village, or null
	 * @param registrationNumber or null
	 * @param status the seller's status
	 * @param sellsNow whether they may sell today
	 * @param verified a registration number held by a seller who sells today
	 * @param verificationPath an artisan's public verification page, or null
	 */
	record ShownSeller(String id, String name, String type, String district, String village, String registrationNumber,
			String status, boolean sellsNow, boolean verified, String verificationPath) {

	}

}
