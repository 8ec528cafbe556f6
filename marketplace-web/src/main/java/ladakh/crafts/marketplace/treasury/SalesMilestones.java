package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

import reactor.core.publisher.Flux;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.stereotype.Service;

/**
 * How other areas (the reports' funnel) learn when sellers sold: per seller, the first
 * and the last SALE line (online, stall or artisan complex alike) and the net of their
 * lines in a window (sales less refunds, reversals counted as they are signed). Read for
 * {@value #SELLERS_AT_ONCE} sellers at a time, summed by the database; never the lines
 * themselves. Lines written before the signed fields existed (decision 0068, not done)
 * count for the first and last sale but not in the window's net.
 */
@Service
public class SalesMilestones {

	/** Sellers asked about in one aggregate (an {@code $in} of at most this many). */
	public static final int SELLERS_AT_ONCE = 500;

	private final LedgerMilestoneRepository lines;

	SalesMilestones(LedgerMilestoneRepository lines) {
		this.lines = lines;
	}

	/**
	 * What the ledger knows of each seller's sales. A seller with no line is left out.
	 * @param from the window's first moment
	 * @param until the first moment after the window
	 */
	public Flux<SellerSales> of(Collection<String> sellerIds, Instant from, Instant until) {
		return Flux.fromIterable(new LinkedHashSet<>(sellerIds))
			.filter(Objects::nonNull)
			.buffer(SELLERS_AT_ONCE)
			.concatMap((chunk) -> this.lines.totals(chunk, from, until)
				.collectMultimap(LedgerMilestoneRepository.KindTotals::sellerId)
				.flatMapIterable((bySeller) -> {
					var answers = new ArrayList<SellerSales>(bySeller.size());
					bySeller.forEach((sellerId, kinds) -> answers.add(SellerSales.of(sellerId, kinds)));
					return answers;
				}));
	}

	/**
	 * A seller's sales as the ledger has them.
	 *
	 * @param sellerId the seller
	 * @param firstSale their first SALE line's time, or null when they never sold
	 * @param lastSale their last SALE line's time, or null
	 * @param inWindow the net of all their lines in the window (may be negative)
	 */
	public record SellerSales(String sellerId, Instant firstSale, Instant lastSale, Money inWindow) {

		static SellerSales of(String sellerId, Collection<LedgerMilestoneRepository.KindTotals> kinds) {
			Instant first = null;
			Instant last = null;
			Money net = Money.ZERO;
			for (LedgerMilestoneRepository.KindTotals kind : kinds) {
				if (LedgerEntry.SALE.equals(kind.kind())) {
					first = (first == null || (kind.first() != null && kind.first().isBefore(first))) ? kind.first()
							: first;
					last = (last == null || (kind.last() != null && kind.last().isAfter(last))) ? kind.last() : last;
				}
				net = net.plus(kind.inWindow());
			}
			return new SellerSales(sellerId, first, last, net);
		}

	}

}
