package ladakh.crafts.marketplace.notifications;

import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox, in-process, on every instance at once: a message is claimed by one
 * conditional update (due now → due after the lease, attempts + 1), so two instances
 * never send the same message in the same lease; a crash after sending and before marking
 * SENT may send it again after the lease (at least once). Mail goes through
 * {@link JavaMailSender} when {@code spring.mail.host} is configured (on
 * {@code boundedElastic}: it blocks), otherwise the message is written to the log.
 */
@Component
@EnableConfigurationProperties(NotificationsProperties.class)
public class OutboxDispatcher extends SweepingService {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxRepository messages;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationsProperties properties;

	private final PeriodicSweep sweep;

	OutboxDispatcher(OutboxRepository messages, Clock clock, ObjectProvider<JavaMailSender> mail,
			NotificationsProperties properties) {
		this.messages = messages;
		this.clock = clock;
		this.mail = mail;
		this.properties = properties;
		this.sweep = new PeriodicSweep("Outbox sweep", properties.interval(), this::dispatchDue);
	}

	/**
	 * Sends every message that is due now, one claim at a time.
	 * @return how many were sent
	 */
	public Mono<Long> dispatchDue() {
		return sendFrom(0L);
	}

	private Mono<Long> sendFrom(long sent) {
		return claim().flatMap((message) -> send(message).flatMap((ok) -> sendFrom(ok ? sent + 1 : sent)))
			.defaultIfEmpty(sent);
	}

	private Mono<QueuedMessage> claim() {
		Instant now = this.clock.instant();
		return this.messages.claimDue(now, now.plus(this.properties.lease()));
	}

	private Mono<Boolean> send(QueuedMessage message) {
		return deliver(message).then(this.messages.markSent(message.key(), this.clock.instant()))
			.thenReturn(true)
			.onErrorResume((ex) -> {
				log.warn("Notification {} not sent (attempt {}): {}", message.key(), message.attempts(), ex.toString());
				String error = ex.getClass().getSimpleName();
				Mono<Void> next = (message.attempts() >= this.properties.maxAttempts())
						? this.messages.markFailed(message.key(), error)
						: this.messages.retryAt(message.key(),
								this.clock.instant().plus(this.properties.interval().multipliedBy(message.attempts())),
								error);
				return next.thenReturn(false);
			});
	}

	private Mono<Void> deliver(QueuedMessage message) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.info("Email (no SMTP configured) to {}: {}\n{}", message.to(), message.subject(), message.body());
			return Mono.empty();
		}
		return Mono.fromRunnable(() -> {
			try {
				MimeMessage mime = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
				helper.setFrom(this.properties.from());
				helper.setTo(message.to());
				helper.setSubject(message.subject());
				helper.setText(message.body());
				sender.send(mime);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic()).then();
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.sweep;
	}

	@Override
	protected boolean sweeps() {
		return this.properties.dispatch();
	}

}
