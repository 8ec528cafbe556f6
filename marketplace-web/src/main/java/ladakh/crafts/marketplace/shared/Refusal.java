package ladakh.crafts.marketplace.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one way domain code says no: what kind of no, the message key people read (in
 * {@code messages.properties} and its Hindi twin) with its arguments, and the form field
 * it belongs beside, if any. Only {@code system/ErrorResponses} turns a kind into an HTTP
 * status and a key into words; domain code never picks a status.
 */
public class Refusal extends RuntimeException {

	/**
	 * Why the answer is no; each kind has exactly one status, chosen in ErrorResponses.
	 */
	public enum Kind {

		/** The request itself is wrong: a field is missing, malformed or out of range. */
		INVALID,
		/** The thing named does not exist, or is not the caller's to see. */
		NOT_FOUND,
		/** The caller may not do this. */
		FORBIDDEN,
		/**
		 * The thing is not in a state that allows this move (already shipped, sold out).
		 */
		CONFLICT,
		/** The caller has done this too often; try later. */
		TOO_MANY,
		/** A service we depend on is not there right now; try later. */
		UNAVAILABLE

	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	private final String field;

	private final List<FieldProblem> problems;

	private final Map<String, Object> properties;

	private final Duration retryAfter;

	public Refusal(Kind kind, String messageKey, String field, Object... arguments) {
		this(kind, messageKey, field, arguments, List.of(), Map.of(), null);
	}

	/**
	 * For an area's own kind of refusal that carries facts for the client from the start.
	 */
	protected Refusal(Kind kind, String messageKey, String field, Object[] arguments, Map<String, Object> properties) {
		this(kind, messageKey, field, arguments, List.of(), properties, null);
	}

	/**
	 * For an area's own kind of refusal caused by a failure underneath (a gateway that
	 * did not answer): the cause is kept for the log, never shown.
	 */
	protected Refusal(Kind kind, String messageKey, Object[] arguments, Throwable cause) {
		super(messageKey, cause, false, false);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
		this.field = null;
		this.arguments = (arguments != null) ? arguments.clone() : new Object[0];
		this.problems = List.of();
		this.properties = Map.of();
		this.retryAfter = null;
	}

	private Refusal(Kind kind, String messageKey, String field, Object[] arguments, List<FieldProblem> problems,
			Map<String, Object> properties, Duration retryAfter) {
		super(messageKey, null, false, false);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
		this.field = field;
		this.arguments = (arguments != null) ? arguments.clone() : new Object[0];
		this.problems = List.copyOf(problems);
		this.properties = properties;
		this.retryAfter = retryAfter;
	}

	/**
	 * One field's problem, when a request has several (a form checked field by field).
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {

		public FieldProblem {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(messageKey, "messageKey");
			arguments = (arguments != null) ? arguments.clone() : new Object[0];
		}

	}

	/**
	 * The request is wrong in several fields: {@code messageKey} says so as a whole, each
	 * problem is shown beside its field (and listed in the API's errors).
	 */
	public static Refusal invalid(String messageKey, List<FieldProblem> problems, Object... arguments) {
		return new Refusal(Kind.INVALID, messageKey, null, arguments, problems, Map.of(), null);
	}

	public static Refusal invalid(String messageKey, Object... arguments) {
		return new Refusal(Kind.INVALID, messageKey, null, arguments);
	}

	public static Refusal notFound(String messageKey, Object... arguments) {
		return new Refusal(Kind.NOT_FOUND, messageKey, null, arguments);
	}

	public static Refusal forbidden(String messageKey, Object... arguments) {
		return new Refusal(Kind.FORBIDDEN, messageKey, null, arguments);
	}

	public static Refusal conflict(String messageKey, Object... arguments) {
		return new Refusal(Kind.CONFLICT, messageKey, null, arguments);
	}

	public static Refusal tooMany(String messageKey, Object... arguments) {
		return new Refusal(Kind.TOO_MANY, messageKey, null, arguments);
	}

	public static Refusal unavailable(String messageKey, Object... arguments) {
		return new Refusal(Kind.UNAVAILABLE, messageKey, null, arguments);
	}

	/** The same refusal, shown beside this form field (and named in the API's errors). */
	public Refusal at(String field) {
		return new Refusal(this.kind, this.messageKey, field, this.arguments, this.problems, this.properties,
				this.retryAfter);
	}

	/**
	 * The same refusal with a fact a client can act on (an order id to retry, the listing
	 * that ran out), given as a property of the API's problem.
	 */
	public Refusal with(String property, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.properties);
		more.put(Objects.requireNonNull(property, "property"), value);
		return new Refusal(this.kind, this.messageKey, this.field, this.arguments, this.problems,
				java.util.Collections.unmodifiableMap(more), this.retryAfter);
	}

	/** The same refusal, telling the client when it may try again. */
	public Refusal retryAfter(Duration wait) {
		return new Refusal(this.kind, this.messageKey, this.field, this.arguments, this.problems, this.properties,
				Objects.requireNonNull(wait, "wait"));
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The form field or JSON property at fault, or {@code null} for the whole request.
	 */
	public String field() {
		return this.field;
	}

	/** The fields at fault, each with its own message, when there are several. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

	/** Facts for the API's problem beside the message, in the order given. */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/** When the client may try again, or {@code null}. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public String getMessage() {
		return this.kind + " " + this.messageKey + ((this.field != null) ? " at " + this.field : "")
				+ ((this.arguments.length > 0) ? " " + Arrays.toString(this.arguments) : "")
				+ (this.problems.isEmpty() ? "" : " " + this.problems.stream().map(FieldProblem::field).toList());
	}

}
