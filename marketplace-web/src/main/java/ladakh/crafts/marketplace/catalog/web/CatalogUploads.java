package ladakh.crafts.marketplace.catalog.web;

import ladakh.crafts.marketplace.system.limits.UploadRoute;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A listing photo's upload (page and API) may be as large as the photo's limit plus room
 * for the form's token; a larger request is refused (413) before it is read.
 */
@Configuration(proxyBeanMethods = false)
class CatalogUploads {

	static final int ROOM_FOR_FIELDS = 256 * 1024;

	@Bean
	UploadRoute listingPhotoUploads() {
		return new UploadRoute(DataSize.ofBytes(PhotoUploads.MAX_BYTES + ROOM_FOR_FIELDS),
				"/seller/listings/{id}/photos", "/api/v1/seller/listings/{id}/photos");
	}

}
