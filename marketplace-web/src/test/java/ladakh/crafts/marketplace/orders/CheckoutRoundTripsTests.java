package ladakh.crafts.marketplace.orders;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.RequestContext;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.ReactorRequestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many MongoDB commands one checkout sends (issue 12): the driver's
 * {@link CommandListener} sees every command; those sent on behalf of the checkout under
 * test carry a marker in their Reactor context (propagated to the driver by a
 * {@link ReactiveContextProvider}), so the application's background work (sweeps, the
 * catalog sync) is not counted.
 */
@MockServerTest
@Import(CheckoutRoundTripsTests.CountingCommands.class)
class CheckoutRoundTripsTests {

	private static final String MARKER = "checkout-round-trips";

	@Autowired
	Checkout checkout;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Commands commands;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mongo);
		// Steady state: order numbers come from the counter in blocks, so the instance's
		// first checkout also takes a block (one round trip more, once per block).
		String listing = this.fixtures.listing("art-rt-" + UUID.randomUUID(), 1);
		this.checkout.place(OrderFixtures.request(OrderFixtures.buyer(), "warm-" + UUID.randomUUID(), PaymentMethod.UPI,
				OrderFixtures.line(listing, 1)))
			.block();
	}

	/**
	 * Eight, and one more since checkout reads the sellers' shipping rules (one read for
	 * every seller of the cart, decision 53).
	 */
	@Test
	void aOneLineCartTakesAtMostNineRoundTrips() {
		String listing = this.fixtures.listing("art-rt-" + UUID.randomUUID(), 3);

		List<String> sent = countedCheckout(OrderFixtures.line(listing, 1));

		assertThat(sent).as("commands of a one-line checkout: %s", sent).hasSizeLessThanOrEqualTo(9);
	}

	@Test
	void aCartWithTwoSellersTakesAtMostTwelveRoundTrips() {
		String first = this.fixtures.listing("art-rt-" + UUID.randomUUID(), 3);
		String second = this.fixtures.listing("art-rt-" + UUID.randomUUID(), 3);

		List<String> sent = countedCheckout(OrderFixtures.line(first, 1), OrderFixtures.line(second, 2));

		assertThat(sent).as("commands of a two-seller checkout: %s", sent).hasSizeLessThanOrEqualTo(12);
	}

	private List<String> countedCheckout(CheckoutRequest.CartLine... lines) {
		String database = this.mongo.getMongoDatabase().block().getName();
		String run = UUID.randomUUID().toString();
		Orders.PlacedOrder placed = this.checkout
			.place(OrderFixtures.request(OrderFixtures.buyer(), "rt-" + run, PaymentMethod.UPI, lines))
			.contextWrite((context) -> context.put(MARKER, run))
			.block();
		assertThat(placed.order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		List<String> sent = this.commands.of(run, database);
		System.out.println("Checkout round trips (" + lines.length + " lines): " + sent.size() + " " + sent);
		return sent;
	}

	/** The commands seen, with the run marker of the checkout that sent each. */
	static final class Commands implements CommandListener {

		private final ConcurrentLinkedQueue<String[]> seen = new ConcurrentLinkedQueue<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			RequestContext context = event.getRequestContext();
			Object run = (context != null && context.hasKey(MARKER)) ? context.get(MARKER) : null;
			if (run != null) {
				String target = event.getCommand().get(event.getCommandName()) instanceof org.bson.BsonString name
						? name.getValue() : "";
				this.seen.add(new String[] { run.toString(), event.getDatabaseName(),
						event.getCommandName() + " " + target });
			}
		}

		List<String> of(String run, String database) {
			return this.seen.stream()
				.filter((command) -> command[0].equals(run) && command[1].equals(database))
				.map((command) -> command[2])
				.toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingCommands {

		@Bean
		Commands commands() {
			return new Commands();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countingCommands(Commands commands) {
			return (settings) -> settings.addCommandListener(commands).contextProvider(new ReactorRequestContexts());
		}

	}

}
