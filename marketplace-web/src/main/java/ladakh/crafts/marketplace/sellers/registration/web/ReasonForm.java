package ladakh.crafts.marketplace.sellers.registration.web;

/**
 * A staff decision's reason as typed; its rules (required, at most 500 characters) are
 * the decision's own.
 */
record ReasonForm(String reason) {
}
