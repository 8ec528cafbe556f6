package ladakh.crafts.marketplace.stalls.web;

/**
 * Pieces to move: to the stall, or back online when {@code direction} is {@code back}.
 */
record MoveForm(String listingId, String quantity, String direction) {

	boolean back() {
		return "back".equals(this.direction);
	}

	/** The pieces typed, or 0 (refused as invalid) when not a number. */
	int pieces() {
		return SaleForm.number(this.quantity);
	}

}
