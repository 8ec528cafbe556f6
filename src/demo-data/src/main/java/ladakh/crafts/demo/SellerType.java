package ladakh.crafts.demo;

/**
 * The three kinds of seller.
 */
public enum SellerType {

	ARTISAN, SHG, TRAINING_CENTRE

}
