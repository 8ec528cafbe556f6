package ladakh.crafts.marketplace.structure.violations.alpha;

import ladakh.crafts.marketplace.structure.violations.beta.home.web.HomePage;
import ladakh.crafts.marketplace.structure.violations.beta.internal.BetaInternal;

/** Wrong: alpha uses beta's internal class and one of beta's nested web classes. */
public class ReachesIntoBeta {

	public String describe() {
		return new BetaInternal().name() + new HomePage().title();
	}

}
