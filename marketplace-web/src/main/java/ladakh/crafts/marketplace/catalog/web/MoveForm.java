package ladakh.crafts.marketplace.catalog.web;

/** Which way to move a photo: {@code up} (earlier) or {@code down} (later). */
record MoveForm(String direction) {

	int step() {
		return "down".equals(this.direction) ? 1 : -1;
	}

}
