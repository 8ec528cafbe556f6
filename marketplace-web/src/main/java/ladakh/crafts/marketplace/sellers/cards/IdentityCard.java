package ladakh.crafts.marketplace.sellers.cards;

/**
 * A rendered identity card.
 *
 * @param filename a safe download name, e.g. {@code id-card-LEH-HC-2026-0042.pdf}
 * @param pdf the PDF document
 */
public record IdentityCard(String filename, byte[] pdf) {

}
