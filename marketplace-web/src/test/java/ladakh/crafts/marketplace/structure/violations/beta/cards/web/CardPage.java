package ladakh.crafts.marketplace.structure.violations.beta.cards.web;

/** Another nested web layer of beta. */
public class CardPage {

	public String title() {
		return "card";
	}

}
