package ladakh.crafts.marketplace.training.attendance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.training.DailyAttendance;
import ladakh.crafts.marketplace.training.PunchLog;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The officers' daily attendance report (decision 0061), for the department and per
 * centre, on the page and as CSV; and a centre's punch-log upload, checked whole before
 * anything is kept, every bad line listed with its number and reason.
 */
@Controller
class AttendanceReportPages {

	/**
	 * How the register names a bad line's field: {@code row 3} or {@code row 3: time}.
	 */
	private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("row (\\d+)(?:: (\\w+))?");

	private final DailyAttendance attendance;

	private final CraftNames craftNames;

	private final MessageSource messages;

	private final Labels labels;

	AttendanceReportPages(DailyAttendance attendance, CraftNames craftNames, MessageSource messages, Labels labels) {
		this.attendance = attendance;
		this.craftNames = craftNames;
		this.messages = messages;
		this.labels = labels;
	}

	@GetMapping("/staff/attendance/report")
	Mono<Rendering> department(@RequestParam(required = false) String day) {
		LocalDate date = day(day);
		return this.attendance.departmentDay(date)
			.map((report) -> Rendering.view("training/attendance/report")
				.modelAttribute("report", report)
				.modelAttribute("previous", date.minusDays(1))
				.modelAttribute("next", date.isBefore(this.attendance.today()) ? date.plusDays(1) : null)
				.build());
	}

	@GetMapping("/staff/attendance/report.csv")
	@ResponseBody
	Mono<ResponseEntity<byte[]>> departmentCsv(@RequestParam(required = false) String day, Locale locale) {
		LocalDate date = day(day);
		return this.attendance.departmentDay(date)
			.map((report) -> csv("attendance-" + date + ".csv",
					AttendanceCsv.of(report.centres(), this.labels, locale)));
	}

	@GetMapping("/staff/attendance/centres/{centreId}")
	Mono<Rendering> centre(@PathVariable String centreId, @RequestParam(required = false) String day,
			@RequestParam(required = false) String done) {
		return page(centreId, day(day), List.of(), ("uploaded".equals(done)) ? "uploaded" : null, HttpStatus.OK);
	}

	@GetMapping("/staff/attendance/centres/{centreId}/report.csv")
	@ResponseBody
	Mono<ResponseEntity<byte[]>> centreCsv(@PathVariable String centreId, @RequestParam(required = false) String day,
			Locale locale) {
		LocalDate date = day(day);
		return this.attendance.centreDay(centreId, date)
			.map((report) -> csv("attendance-" + centreId + "-" + date + ".csv",
					AttendanceCsv.of(List.of(report), this.labels, locale)));
	}

	@PostMapping(path = "/staff/attendance/centres/{centreId}/punches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> upload(@PathVariable String centreId, @ModelAttribute UploadForm form, Locale locale) {
		return form.bytes()
			.flatMap((bytes) -> this.attendance.importPunches(centreId, bytes))
			.map((added) -> Rendering.redirectTo("/staff/attendance/centres/" + centreId + "?done=uploaded").build())
			.onErrorResume(Refusal.class, (ex) -> {
				if (ex.kind() != Refusal.Kind.INVALID) {
					return Mono.error(ex);
				}
				return page(centreId, this.attendance.today(), problems(ex, locale), null, HttpStatus.BAD_REQUEST);
			});
	}

	private Mono<Rendering> page(String centreId, LocalDate day, List<String> problems, String done,
			HttpStatus status) {
		return this.attendance.centreDay(centreId, day)
			.map((report) -> Rendering.view("training/attendance/centre")
				.status(status)
				.modelAttribute("report", report)
				.modelAttribute("pastMarkBy", this.attendance.pastMarkBy(day))
				.modelAttribute("craftNames", this.craftNames.all())
				.modelAttribute("today", day.equals(this.attendance.today()))
				.modelAttribute("previous", day.minusDays(1))
				.modelAttribute("next", day.isBefore(this.attendance.today()) ? day.plusDays(1) : null)
				.modelAttribute("problems", problems)
				.modelAttribute("done", done)
				.build());
	}

	/** The refusal's headline, then "Line 3, time: …" for each bad line. */
	private List<String> problems(Refusal ex, Locale locale) {
		List<String> lines = new java.util.ArrayList<>();
		lines.add(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		for (Refusal.FieldProblem problem : ex.problems()) {
			String message = this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
					locale);
			java.util.regex.Matcher row = ROW.matcher(problem.field());
			if (!row.matches()) {
				lines.add(message);
			}
			else if (row.group(2) == null) {
				lines.add(this.messages.getMessage("training.punches.row", new Object[] { row.group(1), message },
						locale));
			}
			else {
				lines
					.add(this.messages.getMessage("training.punches.rowColumn",
							new Object[] { row.group(1),
									this.labels.code("training.punches.column", row.group(2), locale), message },
							locale));
			}
		}
		return lines;
	}

	private static ResponseEntity<byte[]> csv(String name, String text) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	/** No centre kept attendance online before this. */
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The day asked for: today when none, not a date, after today or before 2000. */
	private LocalDate day(String text) {
		LocalDate today = this.attendance.today();
		if (text == null || text.isBlank()) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			return (day.isAfter(today) || day.isBefore(EARLIEST)) ? today : day;
		}
		catch (DateTimeParseException ex) {
			return today;
		}
	}

	/** The upload form: the device's file. */
	record UploadForm(Part file) {

		/**
		 * The file's bytes up to one more than the limit (enough to say it is too big).
		 */
		Mono<byte[]> bytes() {
			if (!(this.file instanceof FilePart part) || part.filename().isBlank()) {
				return Mono.just(new byte[0]);
			}
			return DataBufferUtils.join(part.content(), PunchLog.MAX_BYTES).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
				.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new byte[PunchLog.MAX_BYTES + 1]))
				.defaultIfEmpty(new byte[0]);
		}

	}

}
