package ladakh.crafts.marketplace.orders;

/**
 * Where one seller's part of an order is. Parts follow their order until it is PAID
 * (PLACING, NOT_PLACED, AWAITING_PAYMENT, EXPIRED, CANCELLED), then the seller moves them
 * on: PAID → PACKED → SHIPPED → DELIVERED, or CANCELLED before shipping.
 */
public enum PartStatus {

	PLACING, NOT_PLACED, AWAITING_PAYMENT, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, EXPIRED

}
