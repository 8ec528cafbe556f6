package ladakh.crafts.marketplace.training.attendance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.Attendance;
import ladakh.crafts.marketplace.training.AttendanceRegister;
import ladakh.crafts.marketplace.training.DailyAttendance;
import ladakh.crafts.marketplace.training.HandMark;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the attendance sheet's script talks to: the queued marks of a batch, all the
 * waiting ones in one form body (repeated {@code id}, {@code person}, {@code day},
 * {@code attendance}, {@code at} fields; the CSRF token in {@code X-XSRF-TOKEN}),
 * answered in JSON with how many were new, how many had come before and which were
 * refused; and the service worker shared with the stall pages, at this scope.
 */
@RestController
class AttendanceApi {

	private final DailyAttendance attendance;

	private final MessageSource messages;

	private final Clock clock;

	AttendanceApi(DailyAttendance attendance, MessageSource messages, Clock clock) {
		this.attendance = attendance;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/staff/attendance/centres/{centreId}/batches/{batchId}/queued-marks")
	Mono<ResponseEntity<Map<String, Object>>> queued(@PathVariable String centreId, @PathVariable String batchId,
			@AuthenticationPrincipal MarketplaceUser user, ServerWebExchange exchange, Locale locale) {
		return exchange.getFormData()
			.flatMap((form) -> Mono.fromCallable(() -> marks(form))
				.flatMap((marks) -> this.attendance.mark(centreId, batchId, marks, user)))
			.map((received) -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer(received)))
			.onErrorResume(Refusal.class,
					(ex) -> Mono.just(ResponseEntity.status(RefusalStatus.of(ex.kind()))
						.contentType(MediaType.APPLICATION_JSON)
						.body(Map.of("message",
								this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)))));
	}

	/**
	 * The service worker, with {@code Service-Worker-Allowed} so that it may control
	 * {@code /staff/attendance} itself as well as the pages below it.
	 */
	@GetMapping("/staff/attendance/sw.js")
	ResponseEntity<ClassPathResource> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/javascript"))
			.header("Service-Worker-Allowed", "/staff/attendance")
			.cacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate())
			.body(new ClassPathResource("offline/sw.js"));
	}

	private static Map<String, Object> answer(AttendanceRegister.Received received) {
		return Map.of("stored", received.stored(), "repeated", received.repeated(), "refused", received.refused());
	}

	/**
	 * The marks as sent; a field missing or malformed makes its mark one the register
	 * refuses by id (a day that is no date, an unknown choice).
	 */
	private List<HandMark> marks(MultiValueMap<String, String> form) {
		List<String> ids = form.getOrDefault("id", List.of());
		if (ids.size() > AttendanceRegister.MOST_MARKS_AT_ONCE) {
			throw Refusal.invalid("training.attendance.tooMany", AttendanceRegister.MOST_MARKS_AT_ONCE);
		}
		List<String> people = form.getOrDefault("person", List.of());
		List<String> days = form.getOrDefault("day", List.of());
		List<String> choices = form.getOrDefault("attendance", List.of());
		List<String> times = form.getOrDefault("at", List.of());
		Instant now = this.clock.instant();
		List<HandMark> marks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			LocalDate day = day(at(days, i));
			Attendance choice = attendance(at(choices, i));
			if (day == null || choice == null) {
				// Not a mark at all: a person no batch has, so the register refuses it by
				// id.
				marks.add(new HandMark(ids.get(i), "", LocalDate.MIN, Attendance.ABSENT, now));
				continue;
			}
			marks.add(new HandMark(ids.get(i), at(people, i), day, choice, markedAt(at(times, i), now)));
		}
		return marks;
	}

	/** When the phone says it was marked, never later than now. */
	private static Instant markedAt(String millis, Instant now) {
		try {
			Instant at = Instant.ofEpochMilli(Long.parseLong(millis));
			return at.isAfter(now) ? now : at;
		}
		catch (NumberFormatException ex) {
			return now;
		}
	}

	static Attendance attendance(String text) {
		for (Attendance value : Attendance.values()) {
			if (value.name().equals(text)) {
				return value;
			}
		}
		return null;
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : "";
	}

}
