package ladakh.crafts.marketplace.training.attendance.web;

import ladakh.crafts.marketplace.system.limits.UploadRoute;
import ladakh.crafts.marketplace.training.PunchLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A punch log's upload may be as large as the log's limit plus room for the form's token;
 * a larger request is refused (413) before it is read.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceUploads {

	static final int ROOM_FOR_FIELDS = 256 * 1024;

	@Bean
	UploadRoute punchLogUploads() {
		return new UploadRoute(DataSize.ofBytes(PunchLog.MAX_BYTES + ROOM_FOR_FIELDS),
				"/staff/attendance/centres/{centreId}/punches");
	}

}
