package ladakh.crafts.marketplace.training.products;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingInput;
import ladakh.crafts.marketplace.catalog.ListingStock;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TrainingCentres;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A centre's product stock: pieces its trainees made, recorded with their batch, and
 * listed for sale in one step as the centre's listing, whose stock is then these pieces
 * (moved into it whole: one count, so an online sale, a stall sale and the centre's
 * register never disagree). {@link #origin} answers the centre and batch of a listing
 * made so, which is how a sale's rupees tie back to them.
 */
@Service
public class CentreProducts {

	/** The most pieces one entry may record: a listing's stock limit. */
	static final int MOST = 10_000;

	private final CentreProductRepository products;

	private final TrainingCentres centres;

	private final Listings listings;

	private final ListingStock stock;

	private final Clock clock;

	CentreProducts(CentreProductRepository products, TrainingCentres centres, Listings listings, ListingStock stock,
			Clock clock) {
		this.products = products;
		this.centres = centres;
		this.listings = listings;
		this.stock = stock;
		this.clock = clock;
	}

	/**
	 * Records pieces a batch of the centre made.
	 * @throws Refusal INVALID beside each field at fault
	 */
	public Mono<CentreProduct> record(String centreId, Made made, MarketplaceUser by) {
		return this.centres.batches(centreId).flatMap((batches) -> {
			List<Refusal.FieldProblem> problems = new ArrayList<>();
			if (batches.stream().noneMatch((batch) -> batch.id().equals(made.batchId()))) {
				problems.add(new Refusal.FieldProblem("batchId", "product.refused.batch"));
			}
			String craft = text(made.craft(), 60, "craft", problems);
			String titleEn = text(made.titleEn(), 120, "titleEn", problems);
			String titleHi = (made.titleHi() != null) ? made.titleHi().strip() : "";
			if (titleHi.length() > 120) {
				problems.add(new Refusal.FieldProblem("titleHi", "product.refused.text", 120));
			}
			String description = text(made.descriptionEn(), 2000, "descriptionEn", problems);
			int pieces = pieces(made.pieces(), problems);
			Money price = price(made.price(), problems);
			if (!problems.isEmpty()) {
				return Mono.error(Refusal.invalid("product.refused.invalid", problems));
			}
			return this.products.insert(new CentreProduct("cpr-" + UUID.randomUUID(), centreId, made.batchId(), craft,
					titleEn, titleHi, description, pieces, price, null, this.clock.instant(), by.id()));
		});
	}

	/** A page of the centre's products, each with the pieces it has now. */
	public Mono<Page<Stocked>> page(String centreId, After after) {
		return this.products.ofCentre(centreId, after, Page.SIZE + 1)
			.concatMap((product) -> product.listed()
					? this.stock.of(product.listingId())
						.map((now) -> new Stocked(product, now.stock()))
						.defaultIfEmpty(new Stocked(product, 0))
					: Mono.just(new Stocked(product, product.listed() ? 0 : product.made())))
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE,
					(stocked) -> After.of(stocked.product().madeAt(), stocked.product().id())));
	}

	/**
	 * Lists a product for sale as the centre's listing, its pieces as the listing's
	 * stock, and sends it out (published, or to an officer when it is the centre's
	 * first).
	 * @throws Refusal CONFLICT when it is listed already (or being listed); the listing's
	 * own refusals (INVALID) when the catalog will not take it
	 */
	public Mono<CentreProduct> list(String centreId, String productId, MarketplaceUser by) {
		return this.products.byId(centreId, productId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("product.refused.notFound")))
			.flatMap((product) -> this.products.claimListing(product.id()).flatMap((claimed) -> {
				if (!claimed) {
					return Mono.error(Refusal.conflict("product.refused.listed"));
				}
				return this.listings.create(centreId, input(product))
					.flatMap((draft) -> this.listings.submit(centreId, draft.id()))
					.flatMap((listing) -> this.products.listedAs(product.id(), listing.id())
						.then(this.products.byId(centreId, product.id())))
					.onErrorResume((ex) -> this.products.unclaim(product.id()).then(Mono.error(ex)));
			}));
	}

	/** The centre and batch whose trainees made what a listing sells, if any. */
	public Mono<Origin> origin(String listingId) {
		return this.products.byListing(listingId)
			.map((product) -> new Origin(product.centreId(), product.batchId(), product.id()));
	}

	private static ListingInput input(CentreProduct product) {
		return new ListingInput(product.titleEn(), product.titleHi(), product.descriptionEn(), "", product.craft(),
				List.of(), null, null, product.price().toMajor().toPlainString(), null, null,
				Integer.toString(product.made()), false, null, null, null, null, null);
	}

	private static String text(String typed, int most, String field, List<Refusal.FieldProblem> problems) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty() || text.length() > most) {
			problems.add(new Refusal.FieldProblem(field, "product.refused.text", most));
		}
		return text;
	}

	private static int pieces(String typed, List<Refusal.FieldProblem> problems) {
		try {
			int pieces = Integer.parseInt((typed != null) ? typed.strip() : "");
			if (pieces >= 1 && pieces <= MOST) {
				return pieces;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.add(new Refusal.FieldProblem("pieces", "product.refused.pieces", MOST));
		return 0;
	}

	private static Money price(String typed, List<Refusal.FieldProblem> problems) {
		try {
			Money price = Money.parse(typed);
			if (price.isPositive()) {
				return price;
			}
		}
		catch (Refusal ex) {
			// refused below
		}
		problems.add(new Refusal.FieldProblem("price", "product.refused.price"));
		return Money.ZERO;
	}

	/**
	 * Pieces made, as typed.
	 *
	 * @param batchId the batch whose trainees made them
	 * @param craft the craft's slug
	 * @param titleEn what they are
	 * @param titleHi the same in Hindi
	 * @param descriptionEn a line for buyers
	 * @param pieces how many
	 * @param price of one, in rupees
	 */
	public record Made(String batchId, String craft, String titleEn, String titleHi, String descriptionEn,
			String pieces, String price) {

	}

	/**
	 * A product and the pieces it has now (its own until listed, the listing's after).
	 *
	 * @param product the product
	 * @param pieces pieces in stock now
	 */
	public record Stocked(CentreProduct product, int pieces) {

	}

	/**
	 * Where a listing's pieces were made.
	 *
	 * @param centreId the centre
	 * @param batchId the batch
	 * @param productId the centre's product
	 */
	public record Origin(String centreId, String batchId, String productId) {

	}

}
