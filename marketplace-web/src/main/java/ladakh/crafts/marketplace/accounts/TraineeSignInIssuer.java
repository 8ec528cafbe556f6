package ladakh.crafts.marketplace.accounts;

import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.training.TraineeAccountIssuer;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The accounts side of {@link TraineeAccountIssuer}: a TRAINEE account signed in by the
 * mobile number, with a generated one-time password (the trainee chooses their own at
 * first sign-in, {@link OneTimePasswordGate}), so no SMS is needed.
 */
@Component
class TraineeSignInIssuer implements TraineeAccountIssuer {

	private final Accounts accounts;

	TraineeSignInIssuer(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Mono<TraineeSignIn> issue(String traineeId, String name, String mobile) {
		LoginName login = LoginName.parse(mobile).filter(LoginName::isMobile).orElse(null);
		if (login == null) {
			return Mono.error(Refusal.invalid("training.trainee.mobileInvalid"));
		}
		String password = Accounts.generatePassword();
		return this.accounts.create(new NewAccount(login, name, password, Set.of(Role.TRAINEE), null, true))
			.map((user) -> new TraineeSignIn(user.id(), user.login(), password))
			.onErrorMap(LoginTakenException.class, (ex) -> Refusal.conflict("training.trainee.mobileTaken"));
	}

}
