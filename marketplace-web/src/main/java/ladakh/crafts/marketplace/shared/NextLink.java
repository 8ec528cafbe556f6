package ladakh.crafts.marketplace.shared;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A JSON list answers one {@link Page} as an array (its shape unchanged); the next page
 * is named in a {@code Link: <...?after=...>; rel="next"} header (docs/api.md, Paging).
 */
public final class NextLink {

	private NextLink() {
	}

	/** A 200 answer carrying the next page's link when there is one. */
	public static ResponseEntity.BodyBuilder on(Page<?> page, UriComponentsBuilder list) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (page.next() != null) {
			ok.header(HttpHeaders.LINK, "<" + list.queryParam("after", page.nextAfter()).encode().build().toUriString()
					+ ">; rel=\"next\"");
		}
		return ok;
	}

}
