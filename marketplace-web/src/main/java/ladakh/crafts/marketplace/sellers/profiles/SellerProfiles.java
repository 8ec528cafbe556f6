package ladakh.crafts.marketplace.sellers.profiles;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.sellers.cards.CardStatus;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.cards.VerificationLinks;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Public shop pages of artisans, SHGs and training centres. Reads only public fields; the
 * products on the page come from {@code shared.ShopShelf}, which the storefront answers.
 */
@Service
public class SellerProfiles {

	private static final Set<SellerKind> WITH_SHOPS = Set.of(SellerKind.ARTISAN, SellerKind.SHG,
			SellerKind.TRAINING_CENTRE, SellerKind.UNIT_HOLDER, SellerKind.CO_OPERATIVE);

	private final SellerRepository sellers;

	private final CraftNames craftNames;

	private final RegisteredArtisans artisans;

	SellerProfiles(SellerRepository sellers, CraftNames craftNames, RegisteredArtisans artisans) {
		this.sellers = sellers;
		this.craftNames = craftNames;
		this.artisans = artisans;
	}

	/** The page of the seller with this id; empty when there is none. */
	public Mono<SellerProfile> find(String id, Locale locale) {
		return this.sellers.find(id)
			.filter((seller) -> seller.kind() != null && WITH_SHOPS.contains(seller.kind()))
			.flatMap((seller) -> this.craftNames.names(seller.crafts(), locale)
				.map((crafts) -> profile(seller, crafts, locale)));
	}

	private SellerProfile profile(Seller seller, List<String> crafts, Locale locale) {
		String registrationNumber = seller.registration().number();
		boolean selling;
		String verifyPath = null;
		if (seller.kind() == SellerKind.ARTISAN) {
			CardStatus cardStatus = CardStatus.of(seller.status().name(), seller.registration().validUntil(),
					this.artisans.today());
			selling = cardStatus == CardStatus.ACTIVE;
			if (registrationNumber != null) {
				verifyPath = VerificationLinks.path(registrationNumber);
			}
		}
		else {
			selling = seller.sellsOn(this.artisans.today());
			// Unit holders and societies carry the department's number: their own
			// section of the verification page.
			if (registrationNumber != null && (seller.unit() != null || seller.cooperative() != null)) {
				verifyPath = VerificationLinks.path(registrationNumber);
			}
		}
		boolean departmentRegistered = seller.kind() != SellerKind.ARTISAN && selling;
		return new SellerProfile(seller.id(), seller.kind().name(), seller.name(), seller.story().in(locale), crafts,
				seller.place().village(), seller.place().district(),
				(seller.photoId() != null) ? "/media/" + seller.photoId() : null, verifyPath, departmentRegistered,
				selling, memberCount(seller));
	}

	private static int memberCount(Seller seller) {
		if (seller.shg() != null) {
			return seller.shg().memberIds().size();
		}
		return (seller.cooperative() != null) ? seller.cooperative().members().size() : 0;
	}

}
