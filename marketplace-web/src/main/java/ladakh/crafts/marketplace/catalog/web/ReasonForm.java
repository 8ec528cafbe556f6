package ladakh.crafts.marketplace.catalog.web;

/** The officer's reason for a rejection or a takedown. */
record ReasonForm(String reason) {

}
