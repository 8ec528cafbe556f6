package ladakh.crafts.marketplace.sellers.shg;

/**
 * No SHG with this id.
 */
public class ShgNotFoundException extends RuntimeException {

	ShgNotFoundException(String shgId) {
		super("No SHG " + shgId);
	}

}
