package ladakh.crafts.catalog.search;

/** A synonym group that cannot be saved; the message says what to fix. */
public class InvalidSynonymGroupException extends IllegalArgumentException {

	public InvalidSynonymGroupException(String message) {
		super(message);
	}

}
