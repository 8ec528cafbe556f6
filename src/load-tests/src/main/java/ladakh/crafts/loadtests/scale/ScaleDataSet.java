package ladakh.crafts.loadtests.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ladakh.crafts.loadtests.CatalogDataSet;
import org.bson.Document;

/**
 * The marketplace at a department's scale (issue 13): sellers and their listings (the
 * {@link CatalogDataSet} generator), buyer accounts, their orders with the orders' parts,
 * and audit events, as the documents the marketplace itself writes ({@code users} as
 * {@code AccountRepository} inserts them, {@code orders} and {@code order_parts} as
 * {@code OrderRepository} maps them, {@code audit_events} as {@code AuditRepository}
 * does). Every id starts with {@value #PREFIX}, so the set sits beside the demo data
 * (which keeps its own ids, accounts and pages) instead of replacing it.
 * <p>
 * Deterministic: the same seed and sizes give the same documents (only the listings'
 * {@code dirtySince} is the instant given). Orders and events are generated from their
 * number alone, so they can be generated in any order.
 */
public final class ScaleDataSet {

	/** Put before every generated id. */
	public static final String PREFIX = "x-";

	/** The password of every generated buyer account. */
	public static final String BUYER_PASSWORD = "ladakh-scale-2026";

	/**
	 * {@link #BUYER_PASSWORD} as the marketplace's delegating password encoder stores it
	 * (bcrypt, cost 10): the accounts are the app's own, and signing in checks it.
	 */
	static final String BUYER_PASSWORD_HASH = "{bcrypt}$2a$10$UWdF3klF2KUcM5NWx6DsD.myxwwX5FNHfuJs/h0UuDJ1wc.27mU3q";

	/** The data set's "today", as the catalog's. */
	public static final Instant AS_OF = CatalogDataSet.AS_OF;

	private static final Duration HISTORY = Duration.ofDays(700);

	private final long seed;

	private final ScaleSizes sizes;

	private final CatalogDataSet catalog;

	private final OrderGenerator orders;

	private ScaleDataSet(long seed, ScaleSizes sizes, Instant dirtySince) {
		this.seed = seed;
		this.sizes = sizes;
		this.catalog = CatalogDataSet.prefixed(seed, sizes.sellers(), sizes.listings(), dirtySince, PREFIX);
		this.orders = new OrderGenerator(this);
	}

	/**
	 * A data set.
	 * @param seed the seed
	 * @param sizes how big
	 * @param dirtySince when the listings are loaded (they wait for the search index)
	 * @return the data set
	 */
	public static ScaleDataSet of(long seed, ScaleSizes sizes, Instant dirtySince) {
		return new ScaleDataSet(seed, sizes, dirtySince);
	}

	/** With the benchmarks' seed. */
	public static ScaleDataSet of(ScaleSizes sizes, Instant dirtySince) {
		return of(CatalogDataSet.SEED, sizes, dirtySince);
	}

	public long seed() {
		return this.seed;
	}

	public ScaleSizes sizes() {
		return this.sizes;
	}

	/** The sellers and listings. */
	public CatalogDataSet catalog() {
		return this.catalog;
	}

	/** A buyer's id, {@code x-usr-buyer-00001}. */
	public static String buyerId(int number) {
		return PREFIX + "usr-buyer-%05d".formatted(number);
	}

	/** A buyer's login, {@code buyer00001@scale.ladakh}. */
	public static String buyerLogin(int number) {
		return "buyer%05d@scale.ladakh".formatted(number);
	}

	/**
	 * One buyer's {@code users} document.
	 * @param number from 1 to the buyers' size
	 * @return the document
	 */
	public Document buyer(int number) {
		check(number, this.sizes.buyers(), "buyer");
		SplittableRandom random = random(0xB0, number);
		return new Document("_id", buyerId(number)).append("login", buyerLogin(number))
			.append("displayName", "Scale buyer " + number)
			.append("passwordHash", BUYER_PASSWORD_HASH)
			.append("roles", List.of("BUYER"))
			.append("sellerId", null)
			.append("enabled", true)
			.append("mustChangePassword", false)
			.append("createdAt", Date.from(before(AS_OF, random, HISTORY.plusDays(60))))
			.append("lastLoginAt", null);
	}

	public Stream<Document> buyers() {
		return IntStream.rangeClosed(1, this.sizes.buyers()).mapToObj(this::buyer);
	}

