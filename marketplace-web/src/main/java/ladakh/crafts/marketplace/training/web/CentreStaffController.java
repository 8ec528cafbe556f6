package ladakh.crafts.marketplace.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.ManagerSignIns;
import ladakh.crafts.marketplace.sellers.SellerAccountIssuer.IssuedSignIn;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException;

import ladakh.crafts.marketplace.training.CentreChangeRefusedException;
import ladakh.crafts.marketplace.training.CentreChangeRefusedException.Reason;
import ladakh.crafts.marketplace.training.TraineeAccountIssuer.TraineeSignIn;
import ladakh.crafts.marketplace.training.TraineeEnrolment;
import ladakh.crafts.marketplace.training.TraineeOutcome;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages for training centres: the list, and a centre with its batches and trainees,
 * where officers add batches, enrol trainees and record outcomes, and instructors mark
 * trainees completed or dropped.
 */
@Controller
class CentreStaffController {

	private final TrainingCentres centres;

	private final ManagerSignIns signIns;

	private final CraftNames craftNames;

	private final MessageSource messages;

	private final TraineeEnrolment enrolment;

	CentreStaffController(TrainingCentres centres, ManagerSignIns signIns, MessageSource messages,
			CraftNames craftNames, TraineeEnrolment enrolment) {
		this.enrolment = enrolment;
		this.craftNames = craftNames;
		this.centres = centres;
		this.signIns = signIns;
		this.messages = messages;
	}

	@GetMapping("/staff/centres")
	Mono<Rendering> list(@RequestParam(required = false) String after) {
		return this.centres.page(After.parse(after))
			.map((page) -> Rendering.view("training/centres/list")
				.modelAttribute("centres", page.items())
				.modelAttribute("next", page.nextAfter())
				.build());
	}

	@GetMapping("/staff/centres/{id}")
	Mono<Rendering> detail(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return page(id, user, null, HttpStatus.OK);
	}

