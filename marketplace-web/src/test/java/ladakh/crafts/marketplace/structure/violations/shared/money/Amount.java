package ladakh.crafts.marketplace.structure.violations.shared.money;

/** An open area's class: every area may use it. */
public record Amount(long value) {

}
