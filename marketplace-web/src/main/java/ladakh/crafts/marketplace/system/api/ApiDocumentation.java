package ladakh.crafts.marketplace.system.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import ladakh.crafts.marketplace.system.limits.UploadRoute;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebSession;

/**
 * The OpenAPI document of {@code /api/v1} at {@code /v3/api-docs} (decision 39).
 * springdoc describes each handler's parameters, bodies and answers from its signature;
 * this adds what no signature says: the two ways of signing in and, for every operation,
 * the ProblemDetail answers it can give ({@link ErrorAnswers}). docs/api.md keeps the
 * prose.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// The session a handler may take as a parameter is not part of the request; a
		// multipart part is a file.
		SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(WebSession.class)
			.replaceWithSchema(Part.class, new Schema<>().type("string").format("binary"));
		NestedTypeNames.applyTo(Json.mapper());
		NestedTypeNames.applyTo(Json31.mapper());
	}

	/** The name of the ProblemDetail schema in the document's components. */
	static final String PROBLEM = "Problem";

	static final String BASIC = "basic";

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	@Bean
	OpenAPI marketplaceApi() {
		return new OpenAPI()
			.info(new Info().title("Ladakh Crafts marketplace API")
				.version("v1")
				.description("Everything under /api/v1 answers JSON; every refusal is application/problem+json "
						+ "(RFC 9457) with a `detail` a person can act on, `code` (the message key) and, "
						+ "for a field at fault, `errors` [{field, message}]. Sign in with HTTP Basic "
						+ "(scripts; no CSRF token) or with the browser session's `SESSION` cookie, "
						+ "whose writes also send the token of `GET /api/v1/csrf` in `X-XSRF-TOKEN`. "
						+ "An operation whose security list holds an empty entry may be called without "
						+ "signing in. The prose (sign-in step by step, input rules, examples) is "
						+ "docs/api.md in the marketplace's source."))
			.components(new Components().addSecuritySchemes(BASIC, basic())
				.addSecuritySchemes(SESSION, session())
				.addSecuritySchemes(CSRF, csrf()));
	}

	@Bean
	OpenApiCustomizer errorAnswers(ObjectProvider<UploadRoute> uploads,
			@Value("${marketplace.http.max-body:1MB}") DataSize maxBody) {
		return new ErrorAnswers(uploads.orderedStream().toList(), maxBody);
	}

	private static SecurityScheme basic() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("`Authorization: Basic base64(login:password)`, the login being the account's email "
					+ "address or mobile number. Exempt from the CSRF check. A wrong password answers 401 on "
					+ "every path; after 5 failures for a login (20 from an address) in 15 minutes, 429 "
					+ "with Retry-After.");
	}

	private static SecurityScheme session() {
		return new SecurityScheme().type(SecurityScheme.Type.APIKEY)
			.in(SecurityScheme.In.COOKIE)
			.name("SESSION")
			.description(
					"The session cookie the login form (POST /login) sets. Writes need the CSRF " + "token as well.");
	}

	private static SecurityScheme csrf() {
		return new SecurityScheme().type(SecurityScheme.Type.APIKEY)
			.in(SecurityScheme.In.HEADER)
			.name("X-XSRF-TOKEN")
			.description("With the session cookie, every POST, PUT, PATCH and DELETE sends the `token` that "
					+ "GET /api/v1/csrf answers (not the XSRF-TOKEN cookie's value); without it: 403.");
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> problem() {
		Schema fieldError = new ObjectSchema()
			.addProperty("field", new StringSchema().description("e.g. price.currency"))
			.addProperty("message", new StringSchema());
		Schema problem = new ObjectSchema()
			.description(
					"RFC 9457 problem details. Some answers add members of their own (e.g. `limited`, `listingId`, "
							+ "`orderId`, `retry`): see the operation and docs/api.md.")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("What to change, in the reader's language"))
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("code", new StringSchema().description("The message key of the refusal"))
			.addProperty("errors", new ArraySchema().items(fieldError));
		problem.setRequired(List.of("status"));
		problem.setAdditionalProperties(true);
		problem.setExample(Map.of("type", "about:blank", "title", "Bad Request", "status", 400, "detail",
				"The request has invalid fields: quantity.", "instance", "/api/v1/cart/items", "errors",
				List.of(Map.of("field", "quantity", "message", "Choose at least one."))));
		return problem;
	}

}
