package ladakh.crafts.catalog.search;

/**
 * A {@code cursor} that this search did not hand out (tampered, or from another sort).
 */
public class InvalidCursorException extends IllegalArgumentException {

	public InvalidCursorException(String message) {
		super(message);
	}

}
