package ladakh.crafts.marketplace.training.attendance.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.training.Attendance;
import ladakh.crafts.marketplace.training.DailyAttendance;
import ladakh.crafts.marketplace.training.HandMark;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * The instructor's attendance pages (decision 0061): the batches to mark today, and a
 * batch's sheet at phone size, one tap per person. The sheet's form works without
 * JavaScript (its marks take their ids from the form's one-time id, so sending the form
 * again counts once); with it, {@code /js/attendance.js} queues each tap on the phone and
 * sends it when the network is there ({@link AttendanceApi}).
 */
@Controller
class AttendancePages {

	private final DailyAttendance attendance;

	private final CraftNames craftNames;

	private final Clock clock;

	AttendancePages(DailyAttendance attendance, CraftNames craftNames, Clock clock) {
		this.attendance = attendance;
		this.craftNames = craftNames;
		this.clock = clock;
	}

	@GetMapping("/staff/attendance")
	Mono<Rendering> start(@AuthenticationPrincipal MarketplaceUser user) {
		return this.attendance.markable(user)
			.map((batches) -> Rendering.view("training/attendance/start")
				.modelAttribute("batches", batches)
				.modelAttribute("craftNames", this.craftNames.all())
				.modelAttribute("officer", user.seesWholeDepartment())
				.modelAttribute("today", this.attendance.today())
				.modelAttribute("appManifest", "/js/attendance.webmanifest")
				.build());
	}

	@GetMapping("/staff/attendance/centres/{centreId}/batches/{batchId}")
	Mono<Rendering> sheet(@PathVariable String centreId, @PathVariable String batchId,
			@RequestParam(required = false) String done, @AuthenticationPrincipal MarketplaceUser user) {
		return this.attendance.sheet(centreId, batchId, user)
			.map((sheet) -> Rendering.view("training/attendance/sheet")
				.modelAttribute("sheet", sheet)
				.modelAttribute("craftNames", this.craftNames.all())
				.modelAttribute("done", "marked".equals(done))
				.modelAttribute("sendId", java.util.UUID.randomUUID().toString())
				.modelAttribute("choices", Attendance.values())
				.modelAttribute("appManifest", "/js/attendance.webmanifest")
				.build());
	}

	/** The sheet sent as a form: {@code p.<personId>} = the choice, for today. */
	@PostMapping("/staff/attendance/centres/{centreId}/batches/{batchId}/marks")
	Mono<Rendering> mark(@PathVariable String centreId, @PathVariable String batchId,
			@AuthenticationPrincipal MarketplaceUser user, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			List<HandMark> marks = formMarks(form);
			return this.attendance.mark(centreId, batchId, marks, user)
				.thenReturn(Rendering
					.redirectTo("/staff/attendance/centres/" + centreId + "/batches/" + batchId + "?done=marked")
					.build());
		});
	}

	private List<HandMark> formMarks(MultiValueMap<String, String> form) {
		String sendId = form.getFirst("sendId");
		String prefix = (sendId != null && sendId.matches("[A-Za-z0-9-]{8,36}")) ? sendId : "x";
		Instant now = this.clock.instant();
		List<HandMark> marks = new ArrayList<>();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			if (!field.getKey().startsWith("p.") || field.getValue().isEmpty()) {
				continue;
			}
			Attendance choice = AttendanceApi.attendance(field.getValue().get(0));
			String person = field.getKey().substring(2);
			if (choice != null) {
				marks.add(new HandMark(prefix + ":" + person, person, this.attendance.today(), choice, now));
			}
		}
		return marks;
	}

}
