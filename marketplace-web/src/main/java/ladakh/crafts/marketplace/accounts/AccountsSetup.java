package ladakh.crafts.marketplace.accounts;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.Role;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * At start: the indexes of {@code users} and {@code login_attempts}, then, in embedded
 * demo mode only ({@code marketplace.demo-data.enabled} and
 * {@code marketplace.embedded.mongo.active} both true, which the embedded defaults never
 * set when {@code MONGODB_URI} is given), one account per role with the documented demo
 * password. Each is created only when its login is absent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(LoginThrottleProperties.class)
class AccountsSetup implements ApplicationRunner {

	static final String DEMO_PASSWORD = "ladakh-demo-2026";

	static final String DEMO_TRAINEE_MOBILE = "9906000101";

	private static final Log logger = LogFactory.getLog(AccountsSetup.class);

	record DemoAccount(String login, String name, Set<Role> roles, String sellerId) {

		/**
		 * {@code usr-demo-officer} and so on: the demo applications and centres name
		 * these ids.
		 */
		String id() {
			int at = this.login.indexOf('@');
			// the trainee signs in by mobile number: named by role
			return "usr-demo-" + ((at > 0) ? this.login.substring(0, at) : "trainee");
		}

	}

	static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
			new DemoAccount("buyer@demo.ladakh", "Demo buyer", Set.of(Role.BUYER), null),
			new DemoAccount("artisan@demo.ladakh", "Demo artisan", Set.of(Role.SELLER), "art-0001"),
			new DemoAccount("shg@demo.ladakh", "Demo SHG manager", Set.of(Role.SELLER), "shg-0001"),
			new DemoAccount("centre@demo.ladakh", "Demo centre manager", Set.of(Role.SELLER), "tc-0001"),
			new DemoAccount("instructor@demo.ladakh", "Demo instructor", Set.of(Role.INSTRUCTOR), null),
			new DemoAccount("officer@demo.ladakh", "Demo officer", Set.of(Role.OFFICER), null),
			new DemoAccount("accounts@demo.ladakh", "Demo accounts clerk", Set.of(Role.ACCOUNTS), null),
			new DemoAccount("reviewer@demo.ladakh", "Demo reviewer", Set.of(Role.REVIEWER), null),
			new DemoAccount("admin@demo.ladakh", "Demo administrator", Set.of(Role.ADMIN), null),
			// a trainee of tc-0001's running batch (training.StipendDemoData), by mobile
			new DemoAccount(DEMO_TRAINEE_MOBILE, "Demo trainee", Set.of(Role.TRAINEE), null));

	private final AccountRepository users;

	private final LoginAttemptRepository loginAttempts;

	private final Accounts accounts;

	private final Environment environment;

	AccountsSetup(AccountRepository users, LoginAttemptRepository loginAttempts, Accounts accounts,
			Environment environment) {
		this.users = users;
		this.loginAttempts = loginAttempts;
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.users.createIndexes().then(this.loginAttempts.createIndexes()).block(Duration.ofMinutes(1));
		if (demoMode(this.environment)) {
			long created = createDemoAccounts().block(Duration.ofMinutes(2));
			logger.info("Demo accounts ready (" + created + " new); password: " + DEMO_PASSWORD);
		}
	}

	static boolean demoMode(Environment environment) {
		return environment.getProperty("marketplace.demo-data.enabled", Boolean.class, false)
				&& environment.getProperty("marketplace.embedded.mongo.active", Boolean.class, false);
	}

	Mono<Long> createDemoAccounts() {
		return Flux.fromIterable(DEMO_ACCOUNTS)
			.concatMap((demo) -> this.users.findByLogin(demo.login())
				.map((existing) -> 0L)
				.switchIfEmpty(Mono.defer(() -> this.accounts
					.create(new NewAccount(new LoginName(demo.login()), demo.name(), DEMO_PASSWORD, demo.roles(),
							demo.sellerId()), demo.id())
					.thenReturn(1L)
					.onErrorResume(LoginTakenException.class, (ex) -> Mono.just(0L)))))
			.reduce(0L, Long::sum);
	}

}
