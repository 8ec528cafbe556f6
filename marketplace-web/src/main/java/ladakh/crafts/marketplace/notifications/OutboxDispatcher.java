package ladakh.crafts.marketplace.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import ladakh.crafts.marketplace.shared.PeriodicSweep;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
public class OutboxDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationsProperties properties;

	private final PeriodicSweep sweep;

	OutboxDispatcher(ReactiveMongoTemplate mongo, Clock clock, ObjectProvider<JavaMailSender> mail,
			NotificationsProperties properties) {
		this.mongo = mongo;
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

	private Mono<Document> claim() {
		Instant now = this.clock.instant();
		Query due = Query.query(Criteria.where("status").is("PENDING").and("nextAttemptAt").lte(Date.from(now)));
		Update claim = new Update().set("nextAttemptAt", Date.from(now.plus(this.properties.lease())))
			.inc("attempts", 1);
		return this.mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Document.class,
				Outbox.COLLECTION);
	}

	private Mono<Boolean> send(Document message) {
		String id = message.getString("_id");
		return deliver(message)
			.then(this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is("PENDING")),
					new Update().set("status", "SENT").set("sentAt", Date.from(this.clock.instant())),
					Outbox.COLLECTION))
			.thenReturn(true)
			.onErrorResume((ex) -> {
				int attempts = message.getInteger("attempts", 1);
				boolean last = attempts >= this.properties.maxAttempts();
				log.warn("Notification {} not sent (attempt {}): {}", id, attempts, ex.toString());
				Update update = last ? new Update().set("status", "FAILED") : new Update().set("nextAttemptAt",
						Date.from(this.clock.instant().plus(this.properties.interval().multipliedBy(attempts))));
				return this.mongo
					.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is("PENDING")),
							update.set("lastError", ex.getClass().getSimpleName()), Outbox.COLLECTION)
					.thenReturn(false);
			});
	}

	private Mono<Void> deliver(Document message) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.info("Email (no SMTP configured) to {}: {}\n{}", message.getString("to"), message.getString("subject"),
					message.getString("body"));
			return Mono.empty();
		}
		return Mono.fromRunnable(() -> {
			try {
				MimeMessage mime = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
				helper.setFrom(this.properties.from());
				helper.setTo(message.getString("to"));
				helper.setSubject(message.getString("subject"));
				helper.setText(message.getString("body"));
				sender.send(mime);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic()).then();
	}

	@Override
	public void start() {
		if (this.properties.dispatch()) {
			this.sweep.start();
		}
	}

	@Override
	public void stop() {
		this.sweep.stop();
	}

	@Override
	public boolean isRunning() {
		return this.sweep.isRunning();
	}

}
