package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The only place a kind of {@link Refusal} becomes an HTTP status: ErrorResponses answers
 * with it, and a page that shows a refusal beside its form sets the same one.
 */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

}
