package ladakh.crafts.marketplace.system.limits;

import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * Paths that take uploads, and how large a request to them may be: an area declares one
 * as a bean beside its upload forms; every other path may send at most
 * {@code marketplace.http.max-body}.
 *
 * @param maxBody the most a whole request body to these paths may be (the file's own
 * limit plus room for the other fields)
 * @param pathPatterns the paths, as Spring path patterns (e.g.
 * {@code /seller/listings/{id}/photos})
 */
public record UploadRoute(DataSize maxBody, List<String> pathPatterns) {

	public UploadRoute {
		pathPatterns = List.copyOf(pathPatterns);
	}

	public UploadRoute(DataSize maxBody, String... pathPatterns) {
		this(maxBody, List.of(pathPatterns));
	}

}
