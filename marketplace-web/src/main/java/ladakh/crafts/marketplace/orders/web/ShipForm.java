package ladakh.crafts.marketplace.orders.web;

/**
 * A parcel's courier and tracking number as typed; the shipping step's own rules say what
 * is missing, beside the field.
 */
record ShipForm(String carrier, String trackingNumber) {
}
