package ladakh.crafts.marketplace.training;

import reactor.core.publisher.Mono;

/**
 * Gives a newly enrolled trainee their sign-in: a TRAINEE account under their mobile
 * number with a one-time password the officer hands over on paper, changed at first
 * sign-in (decision 0062). Implemented by the accounts area, so this area never depends
 * on it.
 */
public interface TraineeAccountIssuer {

	/**
	 * Creates the TRAINEE account.
	 * @param traineeId whose
	 * @param name how to greet them
	 * @param mobile their mobile number, any common spelling
	 * @return the sign-in; fails with a {@link ladakh.crafts.marketplace.shared.Refusal}
	 * INVALID ({@code training.trainee.mobileInvalid}) or CONFLICT
	 * ({@code training.trainee.mobileTaken}); nothing is created then
	 */
	Mono<TraineeSignIn> issue(String traineeId, String name, String mobile);

	/**
	 * @param userId the account
	 * @param login the mobile number they sign in with
	 * @param initialPassword the one-time password to hand over
	 */
	record TraineeSignIn(String userId, String login, String initialPassword) {

	}

}
