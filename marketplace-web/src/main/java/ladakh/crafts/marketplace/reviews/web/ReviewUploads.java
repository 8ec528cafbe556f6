package ladakh.crafts.marketplace.reviews.web;

import ladakh.crafts.marketplace.reviews.Reviews;
import ladakh.crafts.marketplace.system.limits.UploadRoute;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The review form may carry a photo: its request may be as large as the photo's limit
 * plus room for the words and the token; a larger request is refused (413) before it is
 * read.
 */
@Configuration(proxyBeanMethods = false)
class ReviewUploads {

	static final int ROOM_FOR_FIELDS = 256 * 1024;

	@Bean
	UploadRoute reviewPhotoUploads() {
		return new UploadRoute(DataSize.ofBytes(Reviews.MAX_PHOTO_BYTES + ROOM_FOR_FIELDS), "/listings/{id}/review");
	}

}
