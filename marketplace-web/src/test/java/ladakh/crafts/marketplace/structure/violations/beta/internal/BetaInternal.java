package ladakh.crafts.marketplace.structure.violations.beta.internal;

import ladakh.crafts.marketplace.structure.violations.beta.web.BetaPage;

/** Internal to beta. Wrong: domain code that depends on a web layer. */
public class BetaInternal {

	public String name() {
		return BetaPage.class.getSimpleName();
	}

}
