package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.web.server.WebSession;

/**
 * The buyer's cart: in the web session for an anonymous visitor, in {@code carts} (keyed
 * by user id) once signed in. The session's cart is merged into the account's on the
 * first request after sign-in (the session survives the sign-in with a new id).
 * Quantities are capped by the stock now (made-to-order lines by a configured cap).
 */
@Service
public class Carts {

	/** The session attribute of an anonymous visitor's cart. */
	public static final String SESSION_CART = "orders.cart";

	private final CartRepository carts;

	private final Listings listings;

	private final OrdersProperties properties;

	private final Clock clock;

	private final SellerDirectory sellers;

	private final SellerPolicies policies;

	Carts(CartRepository carts, Listings listings, OrdersProperties properties, Clock clock, SellerDirectory sellers,
			SellerPolicies policies) {
		this.carts = carts;
		this.policies = policies;
		this.listings = listings;
		this.sellers = sellers;
		this.properties = properties;
		this.clock = clock;
	}

	/** The cart: listing id → quantity, in the order added. */
	public Mono<Map<String, Integer>> items(CartOwner owner) {
		if (owner.userId() == null) {
			return Mono.just(sessionCart(owner.session()));
		}
		Mono<Map<String, Integer>> stored = this.carts.items(owner.userId()).defaultIfEmpty(new LinkedHashMap<>());
		LinkedHashMap<String, Integer> anonymous = sessionCart(owner.session());
		if (anonymous.isEmpty()) {
			return stored;
		}
		// First request after signing in: merge the visitor's cart into the account's.
		return stored.flatMap((items) -> {
			anonymous.forEach((listingId, quantity) -> items.merge(listingId, quantity, Integer::sum));
			return capped(items);
		})
			.flatMap((items) -> save(owner, items))
			.doOnNext((saved) -> owner.session().getAttributes().remove(SESSION_CART));
	}

	/**
	 * How many pieces the cart holds, for the header: the session's and the stored cart's
	 * (before they are merged), without reading a listing.
	 */
	public Mono<Integer> pieces(CartOwner owner) {
		int anonymous = sessionCart(owner.session()).values().stream().mapToInt(Integer::intValue).sum();
		if (owner.userId() == null) {
			return Mono.just(anonymous);
		}
		return this.carts.pieces(owner.userId()).map((stored) -> stored + anonymous);
	}

	/**
	 * The cart with each line's listing and each seller's shipping fee as their rule has
	 * it now, for pages and the API.
	 */
	public Mono<View> view(CartOwner owner, Locale locale) {
		return items(owner).flatMap((items) -> Flux.fromIterable(items.entrySet())
			.concatMap((entry) -> listing(entry.getKey()).map((listing) -> Map.entry(listing, entry.getValue())))
			.collectList()
			.flatMap((found) -> {
				List<String> sellerIds = found.stream().map((entry) -> entry.getKey().sellerId()).distinct().toList();
				return this.sellers.names(sellerIds)
					.zipWith(this.policies.shipping(sellerIds))
					.map((both) -> View.of(found.stream()
						.map((entry) -> line(entry.getKey(), entry.getValue(),
								both.getT1().getOrDefault(entry.getKey().sellerId(), ""), locale))
						.toList(), both.getT2()));
			}));
	}

	/**
	 * Sets a line's quantity (0 removes it).
	 * @return the cart; {@link CartRefused} when the listing cannot be bought or the
	 * quantity is not available
	 */
	public Mono<Map<String, Integer>> set(CartOwner owner, String listingId, int quantity) {
		if (quantity < 0) {
			return Mono.error(CartRefused.quantity());
		}
		if (quantity == 0) {
			return remove(owner, listingId);
		}
		return listing(listingId).filter((listing) -> listing.status() == ListingStatus.PUBLISHED)
			.switchIfEmpty(Mono.error(CartRefused.notOnSale()))
			.flatMap((listing) -> {
				int most = most(listing);
				if (quantity > most) {
					return Mono.error((most == 0) ? CartRefused.soldOut() : CartRefused.most(most));
				}
				return items(owner).flatMap((items) -> {
					items.put(listingId, quantity);
					return save(owner, items);
				});
			});
	}

	/** Adds to a line (the total capped as in {@link #set}). */
	public Mono<Map<String, Integer>> add(CartOwner owner, String listingId, int quantity) {
		if (quantity < 1) {
			return Mono.error(CartRefused.quantity());
		}
		return items(owner).flatMap((items) -> set(owner, listingId, items.getOrDefault(listingId, 0) + quantity));
	}

	public Mono<Map<String, Integer>> remove(CartOwner owner, String listingId) {
		return items(owner).flatMap((items) -> {
			items.remove(listingId);
			return save(owner, items);
		});
	}

	/** Empties the cart (after an order was placed). */
	public Mono<Void> clear(CartOwner owner) {
		return save(owner, new LinkedHashMap<>()).then();
	}

	/** The listing, or empty when the id names none (a buyer's typo, not our failure). */
	private Mono<Listing> listing(String listingId) {
		return this.listings.any(listingId).onErrorResume(Refusal.class, (ex) -> Mono.empty());
	}

	private int most(Listing listing) {
		return listing.madeToOrder() ? this.properties.madeToOrderCap() : Math.max(0, listing.stock());
	}

	private Mono<Map<String, Integer>> capped(Map<String, Integer> items) {
		return Flux.fromIterable(new ArrayList<>(items.keySet()))
			.concatMap(
					(listingId) -> listing(listingId).filter((listing) -> listing.status() == ListingStatus.PUBLISHED)
						.map((listing) -> Map.entry(listingId, Math.min(items.get(listingId), most(listing)))))
			.filter((entry) -> entry.getValue() > 0)
			.collectList()
			.map((entries) -> {
				Map<String, Integer> capped = new LinkedHashMap<>();
				entries.forEach((entry) -> capped.put(entry.getKey(), entry.getValue()));
				return capped;
			});
	}

