package ladakh.crafts.marketplace.favourites;

import java.time.Clock;

import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A signed-in buyer's favourite listings and makers: add and remove change nothing when
 * done twice, and each person reads only their own.
 */
@Service
public class Favourites {

	private final FavouriteRepository favourites;

	private final ListingQueries listings;

	private final SellerDirectory sellers;

	private final Clock clock;

	Favourites(FavouriteRepository favourites, ListingQueries listings, SellerDirectory sellers, Clock clock) {
		this.favourites = favourites;
		this.listings = listings;
		this.sellers = sellers;
		this.clock = clock;
	}

	/** Keeps a listing buyers can see, or a maker; anything else is not found. */
	public Mono<Favourite> add(MarketplaceUser buyer, Favourite.Kind kind, String targetId) {
		return name(kind, targetId).switchIfEmpty(Mono.error(() -> Refusal.notFound("favourites.refused.notFound")))
			.map((name) -> Favourite.of(buyer.id(), kind, targetId, name, this.clock.instant()))
			.flatMap((favourite) -> this.favourites.save(favourite).thenReturn(favourite));
	}

	public Mono<Void> remove(MarketplaceUser buyer, Favourite.Kind kind, String targetId) {
		return this.favourites.remove(buyer.id(), kind, targetId);
	}

	public Mono<Boolean> kept(MarketplaceUser buyer, Favourite.Kind kind, String targetId) {
		return (buyer == null) ? Mono.just(false) : this.favourites.exists(buyer.id(), kind, targetId);
	}

	/** One page of the buyer's own favourites, newest first. */
	public Mono<Page<Favourite>> of(MarketplaceUser buyer, After after) {
		return this.favourites.ofBuyer(buyer.id(), after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (favourite) -> After.of(favourite.savedAt(), favourite.id())));
	}

	private Mono<LocalizedText> name(Favourite.Kind kind, String targetId) {
		if (targetId == null || targetId.isBlank() || targetId.length() > 100) {
			return Mono.empty();
		}
		return switch (kind) {
			case LISTING -> this.listings.visible(targetId).map((listing) -> listing.title());
			case MAKER -> this.sellers.standing(targetId).map((seller) -> new LocalizedText(seller.name(), null));
		};
	}

}
