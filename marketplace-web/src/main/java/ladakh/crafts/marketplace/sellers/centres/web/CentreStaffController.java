package ladakh.crafts.marketplace.sellers.centres.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.ManagerSignIns;
import ladakh.crafts.marketplace.sellers.SellerAccountIssuer.IssuedSignIn;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException;

import ladakh.crafts.marketplace.sellers.centres.CentreChangeRefusedException;
import ladakh.crafts.marketplace.sellers.centres.CentreChangeRefusedException.Reason;
import ladakh.crafts.marketplace.sellers.centres.TraineeOutcome;
import ladakh.crafts.marketplace.sellers.centres.TraineeStatus;
import ladakh.crafts.marketplace.sellers.centres.TrainingCentres;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Staff pages for training centres: the list, and a centre with its batches and trainees,
 * where officers add batches, enrol trainees and record outcomes, and instructors mark
 * trainees completed or dropped.
 */
@Controller
class CentreStaffController {

	private final TrainingCentres centres;

	private final ManagerSignIns signIns;

	private final MessageSource messages;

	CentreStaffController(TrainingCentres centres, ManagerSignIns signIns, MessageSource messages) {
		this.centres = centres;
		this.signIns = signIns;
		this.messages = messages;
	}

	@GetMapping("/staff/centres")
	Rendering list() {
		return Rendering.view("sellers/centres/list").modelAttribute("centres", this.centres.all()).build();
	}

	@GetMapping("/staff/centres/{id}")
	Mono<Rendering> detail(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return page(id, user, null, HttpStatus.OK);
	}

	@PostMapping("/staff/centres/{id}/batches")
	Mono<Rendering> addBatch(@PathVariable String id, ServerWebExchange exchange,
			@AuthenticationPrincipal MarketplaceUser user) {
		return exchange.getFormData().flatMap((form) -> {
			String craft = value(form, "craft");
			LocalDate startsOn = date(value(form, "startsOn"));
			LocalDate endsOn = date(value(form, "endsOn"));
			if (craft.isBlank() || startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
				return page(id, user, "centre.problem.batchInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.addBatch(id, craft.strip(), startsOn, endsOn, user).then(done(id, "batchAdded"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees")
	Mono<Rendering> enrol(@PathVariable String id, @PathVariable String batchId, ServerWebExchange exchange,
			@AuthenticationPrincipal MarketplaceUser user) {
		return exchange.getFormData().flatMap((form) -> {
			String name = value(form, "name").strip();
			if (name.isEmpty() || name.length() > 100) {
				return page(id, user, "centre.problem.nameInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.enrol(id, batchId, name, user).then(done(id, "enrolled"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/status")
	Mono<Rendering> changeStatus(@PathVariable String id, @PathVariable String batchId, @PathVariable String traineeId,
			ServerWebExchange exchange, @AuthenticationPrincipal MarketplaceUser user) {
		return exchange.getFormData().flatMap((form) -> {
			TraineeStatus status = parse(TraineeStatus.class, value(form, "status"));
			if (status == null || status == TraineeStatus.ENROLLED) {
				return page(id, user, "centre.problem.statusInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.changeStatus(id, batchId, traineeId, status, user).then(done(id, "statusChanged"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/outcome")
	Mono<Rendering> recordOutcome(@PathVariable String id, @PathVariable String batchId, @PathVariable String traineeId,
			ServerWebExchange exchange, @AuthenticationPrincipal MarketplaceUser user) {
		return exchange.getFormData().flatMap((form) -> {
			TraineeOutcome outcome = parse(TraineeOutcome.class, value(form, "outcome"));
			String artisanId = value(form, "artisanId");
			if (outcome == null || artisanId.length() > 40) {
				return page(id, user, "centre.problem.outcomeInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.recordOutcome(id, batchId, traineeId, outcome, artisanId, user)
				.then(done(id, "outcomeRecorded"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	/**
	 * Gives the centre's manager its seller sign-in; the answer shows the one-time
	 * password once, for the officer to hand over.
	 */
	@PostMapping("/staff/centres/{id}/sign-in")
	Mono<Rendering> issueSignIn(@PathVariable String id, ServerWebExchange exchange,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return exchange.getFormData().flatMap((form) -> {
			String login = value(form, "login").strip();
			return this.centres.find(id).flatMap((centre) -> {
				if (login.isEmpty() || login.length() > 254) {
					return loginRefused(id, user, login, SellerLoginRefusedException.Reason.UNUSABLE, locale);
				}
				return this.signIns.issue("TRAINING_CENTRE", id, centre.name(), login, user)
					.flatMap((signIn) -> page(id, user, null, HttpStatus.OK, new SignInAnswer(signIn, "", List.of())))
					.onErrorResume(SellerLoginRefusedException.class,
							(ex) -> loginRefused(id, user, login, ex.reason(), locale));
			});
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	private Mono<Rendering> loginRefused(String id, MarketplaceUser user, String login,
			SellerLoginRefusedException.Reason reason, Locale locale) {
		boolean taken = reason == SellerLoginRefusedException.Reason.TAKEN;
		String key = taken ? "staff.signIn.manager.taken" : "staff.signIn.manager.invalid";
		return page(id, user, null, taken ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
				new SignInAnswer(null, login, List.of(this.messages.getMessage(key, null, key, locale))));
	}

	private Mono<Rendering> refused(String id, MarketplaceUser user, CentreChangeRefusedException ex) {
		return switch (ex.reason()) {
			case NOT_FOUND -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
			case NOT_THIS_CENTRES_INSTRUCTOR -> Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
			case BATCH_FULL -> page(id, user, "centre.problem.batchFull", HttpStatus.CONFLICT);
			case WRONG_TRAINEE_STATE -> page(id, user, "centre.problem.wrongState", HttpStatus.CONFLICT);
		};
	}

	private static Mono<Rendering> done(String id, String what) {
		return Mono.just(Rendering.redirectTo("/staff/centres/" + id + "?done=" + what).build());
	}

	private Mono<Rendering> page(String id, MarketplaceUser user, String problem, HttpStatus status) {
		return page(id, user, problem, status, new SignInAnswer(null, "", List.of()));
	}

	private Mono<Rendering> page(String id, MarketplaceUser user, String problem, HttpStatus status,
			SignInAnswer signIn) {
		boolean manager = user.has(Role.OFFICER) || user.has(Role.ADMIN);
		return this.centres.find(id)
			.zipWith(this.centres.batches(id))
			.map((found) -> Rendering.view("sellers/centres/detail")
				.status(status)
				.modelAttribute("centre", found.getT1())
				.modelAttribute("batches", found.getT2())
				.modelAttribute("problem", (problem != null) ? problem : "")
				.modelAttribute("canManage", manager)
				.modelAttribute("canMoveTrainees", manager || found.getT1().instructedBy(user.id()))
				.modelAttribute("statuses", TraineeStatus.values())
				.modelAttribute("outcomes", TraineeOutcome.values())
				.modelAttribute("signIn", signIn.issued())
				.modelAttribute("managerLogin", signIn.login())
				.modelAttribute("loginErrors", signIn.errors())
				.build())
			.onErrorMap(
					(ex) -> ex instanceof CentreChangeRefusedException refused && refused.reason() == Reason.NOT_FOUND,
					(ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String value(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value != null) ? value : "";
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * What the manager sign-in form answers with.
	 *
	 * @param issued the sign-in given, or {@code null}
	 * @param login what the officer typed, shown again beside an error
	 * @param errors the messages beside the login field
	 */
	private record SignInAnswer(IssuedSignIn issued, String login, List<String> errors) {

	}

}