	@PostMapping("/staff/centres/{id}/batches")
	Mono<Rendering> addBatch(@PathVariable String id, @Valid @ModelAttribute BatchForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser user) {
		return Mono.defer(() -> {
			LocalDate startsOn = date(value(form.startsOn()));
			LocalDate endsOn = date(value(form.endsOn()));
			if (result.hasErrors() || startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
				return page(id, user, "centre.problem.batchInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.addBatch(id, form.craft().strip(), startsOn, endsOn, user).then(done(id, "batchAdded"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees")
	Mono<Rendering> enrol(@PathVariable String id, @PathVariable String batchId,
			@Valid @ModelAttribute TraineeForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser user) {
		return Mono.defer(() -> {
			if (result.hasErrors()) {
				return page(id, user, "centre.problem.nameInvalid", HttpStatus.BAD_REQUEST);
			}
			// With a mobile number the trainee gets a sign-in (decision 0062): its
			// one-time
			// password is shown on this answer only.
			return this.enrolment.enrol(id, batchId, form.name().strip(), form.mobile(), user)
				.flatMap((enrolled) -> (enrolled.signIn() == null && enrolled.problem() == null) ? done(id, "enrolled")
						: page(id, user, enrolled.problem(), HttpStatus.OK, new SignInAnswer(null, "", List.of()),
								enrolled.signIn()));
		})
			.onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex))
			.onErrorResume(Refusal.class, (ex) -> page(id, user, ex.messageKey(), HttpStatus.BAD_REQUEST));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/status")
	Mono<Rendering> changeStatus(@PathVariable String id, @PathVariable String batchId, @PathVariable String traineeId,
			@ModelAttribute TraineeStatusForm form, @AuthenticationPrincipal MarketplaceUser user) {
		return Mono.defer(() -> {
			TraineeStatus status = parse(TraineeStatus.class, value(form.status()));
			if (status == null || status == TraineeStatus.ENROLLED) {
				return page(id, user, "centre.problem.statusInvalid", HttpStatus.BAD_REQUEST);
			}
			return this.centres.changeStatus(id, batchId, traineeId, status, user).then(done(id, "statusChanged"));
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	@PostMapping("/staff/centres/{id}/batches/{batchId}/trainees/{traineeId}/outcome")
	Mono<Rendering> recordOutcome(@PathVariable String id, @PathVariable String batchId, @PathVariable String traineeId,
			@Valid @ModelAttribute OutcomeForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser user) {
		return Mono.defer(() -> {
			TraineeOutcome outcome = parse(TraineeOutcome.class, value(form.outcome()));
			String artisanId = value(form.artisanId());
			if (outcome == null || result.hasErrors()) {
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
	Mono<Rendering> issueSignIn(@PathVariable String id, @ModelAttribute ManagerSignInForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			String login = value(form.login()).strip();
			return this.centres.find(id).flatMap((centre) -> {
				if (login.isEmpty() || login.length() > 254) {
					return loginRefused(id, user, login,
							new SellerLoginRefusedException(SellerLoginRefusedException.Reason.UNUSABLE, login),
							locale);
				}
				return this.signIns.issue("TRAINING_CENTRE", id, centre.name(), login, user)
					.flatMap((signIn) -> page(id, user, null, HttpStatus.OK, new SignInAnswer(signIn, "", List.of())))
					.onErrorResume(SellerLoginRefusedException.class,
							(ex) -> loginRefused(id, user, login, ex, locale));
			});
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> refused(id, user, ex));
	}

	private Mono<Rendering> loginRefused(String id, MarketplaceUser user, String login,
			SellerLoginRefusedException refused, Locale locale) {
		String key = refused.messageKey();
		HttpStatus status = RefusalStatus.of(refused.kind());
		return page(id, user, null, status,
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
		return page(id, user, problem, status, signIn, null);
	}

	private Mono<Rendering> page(String id, MarketplaceUser user, String problem, HttpStatus status,
			SignInAnswer signIn, TraineeSignIn traineeSignIn) {
		boolean manager = user.managesDepartment();
		return this.centres.find(id)
			.zipWith(this.centres.batches(id))
			.map((found) -> Rendering.view("training/centres/detail")
				.status(status)
				.modelAttribute("centre", found.getT1())
				.modelAttribute("batches", found.getT2())
				// crafts by name, not by slug (issue 14)
				.modelAttribute("craftNames", this.craftNames.all())
				.modelAttribute("problem", (problem != null) ? problem : "")
				.modelAttribute("canManage", manager)
				.modelAttribute("canMoveTrainees", manager || found.getT1().instructedBy(user.id()))
				.modelAttribute("statuses", TraineeStatus.values())
				.modelAttribute("outcomes", TraineeOutcome.values())
				.modelAttribute("signIn", signIn.issued())
				.modelAttribute("managerLogin", signIn.login())
				.modelAttribute("loginErrors", signIn.errors())
				.modelAttribute("traineeSignIn", (traineeSignIn != null) ? traineeSignIn : false)
				.build())
			.onErrorMap(
					(ex) -> ex instanceof CentreChangeRefusedException refused && refused.reason() == Reason.NOT_FOUND,
					(ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A new batch: its craft and its dates as typed (ISO dates, the end not before the
	 * start).
	 */
	record BatchForm(@NotBlank(message = "centre.problem.batchInvalid") String craft, String startsOn, String endsOn) {
	}

	/** A trainee to enrol, by name, with their mobile number for a sign-in (optional). */
	record TraineeForm(@NotBlank(message = "centre.problem.nameInvalid") @Size(max = 100,
			message = "centre.problem.nameInvalid") String name, @Size(max = 20) String mobile) {
	}

	/** A trainee's new status, by its name. */
	record TraineeStatusForm(String status) {
	}

	/** A trainee's outcome, and the artisan they became, if any. */
	record OutcomeForm(String outcome, @Size(max = 40, message = "centre.problem.outcomeInvalid") String artisanId) {
	}

	/** The centre manager's sign-in name, as typed by the officer. */
	record ManagerSignInForm(String login) {
	}

	private static String value(String typed) {
		return (typed != null) ? typed : "";
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
