package ladakh.crafts.marketplace.media.web;

import java.util.regex.Pattern;

import ladakh.crafts.marketplace.media.PhotoStore;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /media/{id}}: streams an image from GridFS. Ids never change content, so
 * responses may be cached for a year by browsers and proxies alike.
 */
@Configuration(proxyBeanMethods = false)
class MediaRoutes {

	static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

	/** Ids are short lowercase slugs; anything else cannot name a stored image. */
	private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,100}");

	@Bean
	RouterFunction<ServerResponse> mediaRouter(PhotoStore photos) {
		return RouterFunctions.route().GET("/media/{id}", (request) -> serve(photos, request)).build();
	}

	private static Mono<ServerResponse> serve(PhotoStore photos, ServerRequest request) {
		String id = request.pathVariable("id");
		if (!ID.matcher(id).matches()) {
			return ServerResponse.notFound().build();
		}
		return photos.find(id).flatMap((photo) -> {
			String etag = "\"" + photo.id() + "-" + photo.length() + "\"";
			if (request.headers().header(HttpHeaders.IF_NONE_MATCH).stream().anyMatch((tag) -> matches(tag, etag))) {
				return ServerResponse.status(HttpStatus.NOT_MODIFIED)
					.eTag(etag)
					.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
					.build();
			}
			return ServerResponse.ok()
				.contentType(MediaType.parseMediaType(photo.contentType()))
				.contentLength(photo.length())
				.eTag(etag)
				.lastModified(photo.uploadedAt())
				.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
				.body(BodyInserters.fromDataBuffers(photos.content(photo.id())));
		}).switchIfEmpty(ServerResponse.notFound().build());
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		for (String tag : ifNoneMatch.split(",")) {
			String trimmed = tag.trim();
			if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

}
