package ladakh.crafts.marketplace.structure.violations.beta;

import ladakh.crafts.marketplace.structure.violations.alpha.AlphaEvents;

/** Beta's public surface. Wrong: it depends on alpha, which depends on beta (a cycle). */
public class BetaService {

	public String name() {
		return new AlphaEvents("beta").what();
	}

}
