package ladakh.crafts.marketplace.stalls;

import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.context.ApplicationContext;

/** Runs the stall sales' demo data in a test whose context has the demo switched off. */
public final class StallSalesDemoLoads {

	private StallSalesDemoLoads() {
	}

	/**
	 * @return how many sales were written now
	 */
	public static int load(ApplicationContext context, boolean force) {
		return new StallSalesDemoData(context.getBean(StallSaleRepository.class), context.getBean(StallDraws.class),
				context.getBean(StallStock.class), context.getBean(RevenueLedger.class))
			.load(force)
			.block();
	}

}
