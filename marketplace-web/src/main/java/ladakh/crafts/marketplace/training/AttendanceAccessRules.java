package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the attendance pages (decision 0061): instructors, officers and admins
 * open the sheets and send marks (whether an instructor teaches at the batch's centre is
 * decided by {@link DailyAttendance}, from the signed-in account: another centre's batch
 * is 403); only officers and admins read the daily reports and upload punch logs. The
 * service worker's script holds no data and is public, like the stall pages' one.
 */
@Component
class AttendanceAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/attendance/sw.js")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/staff/attendance", "/staff/attendance/centres/*/batches/*")
			.hasAnyRole("INSTRUCTOR", "OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/attendance/centres/*/batches/*/marks",
					"/staff/attendance/centres/*/batches/*/queued-marks")
			.hasAnyRole("INSTRUCTOR", "OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/staff/attendance/report", "/staff/attendance/report.csv",
					"/staff/attendance/centres/*", "/staff/attendance/centres/*/report.csv")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/attendance/centres/*/punches")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
