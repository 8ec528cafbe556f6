package ladakh.crafts.marketplace.deputations;

import org.springframework.context.ApplicationContext;

/** Runs the deputations' demo data in a test whose context has the demo switched off. */
public final class DeputationsDemoLoads {

	private DeputationsDemoLoads() {
	}

	/**
	 * @return whether the IITF deputation was stored now
	 */
	public static boolean load(ApplicationContext context) {
		return new DeputationsDemoData(context.getBean(DeputationRepository.class),
				context.getBean(DeputationDesk.class))
			.load(DeputationsDemoData.IITF)
			.block();
	}

}
