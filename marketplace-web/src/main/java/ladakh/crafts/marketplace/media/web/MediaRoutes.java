package ladakh.crafts.marketplace.media.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /media/{id}}: streams an image from GridFS to whom the record it belongs to
 * allows ({@link PhotoOwners}): a published listing's photos to everyone, a draft's or a
 * removed listing's only to its seller and staff, an applicant's portrait to staff.
 * Anyone else gets 404, as for an id that does not exist. Ids never change content, so a
 * photo everyone may see is cached by browsers and proxies for an hour and then
 * revalidated by its ETag (a listing taken down stops being served within the hour); the
 * others are never stored by a cache.
 */
@Configuration(proxyBeanMethods = false)
class MediaRoutes {

	static final String PUBLIC_CACHE = "public, max-age=3600";

	static final String PRIVATE_CACHE = "private, no-store";

	/** Ids are short lowercase slugs; anything else cannot name a stored image. */
	private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,100}");

	@Bean
	RouterFunction<ServerResponse> mediaRouter(PhotoStore photos, ObjectProvider<PhotoOwners> owners) {
		List<PhotoOwners> areas = owners.orderedStream().toList();
		return RouterFunctions.route().GET("/media/{id}", (request) -> serve(photos, areas, request)).build();
	}

	private static Mono<ServerResponse> serve(PhotoStore photos, List<PhotoOwners> owners, ServerRequest request) {
		String id = request.pathVariable("id");
		if (!ID.matcher(id).matches()) {
			return ServerResponse.notFound().build();
		}
		return photos.find(id)
			.flatMap((photo) -> audience(owners, photo).zipWith(viewer(request))
				.filter((seen) -> seen.getT1().admits(seen.getT2().orElse(null)))
				.flatMap((seen) -> respond(photos, photo, seen.getT1().everyone(), request)))
			.switchIfEmpty(ServerResponse.notFound().build());
	}

	private static Mono<PhotoAudience> audience(List<PhotoOwners> owners, PhotoStore.StoredPhoto photo) {
		if (photo.ownerId() == null) {
			return Mono.just(PhotoAudience.staffOnly());
		}
		return Flux.fromIterable(owners)
			.concatMap((area) -> area.audienceOf(photo))
			.next()
			.defaultIfEmpty(PhotoAudience.staffOnly());
	}

	private static Mono<Optional<MarketplaceUser>> viewer(ServerRequest request) {
		return request.principal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> ((Authentication) principal).getPrincipal())
			.filter(MarketplaceUser.class::isInstance)
			.map((user) -> Optional.of((MarketplaceUser) user))
			.defaultIfEmpty(Optional.empty());
	}

	private static Mono<ServerResponse> respond(PhotoStore photos, PhotoStore.StoredPhoto photo, boolean everyone,
			ServerRequest request) {
		String cache = everyone ? PUBLIC_CACHE : PRIVATE_CACHE;
		String etag = "\"" + photo.id() + "-" + photo.length() + "\"";
		if (request.headers().header(HttpHeaders.IF_NONE_MATCH).stream().anyMatch((tag) -> matches(tag, etag))) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.header(HttpHeaders.CACHE_CONTROL, cache)
				.build();
		}
		return ServerResponse.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.contentLength(photo.length())
			.eTag(etag)
			.lastModified(photo.uploadedAt())
			.header(HttpHeaders.CACHE_CONTROL, cache)
			.body(BodyInserters.fromDataBuffers(photos.content(photo.id())));
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
