package ladakh.crafts.marketplace.orders.web;

/** Why a parcel is cancelled or returned, as typed; the step's own rules check it. */
record ReasonForm(String reason) {
}
