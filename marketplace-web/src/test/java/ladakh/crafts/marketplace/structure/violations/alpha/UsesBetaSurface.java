package ladakh.crafts.marketplace.structure.violations.alpha;

import ladakh.crafts.marketplace.structure.violations.beta.BetaService;
import ladakh.crafts.marketplace.structure.violations.shared.money.Amount;

/** Right: beta's public surface (its top package) and an open area's sub-package. */
public class UsesBetaSurface {

	public String describe() {
		return new BetaService().name() + new Amount(5).value();
	}

}
