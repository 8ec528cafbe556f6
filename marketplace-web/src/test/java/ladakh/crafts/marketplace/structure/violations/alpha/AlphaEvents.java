package ladakh.crafts.marketplace.structure.violations.alpha;

/**
 * What alpha announces; beta listens, which closes a cycle with {@link UsesBetaSurface}.
 */
public record AlphaEvents(String what) {

}
