package ladakh.crafts.marketplace.structure.violations.beta.web;

/** Beta's web layer. */
public class BetaPage {

}
