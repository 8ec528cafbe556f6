package ladakh.crafts.marketplace.stalls;

import java.util.Collection;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * Exhibitions' stall sales for the financial-year reports (issue 18). Only counted sales
 * count: a sale is counted once its pieces were taken from the stall and its ledger line
 * (channel STALL) written, so these totals are the ledger's stall revenue of the
 * exhibition, read by exhibition from the sales' own index.
 */
@Service
public class StallSalesTotals {

	private final StallSaleRepository sales;

	StallSalesTotals(StallSaleRepository sales) {
		this.sales = sales;
	}

	/** These exhibitions' counted sales, one per exhibition that had any. */
	public Flux<ExhibitionSales> of(Collection<String> exhibitionIds) {
		if (exhibitionIds.isEmpty()) {
			return Flux.empty();
		}
		return this.sales.countedTotals(exhibitionIds);
	}

}