	/**
	 * One order and its parts.
	 * @param number from 1 to the orders' size
	 * @return the {@code orders} document and its {@code order_parts} documents
	 */
	public OrderDocuments order(int number) {
		check(number, this.sizes.orders(), "order");
		return this.orders.order(number);
	}

	public Stream<OrderDocuments> orders() {
		return IntStream.rangeClosed(1, this.sizes.orders()).mapToObj(this::order);
	}

	/**
	 * The order's id, as the checkout makes them ({@code ord-<uuid>}), from its number.
	 */
	public String orderId(int number) {
		SplittableRandom random = random(0x0D, number);
		return "ord-" + PREFIX + new UUID(random.nextLong(), random.nextLong());
	}

	/** When the order was placed, from its number alone. */
	public Instant orderCreatedAt(int number) {
		return before(AS_OF, random(0xC0, number), HISTORY);
	}

	/**
	 * The order's number, {@code LC-2025-000042} as the checkout numbers them: the year
	 * it was placed (India's time) and its own number, so never the same twice.
	 */
	public String orderNumber(int number) {
		int year = orderCreatedAt(number).atZone(java.time.ZoneId.of("Asia/Kolkata")).getYear();
		return String.format("LC-%d-%06d", year, number);
	}

	/**
	 * One {@code audit_events} document: an officer approving a listing, the accounts
	 * clerk recording an order's payment, or a buyer signing up.
	 * @param number from 1 to the events' size
	 * @return the document
	 */
	public Document auditEvent(int number) {
		check(number, this.sizes.auditEvents(), "audit event");
		SplittableRandom random = random(0xAE, number);
		String id = "aud-" + PREFIX + new UUID(random.nextLong(), random.nextLong());
		Instant at = before(AS_OF, random, HISTORY);
		int roll = random.nextInt(10);
		Document event = new Document("_id", id).append("at", Date.from(at));
		if (roll < 5) {
			Document listing = this.catalog.listing(1 + random.nextInt(this.sizes.listings()));
			return event.append("actorId", "usr-demo-officer")
				.append("actorRoles", List.of("OFFICER"))
				.append("action", "LISTING_APPROVED")
				.append("subjectType", "LISTING")
				.append("subjectId", listing.getString("_id"))
				.append("reason", null)
				.append("details",
						new Document("sellerId", listing.getString("sellerId")).append("status", "PUBLISHED"));
		}
		if (roll < 8 && this.sizes.orders() > 0) {
			int order = 1 + random.nextInt(this.sizes.orders());
			String reference = "UTR" + (100_000_000L + random.nextInt(900_000_000));
			return event.append("actorId", "usr-demo-accounts")
				.append("actorRoles", List.of("ACCOUNTS"))
				.append("action", "ORDER_PAYMENT_RECORDED")
				.append("subjectType", "ORDER")
				.append("subjectId", orderId(order))
				.append("reason", reference)
				.append("details",
						new Document("amountMinor", 100L * (500 + random.nextInt(20_000)))
							.append("source", "BANK_TRANSFER")
							.append("outcome", "PAID")
							.append("number", orderNumber(order)));
		}
		String buyer = buyerId(1 + random.nextInt(this.sizes.buyers()));
		return event.append("actorId", buyer)
			.append("actorRoles", List.of("BUYER"))
			.append("action", "USER_SIGNED_UP")
			.append("subjectType", "USER")
			.append("subjectId", buyer)
			.append("reason", null)
			.append("details", new Document());
	}

	public Stream<Document> auditEvents() {
		return IntStream.rangeClosed(1, this.sizes.auditEvents()).mapToObj(this::auditEvent);
	}

	/** A random stream of its own for each kind and number. */
	SplittableRandom random(int kind, int number) {
		return new SplittableRandom((this.seed * 0x9E3779B97F4A7C15L) ^ ((long) kind << 40) ^ number);
	}

	static Instant before(Instant instant, SplittableRandom random, Duration within) {
		return instant.minusSeconds(1 + random.nextLong(within.toSeconds()));
	}

	private static void check(int number, int size, String what) {
		if (number < 1 || number > size) {
			throw new IllegalArgumentException("No " + what + " number " + number + " (1 to " + size + ")");
		}
	}

	/**
	 * An order as stored: its {@code orders} document and its parts.
	 *
	 * @param order the {@code orders} document
	 * @param parts its {@code order_parts} documents
	 */
	public record OrderDocuments(Document order, List<Document> parts) {

	}

}