	private Mono<Map<String, Integer>> save(CartOwner owner, Map<String, Integer> items) {
		if (owner.userId() == null) {
			owner.session().getAttributes().put(SESSION_CART, new LinkedHashMap<>(items));
			return Mono.just(items);
		}
		return this.carts.save(owner.userId(), items, this.clock.instant()).thenReturn(items);
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, Integer> sessionCart(WebSession session) {
		if (session == null) {
			return new LinkedHashMap<>();
		}
		Object stored = session.getAttributes().get(SESSION_CART);
		return (stored instanceof Map<?, ?> map) ? new LinkedHashMap<>((Map<String, Integer>) map)
				: new LinkedHashMap<>();
	}

	private Line line(Listing listing, int quantity, String sellerName, Locale locale) {
		boolean onSale = listing.status() == ListingStatus.PUBLISHED;
		String thumb = listing.photos().isEmpty() ? null : listing.photos().get(0).thumbId();
		return new Line(listing.id(), listing.sellerId(), listing.title().in(locale), listing.craft(), quantity,
				listing.price(), listing.price().times(quantity), listing.madeToOrder(), listing.leadTimeDays(),
				onSale ? most(listing) : 0, onSale && quantity <= most(listing), sellerName,
				(thumb != null) ? "/media/" + thumb : null);
	}

	/**
	 * Whose cart: a signed-in user's (by id) or the visitor's session.
	 *
	 * @param userId the signed-in user, or null
	 * @param session the web session (holds a visitor's cart; merged at sign-in)
	 */
	public record CartOwner(String userId, WebSession session) {
	}

	/**
	 * One cart line with its listing now.
	 *
	 * @param most the most the buyer may have (stock, or the made-to-order cap)
	 * @param available false when the listing is no longer on sale or has too few pieces
	 * @param sellerName the maker's name
	 * @param thumbUrl the first photo's thumbnail, or null
	 */
	public record Line(String listingId, String sellerId, String title, String craft, int quantity, Money unitPrice,
			Money lineTotal, boolean madeToOrder, Integer leadTimeDays, int most, boolean available, String sellerName,
			String thumbUrl) {
	}

	/**
	 * One seller's share of the cart: their pieces and the shipping fee their rule
	 * charges for them, as checkout will charge it (on the part's subtotal).
	 *
	 * @param subtotal the seller's lines
	 * @param fee the shipping fee (zero: free)
	 * @param freeFrom from what subtotal their shipping is free, or null
	 */
	public record SellerShipping(String sellerId, String sellerName, Money subtotal, Money fee, Money freeFrom) {

		public boolean free() {
			return this.fee.isZero();
		}

	}

	/**
	 * The cart as shown, with each seller's shipping (in the order the lines name them).
	 */
	public record View(List<Line> lines, List<SellerShipping> shipping) {

		public View {
			lines = List.copyOf(lines);
			shipping = List.copyOf(shipping);
		}

		static View of(List<Line> lines, Map<String, ShippingRule> rules) {
			Map<String, List<Line>> bySeller = new LinkedHashMap<>();
			lines.forEach((line) -> bySeller.computeIfAbsent(line.sellerId(), (seller) -> new ArrayList<>()).add(line));
			List<SellerShipping> shipping = new ArrayList<>();
			bySeller.forEach((sellerId, own) -> {
				Money subtotal = own.stream().map(Line::lineTotal).reduce(Money.ZERO, Money::plus);
				ShippingRule rule = rules.getOrDefault(sellerId, ShippingRule.defaults(sellerId));
				shipping.add(new SellerShipping(sellerId, own.get(0).sellerName(), subtotal, rule.feeFor(subtotal),
						rule.freeFrom()));
			});
			return new View(lines, shipping);
		}

		/** The pieces alone. */
		public Money itemsTotal() {
			return this.lines.stream().map(Line::lineTotal).reduce(Money.ZERO, Money::plus);
		}

		/** Every seller's shipping. */
		public Money shippingTotal() {
			return this.shipping.stream().map(SellerShipping::fee).reduce(Money.ZERO, Money::plus);
		}

		/** What the buyer would pay: the pieces and the shipping. */
		public Money total() {
			return itemsTotal().plus(shippingTotal());
		}

		public boolean empty() {
			return this.lines.isEmpty();
		}

		public List<String> sellerIds() {
			return this.lines.stream().map(Line::sellerId).distinct().toList();
		}

	}

	/**
	 * The cart cannot change as asked: a refusal whose {@link #problem()} (most, soldOut,
	 * quantity, notOnSale) a page puts beside the cart line it is about.
	 */
	public static final class CartRefused extends Refusal {

		private final String problem;

		private CartRefused(String problem, String field, int most) {
			super(Kind.INVALID, "cart.problem." + problem, field, new Object[] { most }, Map.of());
			this.problem = problem;
		}

		static CartRefused quantity() {
			return new CartRefused("quantity", "quantity", 0);
		}

		static CartRefused notOnSale() {
			return new CartRefused("notOnSale", "listingId", 0);
		}

		static CartRefused soldOut() {
			return new CartRefused("soldOut", "quantity", 0);
		}

		static CartRefused most(int most) {
			return new CartRefused("most", "quantity", most);
		}

		/** Which problem, as the cart page names it in its address. */
		public String problem() {
			return this.problem;
		}

	}

}
