package ladakh.crafts.localnode;

/**
 * The local node could not be provisioned, started or stopped. The message says what to
 * do about it.
 */
public class LocalNodeException extends RuntimeException {

	public LocalNodeException(String message) {
		super(message);
	}

	public LocalNodeException(String message, Throwable cause) {
		super(message, cause);
	}

}
