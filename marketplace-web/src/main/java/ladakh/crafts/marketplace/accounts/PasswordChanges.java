package ladakh.crafts.marketplace.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.session.MongoSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A signed-in person replaces their password, proving the current one. Wrong current
 * passwords count in the login throttle (decision 15), so this form is no way round it;
 * the new hash is written only if the stored one is still the one checked, and the
 * account's other sessions end.
 */
@Service
public class PasswordChanges {

	private final AccountRepository users;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final MongoSessionRepository sessions;

	PasswordChanges(AccountRepository users, PasswordEncoder encoder, LoginThrottle throttle,
			MongoSessionRepository sessions) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.sessions = sessions;
	}

	/**
	 * Changes the password.
	 * @param user who
	 * @param current the password they have now
	 * @param chosen the new one
	 * @param confirm the new one typed again
	 * @param address the client's address, for the throttle
	 * @return message codes by field ({@code current}, {@code password},
	 * {@code confirm}); empty when the password was changed
	 */
	public Mono<Map<String, String>> change(MarketplaceUser user, String current, String chosen, String confirm,
			String address) {
		Map<String, String> problems = new LinkedHashMap<>();
		PasswordPolicy.problem(chosen, user.login()).ifPresent((problem) -> problems.put("password", problem));
		if (problems.isEmpty() && chosen.equals(current)) {
			problems.put("password", "account.password.same");
		}
		if (chosen == null || !chosen.equals(confirm)) {
			problems.put("confirm", "signup.confirm.mismatch");
		}
		return this.throttle.waitFor(user.login(), address).flatMap((wait) -> {
			if (!wait.isZero()) {
				return Mono.just(Map.of("current", "account.password.throttled"));
			}
			return this.users.findById(user.id())
				.flatMap((stored) -> Mono.fromCallable(() -> this.encoder.matches(current, stored.passwordHash()))
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap((matches) -> {
						if (!matches) {
							Map<String, String> wrong = new LinkedHashMap<>(problems);
							wrong.put("current", "account.password.currentWrong");
							return this.throttle.failed(user.login(), address).thenReturn(wrong);
						}
						return problems.isEmpty() ? replace(stored, chosen) : Mono.just(problems);
					}))
				.switchIfEmpty(Mono.fromSupplier(() -> Map.of("current", "account.password.currentWrong")));
		});
	}

	private Mono<Map<String, String>> replace(MarketplaceUser stored, String chosen) {
		return Mono.fromCallable(() -> this.encoder.encode(chosen))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((hash) -> this.users.changePassword(stored.id(), stored.passwordHash(), hash))
			.flatMap((changed) -> changed ? this.throttle.succeeded(stored.login())
				// Whoever else was signed in with the old password is signed out; the
				// caller keeps its own session under a new id.
				.then(this.sessions.deleteSessionsOf(stored.login()))
				.thenReturn(Map.<String, String>of())
					: Mono.just(Map.of("current", "account.password.changedMeanwhile")));
	}

}
