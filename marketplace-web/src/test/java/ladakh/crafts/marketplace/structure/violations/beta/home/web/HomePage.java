package ladakh.crafts.marketplace.structure.violations.beta.home.web;

import ladakh.crafts.marketplace.structure.violations.beta.cards.web.CardPage;

/** A nested web layer. Wrong: it uses another nested web layer's class. */
public class HomePage {

	public String title() {
		return new CardPage().title();
	}

}
