package ladakh.crafts.marketplace.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.orders.OrderNotices;
import ladakh.crafts.marketplace.orders.OrderPlaced;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order emails through a real SMTP server in-process (GreenMail): the buyer hears of each
 * step, the seller of a new paid order; a repeated event or step queues nothing new; and
 * a message is claimed by one dispatcher only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "marketplace.notifications.dispatch=false")
class OrderEmailsTests {

	static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	OrderNotices notices;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Test
	void theBuyerAndTheSellerGetAnEmailForEachStepAndARepeatedEventSendsNothingNew() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String seller = "art-mail-" + run;
		String buyerEmail = "buyer-" + run + "@example.in";
		String sellerEmail = "seller-" + run + "@example.in";
		new SellerFixtures(this.mongo).artisan(seller, "Rigzin Wood " + run,
				"LEH/HC/2023/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(1));
		this.mongo
			.insert(new Document("_id", "usr-mail-" + run).append("login", sellerEmail)
				.append("roles", List.of("SELLER"))
				.append("sellerId", seller)
				.append("enabled", true), "users")
			.block();
		Document order = new FulfilmentFixtures(this.mongo).order("usr-mail-buyer-" + run, buyerEmail, "PAID", "PAID",
				new FulfilmentFixtures.Item(seller, new ListingFixtures(this.mongo).listing(seller, "PUBLISHED"), 1,
						420_000));
		String orderId = order.getString("_id");
		String part = FulfilmentFixtures.partIds(order).get(0);

		this.events.publishEvent(new OrderPlaced(orderId));
		this.notices.paid(orderId).block();
		this.notices.paid(orderId).block();
		this.fulfilment.pack(seller, part).block();
		this.fulfilment.ship(seller, part, "India Post", "EE998877665IN").block();
		this.fulfilment.deliver(seller, part).block();
		awaitQueued(buyerEmail, 4);
		awaitQueued(sellerEmail, 1);
		this.dispatcher.dispatchDue().block();

		List<MimeMessage> toBuyer = received(buyerEmail);
		assertThat(toBuyer).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Order " + order.getString("number") + " placed: how to pay",
					"Order " + order.getString("number") + " is paid",
					"Order " + order.getString("number") + ": a parcel is on its way",
					"Order " + order.getString("number") + ": a parcel was delivered");
		assertThat(toBuyer.stream().map(GreenMailUtil::getBody)).anyMatch((body) -> body.contains("EE998877665IN"))
			.anyMatch((body) -> body.contains("bank transfer"));
		assertThat(received(sellerEmail)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).contains("New paid order"));
		assertThat(this.mongo
			.count(Query.query(Criteria.where("to").is(buyerEmail).and("status").is("SENT")),
					OutboxRepository.COLLECTION)
			.block()).isEqualTo(4);
	}

	@ParameterizedTest(name = "in {0}")
	@CsvSource(delimiter = '|', value = { "en|Order %s: a parcel was cancelled|Order %s: refund of ₹999",
			"hi|ऑर्डर %s: एक पार्सल रद्द हुआ|ऑर्डर %s: ₹999 की धनवापसी" })
	void aCancelledPartTellsTheBuyerOfTheCancelAndTheRefundInTheLanguageTheyOrderedIn(String language, String cancelled,
			String refunded) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String seller = "art-mail-c-" + run;
		String buyerEmail = "buyer-c-" + run + "@example.in";
		Document order = new FulfilmentFixtures(this.mongo).order("usr-mail-c-" + run, buyerEmail, "PAID", "PAID",
				new FulfilmentFixtures.Item(seller, new ListingFixtures(this.mongo).listing(seller, "PUBLISHED"), 1,
						99_900));
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(order.getString("_id"))),
					Update.update("contact.language", language), "orders")
			.block();
		this.fulfilment.cancelBySeller(seller, FulfilmentFixtures.partIds(order).get(0), "loom broke").block();
		awaitQueued(buyerEmail, 2);
		this.dispatcher.dispatchDue().block();
		assertThat(received(buyerEmail)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder(cancelled.formatted(order.getString("number")),
					refunded.formatted(order.getString("number")));
	}

	@Test
	void twoDispatchersRacingSendEachMessageOnce() throws Exception {
		String to = "race-" + UUID.randomUUID() + "@example.in";
		for (int n = 0; n < 6; n++) {
			this.outbox.enqueue("race:" + to + ":" + n, to, "Race " + n, "body", "en").block();
		}
		assertThat(this.outbox.enqueue("race:" + to + ":0", to, "Race again", "body", "en").block()).isFalse();
		Mono.zip(this.dispatcher.dispatchDue(), this.dispatcher.dispatchDue()).block();
		assertThat(received(to)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Race 0", "Race 1", "Race 2", "Race 3", "Race 4", "Race 5");
	}

	private void awaitQueued(String to, long count) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (this.mongo.count(Query.query(Criteria.where("to").is(to)), OutboxRepository.COLLECTION).block() < count
				&& Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
	}

	private static List<MimeMessage> received(String to) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(to));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
