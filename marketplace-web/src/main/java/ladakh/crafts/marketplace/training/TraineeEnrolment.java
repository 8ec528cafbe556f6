package ladakh.crafts.marketplace.training;

import java.util.Map;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TraineeAccountIssuer.TraineeSignIn;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Enrolling a trainee with, when the officer gives their mobile number, a TRAINEE sign-in
 * tied to the enrolment (decision 0062). The number is checked before the trainee is
 * enrolled; a number that already has an account leaves the trainee enrolled without a
 * sign-in, and the officer is told.
 */
@Service
public class TraineeEnrolment {

	private final TrainingCentres centres;

	private final TraineeAccountIssuer issuer;

	private final TraineeAccountRepository links;

	private final AuditTrail audit;

	TraineeEnrolment(TrainingCentres centres, TraineeAccountIssuer issuer, TraineeAccountRepository links,
			AuditTrail audit) {
		this.centres = centres;
		this.issuer = issuer;
		this.links = links;
		this.audit = audit;
	}

	/**
	 * @param traineeId the new trainee
	 * @param signIn their sign-in to hand over, or {@code null}
	 * @param problem a message key when the sign-in could not be made, or {@code null}
	 */
	public record Enrolled(String traineeId, TraineeSignIn signIn, String problem) {

	}

	/**
	 * Enrols the trainee, then gives them a sign-in when a mobile number is given.
	 * @throws Refusal INVALID (in the Mono) for a mobile number that is not one, before
	 * anything is stored; the centre's refusals as {@link TrainingCentres#enrol} says
	 */
	public Mono<Enrolled> enrol(String centreId, String batchId, String name, String mobile, MarketplaceUser by) {
		boolean withSignIn = mobile != null && !mobile.isBlank();
		if (withSignIn && MobileNumber.read(mobile).isEmpty()) {
			return Mono.error(Refusal.invalid("training.trainee.mobileInvalid"));
		}
		return this.centres.enrol(centreId, batchId, name, by).flatMap((traineeId) -> {
			if (!withSignIn) {
				return Mono.just(new Enrolled(traineeId, null, null));
			}
			return this.issuer.issue(traineeId, name, mobile)
				.flatMap((signIn) -> this.links
					.link(new TraineeAccountRepository.Link(signIn.userId(), traineeId, centreId, batchId))
					.then(this.audit.record(by, "TRAINEE_SIGN_IN_ISSUED", "TRAINING_CENTRE", centreId, null,
							Map.of("traineeId", traineeId, "login", signIn.login())))
					.thenReturn(new Enrolled(traineeId, signIn, null)))
				.onErrorResume(Refusal.class, (ex) -> Mono.just(new Enrolled(traineeId, null, ex.messageKey())));
		});
	}

}
