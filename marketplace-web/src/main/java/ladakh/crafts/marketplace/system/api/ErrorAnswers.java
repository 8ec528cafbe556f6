package ladakh.crafts.marketplace.system.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import ladakh.crafts.marketplace.system.limits.UploadRoute;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Gives every operation of the document its ways of signing in and the ProblemDetail
 * answers it can give, derived from the route itself, so a new endpoint is documented
 * with them without anyone writing them:
 * <ul>
 * <li>401 everywhere: a wrong HTTP Basic password is refused on every path, and a
 * protected route refuses an anonymous caller;
 * <li>429 everywhere: too many failed sign-ins refuse even the right password for a while
 * (decision 15);
 * <li>403 on protected routes (signed in without the role) and on every write (no CSRF
 * token with the session cookie);
 * <li>400 where the request carries parameters or a body (decision 33's input rules apply
 * to all of them), 404 where the path names a record, 413 on writes (the body limit:
 * {@code marketplace.http.max-body}, or the route's {@link UploadRoute});
 * <li>what only the domain knows (a move from the wrong state, an unavailable gateway):
 * {@link RouteNotes}.
 * </ul>
 */
class ErrorAnswers implements OpenApiCustomizer {

	private static final String PROBLEM_JSON = "application/problem+json";

	private final List<UploadRoute> uploads;

	private final DataSize maxBody;

	ErrorAnswers(List<UploadRoute> uploads, DataSize maxBody) {
		this.uploads = List.copyOf(uploads);
		this.maxBody = maxBody;
	}

	@Override
	public void customise(OpenAPI openApi) {
		// Here rather than on the OpenAPI bean: springdoc rebuilds the schemas it finds.
		openApi.getComponents().addSchemas(ApiDocumentation.PROBLEM, ApiDocumentation.problem());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String route = method.name() + " " + path;
			boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
					&& method != PathItem.HttpMethod.OPTIONS;
			boolean open = RouteNotes.PUBLIC.contains(route);
			operation.setSecurity(security(write, open));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			operation.setResponses(responses);
			if (operation.getRequestBody() == null && RouteNotes.BODIES.containsKey(route)) {
				operation.setRequestBody(new RequestBody().required(true)
					.content(new Content().addMediaType("application/json",
							new MediaType().schema(RouteNotes.BODIES.get(route)))));
			}
			RouteNotes.Note success = RouteNotes.SUCCESS.get(route);
			if (success != null) {
				responses.keySet().removeIf((code) -> code.startsWith("2"));
				responses.addApiResponse(String.valueOf(success.status()), new ApiResponse()
					.description(success.description())
					.content(
							new Content().addMediaType("application/json", new MediaType().schema(success.content()))));
			}
			boolean input = write || operation.getRequestBody() != null
					|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
			if (input) {
				answer(responses, 400, "The request is not valid (a parameter, a field or the body): `detail` "
						+ "says what to change, `errors` names the fields.");
			}
			answer(responses, 401, (open ? "Wrong" : "Not signed in, or wrong")
					+ " HTTP Basic credentials (refused on every path, with `WWW-Authenticate: Basic`).");
			responses.get("401").addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema()));
			if (!open || write) {
				answer(responses, 403, forbidden(write, open));
			}
			if (path.contains("{")) {
				answer(responses, 404, "No such record, or not the caller's (another seller's or buyer's id "
						+ "answers 404, never 403).");
			}
			if (write) {
				answer(responses, 413,
						"The request body is larger than " + limit(path) + ": refused before it is read.");
			}
			for (RouteNotes.Note note : RouteNotes.NOTES.getOrDefault(route, List.of())) {
				answer(responses, note.status(), note.description(), note.content());
			}
			answer(responses, 429, "Too many failed sign-ins for this login or address (decision 15): "
					+ "wait for the `Retry-After` seconds.");
			responses.get("429").addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()));
		}));
	}

	private static String forbidden(boolean write, boolean open) {
		String csrf = "a write in a browser session without the CSRF token.";
		if (open) {
			return "A" + csrf.substring(1);
		}
		return "Signed in without the role this endpoint needs" + (write ? ", or " + csrf : ".");
	}

	/**
	 * HTTP Basic, or the session cookie (with the CSRF token for a write); an empty entry
	 * where anyone may call.
	 */
	private static List<SecurityRequirement> security(boolean write, boolean open) {
		List<SecurityRequirement> ways = new ArrayList<>();
		if (open) {
			ways.add(new SecurityRequirement());
		}
		ways.add(new SecurityRequirement().addList(ApiDocumentation.BASIC));
		SecurityRequirement session = new SecurityRequirement().addList(ApiDocumentation.SESSION);
		ways.add(write ? session.addList(ApiDocumentation.CSRF) : session);
		return ways;
	}

	private String limit(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.uploads.stream()
			.filter((route) -> route.pathPatterns()
				.stream()
				.anyMatch((pattern) -> PathPatternParser.defaultInstance.parse(pattern).matches(container)))
			.map(UploadRoute::maxBody)
			.findFirst()
			.map(ErrorAnswers::size)
			.orElse(size(this.maxBody));
	}

	private static String size(DataSize size) {
		long bytes = size.toBytes();
		return (bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB"
				: String.format(java.util.Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
	}

	private static void answer(ApiResponses responses, int status, String description) {
		answer(responses, status, description, null);
	}

	/**
	 * Adds the answer, or completes one the handler declared: its description is kept,
	 * and it gets the ProblemDetail body when it has none.
	 */
	private static void answer(ApiResponses responses, int status, String description, Schema<?> content) {
		String code = String.valueOf(status);
		ApiResponse response = responses.get(code);
		if (response == null) {
			response = new ApiResponse().description(description);
			responses.addApiResponse(code, response);
		}
		else if (response.getDescription() == null || response.getDescription().isBlank()) {
			response.setDescription(description);
		}
		if (response.getContent() == null || response.getContent().isEmpty()) {
			Schema<?> body = (content != null) ? content
					: new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.PROBLEM);
			String type = (content != null) ? "application/json" : PROBLEM_JSON;
			response.setContent(new Content().addMediaType(type, new MediaType().schema(body)));
		}
	}

}
