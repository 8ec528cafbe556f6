package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;

import ladakh.crafts.marketplace.sellers.cards.CardStatus;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.SellerHomePage.Card;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A seller's own record for their home page.
 */
@Service
public class SellerHome {

	private final SellerRepository sellers;

	private final RegisteredArtisans artisans;

	SellerHome(SellerRepository sellers, RegisteredArtisans artisans) {
		this.sellers = sellers;
		this.artisans = artisans;
	}

	/** The home page of the seller with this id; empty when there is none. */
	public Mono<SellerHomePage> of(String sellerId) {
		return this.sellers.find(sellerId).map(this::page);
	}

	private SellerHomePage page(Seller seller) {
		String number = seller.registration().number();
		LocalDate validUntil = seller.registration().validUntil();
		String status;
		Card card;
		if (seller.kind() == SellerKind.ARTISAN) {
			// The same judgement as the card and the verification page: past its
			// validity a registration is EXPIRED whatever is stored.
			CardStatus today = CardStatus.of(seller.status().name(), validUntil, this.artisans.today());
			status = today.name();
			card = (number == null) ? Card.NOT_REGISTERED
					: (today == CardStatus.ACTIVE) ? Card.AVAILABLE : Card.NOT_ACTIVE;
		}
		else {
			status = seller.status().name();
			card = Card.NOT_AN_ARTISAN;
		}
		return new SellerHomePage(seller.id(), (seller.kind() != null) ? seller.kind().name() : null, seller.name(),
				number, seller.place().district(), status, validUntil, card);
	}

}
