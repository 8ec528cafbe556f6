package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;

/**
 * An officer's approval or rejection.
 *
 * @param by the officer's user id
 * @param at when
 * @param reason why (required for a rejection)
 */
public record Decision(String by, Instant at, String reason) {

}
