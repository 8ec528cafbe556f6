package ladakh.crafts.marketplace.sellers;

/**
 * What kind of seller a {@link Seller} is. Stored as {@code sellers.type}. Unit holders
 * and co-operatives are the kinds still to come (see ARCHITECTURE.md); they are sellers
 * like the others, so they get no type of their own.
 */
public enum SellerKind {

	/** A registered artisan (registration number, identity card). */
	ARTISAN,
	/** A self-help group of artisans, with a revolving fund. */
	SHG,
	/** A government training centre selling trainee-made products. */
	TRAINING_CENTRE,
	/** A unit holder (a small workshop) registered with the department. */
	UNIT_HOLDER,
	/** A co-operative society of artisans. */
	CO_OPERATIVE;

	/** The kind a stored {@code type} names, or null when it names none. */
	public static SellerKind of(String stored) {
		for (SellerKind kind : values()) {
			if (kind.name().equals(stored)) {
				return kind;
			}
		}
		return null;
	}

}
