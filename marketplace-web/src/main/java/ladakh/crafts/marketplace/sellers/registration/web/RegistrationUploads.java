package ladakh.crafts.marketplace.sellers.registration.web;

import ladakh.crafts.marketplace.system.limits.UploadRoute;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The application forms carry a photo: their requests may be as large as the photo's
 * limit plus room for the other fields. A larger request is refused (413) before it is
 * read.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationUploads {

	static final int ROOM_FOR_FIELDS = 512 * 1024;

	@Bean
	UploadRoute applicationForms() {
		return new UploadRoute(DataSize.ofBytes(ApplicationForm.MAX_PHOTO_BYTES + ROOM_FOR_FIELDS), "/register/artisan",
				"/staff/applications/new");
	}

}
