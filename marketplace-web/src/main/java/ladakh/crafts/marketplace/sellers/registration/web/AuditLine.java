package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.List;

/**
 * One row of the audit trail as an officer reads it.
 *
 * @param at when, as an ISO instant (for {@code <time datetime>})
 * @param when when, in India's time and the reader's language, e.g.
 * {@code 23 Nov 2026, 14:05}
 * @param actor who: their display name, or their id when the user is unknown
 * @param action what, as a translated label (the raw action when there is no label)
 * @param reason why, when a reason was given
 * @param details anything else, as {@code key: value} lines
 */
record AuditLine(String at, String when, String actor, String action, String reason, List<String> details) {

}
