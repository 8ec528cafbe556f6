package ladakh.crafts.loadtests.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checkout throughput with the stock guard against the same flow without it (issue 5):
 * the orders area's real checkout ({@code orders.Checkout.place}: order written PLACING,
 * one reservation per line, parts written and the order to AWAITING_PAYMENT with the
 * offline payment started) with {@code StockReservations.reserve} (the conditional atomic
 * decrement) against the same checkout built with {@link UnguardedReservations} (the
 * application holds no way to take stock without the guard), many buyers at once over a
 * fresh set of listings per run (single pieces and stocked ones), runs alternating
 * guarded, unguarded, unguarded, guarded. Counts each run's oversold pieces from the
 * placed orders' reservations against the listings' initial stock. Writes its figures
 * into docs/BENCHMARKS.md (its own section).
 * <p>
 * Not part of the normal build; run it alone with {@value #COMMAND} (or with the other
 * benchmarks, {@code -Pbenchmarks}). It asserts only that the guarded runs oversold
 * nothing and that no checkout failed unexpectedly, never a timing.
 */
@Tag("benchmark")
class CheckoutBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks -Dtest=CheckoutBenchmark";

	private static final String DATABASE = "checkout-benchmark";

	private static final int CONCURRENCY = Integer.getInteger("benchmarks.checkout.concurrency", 48);

	private static final int SINGLE_PIECES = 120;

	private static final int STOCKED = 40;

	private static final int SELLERS = 24;

	/** Extra attempts at each single piece beyond its one: buyers competing for it. */
	private static final int SINGLE_PIECE_CONTENTION = 2;

	private static final String CHECKOUT = "ladakh.crafts.marketplace.orders.Checkout";

	@Test
	void checkoutWithTheStockGuardAgainstTheSameFlowWithoutIt() throws Exception {
		EmbeddedEngines engines = EmbeddedEngines.forTests();
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<Run> runs = new ArrayList<>();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.mongodb.database", DATABASE);
		settings.put("marketplace.catalog.index.alias", "checkout-benchmark-listings");
		settings.put("logging.level.root", "WARN");
		try (MongoClient client = MongoClients.create(engines.mongoUri());
				InProcessMarketplace marketplace = InProcessMarketplace.start(settings)) {
			MongoDatabase database = client.getDatabase(DATABASE);
			CatalogSyncTrigger sync = marketplace.context().getBean(CatalogSyncTrigger.class);
			Checkouts checkouts = new Checkouts(marketplace,
					new UnguardedReservations(database.getCollection("listings"), sync::listingsChanged));
			// Warm-up on its own listings, not reported.
			run(database, checkouts, "warm", true, 0);
			runs.add(run(database, checkouts, "r1", true, 1));
			runs.add(run(database, checkouts, "r2", false, 2));
			runs.add(run(database, checkouts, "r3", false, 3));
			runs.add(run(database, checkouts, "r4", true, 4));
		}
		String markdown = markdown(runs, loadAtStart);
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null) {
			new MarkdownSection("checkout-benchmarks").write(Path.of(target), markdown);
		}
		for (Run run : runs) {
			check(run.errors() == 0, "run " + run.order() + ": " + run.errors() + " checkouts failed: " + run.error());
			check(!run.guarded() || run.oversoldPieces() == 0,
					"run " + run.order() + " (guarded) oversold " + run.oversoldPieces() + " pieces");
		}
	}

	private static Run run(MongoDatabase database, Checkouts checkouts, String prefix, boolean guarded, int order)
			throws Exception {
		Random random = new Random(42);
		MongoCollection<Document> listings = database.getCollection("listings");
		Map<String, Integer> initial = new LinkedHashMap<>();
		Map<String, String> sellerOf = new HashMap<>();
		List<Document> documents = new ArrayList<>();
		List<String> deck = new ArrayList<>();
		Date now = new Date();
		for (int n = 0; n < SINGLE_PIECES + STOCKED; n++) {
			String id = "cb-" + prefix + "-" + n;
			int stock = (n < SINGLE_PIECES) ? 1 : 10 + random.nextInt(41);
			String sellerId = "cb-seller-" + (n % SELLERS);
			initial.put(id, stock);
			sellerOf.put(id, sellerId);
			documents.add(listing(id, sellerId, stock, n, now));
			int attempts = (stock == 1) ? 1 + SINGLE_PIECE_CONTENTION : stock;
			for (int a = 0; a < attempts; a++) {
				deck.add(id);
			}
		}
		Mono.from(listings.insertMany(documents)).block();
		// Checkout sells only for sellers selling now: the benchmark's sellers are
		// ACTIVE.
		for (String sellerId : new java.util.TreeSet<>(sellerOf.values())) {
			Mono.from(database.getCollection("sellers")
				.updateOne(com.mongodb.client.model.Filters.eq("_id", sellerId),
						com.mongodb.client.model.Updates.combine(
								com.mongodb.client.model.Updates.setOnInsert("status", "ACTIVE"),
								com.mongodb.client.model.Updates.setOnInsert("type", "ARTISAN"),
								com.mongodb.client.model.Updates.setOnInsert("name", "Benchmark seller " + sellerId)),
						new com.mongodb.client.model.UpdateOptions().upsert(true)))
				.block();
		}
		Collections.shuffle(deck, random);
		// Carts: one line, or every fourth a second line of another seller's listing.
		List<List<String>> carts = new ArrayList<>();
		for (int i = 0; i < deck.size(); i++) {
			String first = deck.get(i);
			if (carts.size() % 4 == 3 && i + 1 < deck.size()
					&& !sellerOf.get(deck.get(i + 1)).equals(sellerOf.get(first))) {
				carts.add(List.of(first, deck.get(++i)));
			}
			else {
				carts.add(List.of(first));
			}
		}
		if (order == 0) {
			carts = carts.subList(0, Math.min(400, carts.size()));
		}
		AtomicInteger placed = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		List<String> firstError = Collections.synchronizedList(new ArrayList<>());
		Object checkout = guarded ? checkouts.guarded : checkouts.unguarded;
		AtomicInteger buyer = new AtomicInteger();
		long start = System.nanoTime();
		Flux.fromIterable(carts).flatMap((cart) -> {
			int number = buyer.incrementAndGet();
			return checkouts.place(checkout, "cb-" + prefix + "-buyer-" + number, "k" + number, cart)
				.doOnSuccess((answer) -> placed.incrementAndGet())
				.onErrorResume((ex) -> {
					if (ex.getClass().getSimpleName().equals("OutOfStock")) {
						refused.incrementAndGet();
					}
					else {
						errors.incrementAndGet();
						if (firstError.isEmpty()) {
							firstError.add(ex.toString());
						}
					}
					return Mono.empty();
				});
		}, CONCURRENCY).then().block();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		// Oversold: the placed orders' reserved quantity per listing against its initial
		// stock.
		Map<String, Integer> reserved = new HashMap<>();
		Flux.from(database.getCollection("orders")
			.find(Filters.and(Filters.regex("buyerId", "^cb-" + prefix + "-buyer-"),
					Filters.nin("status", "NOT_PLACED", "CANCELLED", "EXPIRED", "PLACING"))))
			.toIterable()
			.forEach((orderDocument) -> {
				for (Document reservation : orderDocument.getList("reservations", Document.class, List.of())) {
					reserved.merge(reservation.getString("listingId"), reservation.getInteger("quantity"),
							Integer::sum);
				}
			});
		int oversoldPieces = 0;
		int oversoldListings = 0;
		for (Map.Entry<String, Integer> entry : initial.entrySet()) {
			int over = reserved.getOrDefault(entry.getKey(), 0) - entry.getValue();
			if (over > 0) {
				oversoldPieces += over;
				oversoldListings++;
			}
		}
		int lowestStock = Flux.from(listings.find(Filters.regex("_id", "^cb-" + prefix + "-")))
			.map((listing) -> listing.get("stock", Number.class).intValue())
			.reduce(Math::min)
			.blockOptional()
			.orElse(0);
		int totalStock = initial.values().stream().mapToInt(Integer::intValue).sum();
		Run run = new Run(order, guarded, carts.size(), placed.get(), refused.get(), errors.get(), took, oversoldPieces,
				oversoldListings, lowestStock, totalStock, firstError.isEmpty() ? "" : firstError.get(0));
		System.out.printf(Locale.ROOT, "Checkout run %s %s: %s%n", prefix, guarded ? "guarded" : "unguarded", run);
		return run;
	}

	private static Document listing(String id, String sellerId, int stock, int n, Date now) {
		return new Document("_id", id).append("sellerId", sellerId)
			.append("status", "PUBLISHED")
			.append("title", new Document("en", "Benchmark piece " + n))
			.append("description", new Document("en", "A piece for the checkout benchmark."))
			.append("craft", "thangka-painting")
			.append("materials", List.of("cotton"))
			.append("priceMinor", 150_000L + n * 100L)
			.append("currency", "INR")
			.append("stock", stock)
			.append("madeToOrder", false)
			.append("photos", List.of())
			.append("version", 1L)
			.append("rev", 1L)
			.append("dirty", false)
			.append("createdAt", now)
			.append("updatedAt", now)
			.append("publishedAt", now);
	}

	private static String markdown(List<Run> runs, double loadAtStart) {
		double guarded = runs.stream().filter(Run::guarded).mapToDouble(Run::perSecond).average().orElse(0);
		double unguarded = runs.stream()
			.filter((run) -> !run.guarded())
			.mapToDouble(Run::perSecond)
			.average()
			.orElse(0);
		Run first = runs.get(0);
		StringBuilder out = new StringBuilder();
		out.append("## Checkout benchmark (issue 5)\n\n");
		out.append("Written by `CheckoutBenchmark` (src/load-tests) at the end of each run; run it with\n`")
			.append(COMMAND)
			.append("`.\n\n");
		out.append(BenchmarkReport.environmentRows());
		out.append(
				"| engines | in-process MongoDB-protocol server (memory backend), the marketplace in the same JVM |\n");
		out.append(("| data per run | %d fresh listings from %d sellers: %d single pieces, %d with stock 10–50 "
				+ "(%s pieces in all) |\n")
			.formatted(SINGLE_PIECES + STOCKED, SELLERS, SINGLE_PIECES, STOCKED,
					BenchmarkReport.fmt(first.totalStock())));
		out.append("\n");
		out.append(("The orders area's checkout (`orders.Checkout.place`, the order kept in memory between its "
				+ "steps: order inserted PLACING with the lines' reservation keys, one reservation per line, parts "
				+ "inserted and the order moved to AWAITING_PAYMENT with the offline payment started) with the stock "
				+ "guard (`StockReservations.reserve`, the conditional atomic decrement) against the very same "
				+ "checkout built with the benchmark's own `UnguardedReservations` "
				+ "(the same decrement, SOLD_OUT flip and sync trigger without the `stock >= quantity` condition), "
				+ "called in-process with %d checkouts in "
				+ "flight. Each listing is offered as many times as it has pieces, a single piece %d times (buyers "
				+ "competing for it); every fourth cart has a second line of another seller. Runs alternate guarded, "
				+ "unguarded, unguarded, guarded after a warm-up, each on fresh listings. Checkouts/s counts every "
				+ "answered checkout (placed, or refused as out of stock). Oversold pieces: per listing, the placed "
				+ "orders' reserved quantity beyond its initial stock.\n\n")
			.formatted(CONCURRENCY, 1 + SINGLE_PIECE_CONTENTION));
		out.append("| run | side | checkouts | placed | out of stock | errors | time | checkouts/s | oversold pieces "
				+ "(listings) | lowest stock after |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|\n");
		for (Run run : runs) {
			out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %d | %s | %.1f | %d (%d) | %d |%n",
					run.order(), run.guarded() ? "guarded" : "unguarded", BenchmarkReport.fmt(run.checkouts()),
					BenchmarkReport.fmt(run.placed()), BenchmarkReport.fmt(run.refused()), run.errors(),
					BenchmarkReport.seconds(run.took()), run.perSecond(), run.oversoldPieces(), run.oversoldListings(),
					run.lowestStock()));
		}
		out.append(String.format(Locale.ROOT,
				"%n**Guarded / unguarded: %.2f** of the unguarded throughput (mean checkouts/s %.1f against %.1f; "
						+ "aim ≥ 0.7). Oversold pieces: guarded %d, unguarded %d.%n",
				(unguarded > 0) ? guarded / unguarded : 0, guarded, unguarded,
				runs.stream().filter(Run::guarded).mapToInt(Run::oversoldPieces).sum(),
				runs.stream().filter((run) -> !run.guarded()).mapToInt(Run::oversoldPieces).sum()));
		out.append(String.format(Locale.ROOT,
				"%nLoad average (1 min) at start %.2f, at end %.2f: other work on the machine shares its cores.%n",
				loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		return out.toString();
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

	record Run(int order, boolean guarded, int checkouts, int placed, int refused, int errors, Duration took,
			int oversoldPieces, int oversoldListings, int lowestStock, int totalStock, String error) {

		double perSecond() {
			return (this.placed + this.refused + this.errors) / (this.took.toNanos() / 1e9);
		}

	}

	/**
	 * The marketplace's checkout, named rather than imported (its classes are on the
	 * classpath only in the benchmarks profile): the bean, and the same service built
	 * from the same beans with {@link UnguardedReservations} instead of the stock guard.
	 */
	private static final class Checkouts {

		private final Object guarded;

		private final Object unguarded;

		private final Method place;

		private final Constructor<?> request;

		private final Constructor<?> contact;

		private final Constructor<?> address;

		private final Constructor<?> line;

		private final Object method;

		Checkouts(InProcessMarketplace marketplace, UnguardedReservations unguardedReservations)
				throws ReflectiveOperationException {
			ClassLoader loader = marketplace.context().getClassLoader();
			Class<?> checkout = Class.forName(CHECKOUT, true, loader);
			Class<?> requestType = Class.forName("ladakh.crafts.marketplace.orders.CheckoutRequest", true, loader);
			this.guarded = marketplace.context().getBean(checkout);
			this.unguarded = unguarded(marketplace, checkout, unguardedReservations);
			this.place = checkout.getMethod("place", requestType);
			this.request = canonical(requestType);
			this.contact = canonical(Class.forName("ladakh.crafts.marketplace.orders.Order$Contact", true, loader));
			this.address = canonical(Class.forName("ladakh.crafts.marketplace.orders.Order$Address", true, loader));
			this.line = canonical(
					Class.forName("ladakh.crafts.marketplace.orders.CheckoutRequest$CartLine", true, loader));
			Class<?> methods = Class.forName("ladakh.crafts.marketplace.payments.PaymentMethod", true, loader);
			this.method = Arrays.stream(methods.getEnumConstants())
				.filter((constant) -> constant.toString().equals("BANK_TRANSFER"))
				.findFirst()
				.orElseThrow();
		}

		Mono<?> place(Object checkout, String buyerId, String key, List<String> listingIds) {
			return Mono.defer(() -> {
				try {
					List<Object> lines = new ArrayList<>();
					for (String listingId : listingIds) {
						lines.add(this.line.newInstance(listingId, 1));
					}
					Object request = this.request.newInstance(key, buyerId,
							this.contact.newInstance("Tsering Dolma", buyerId + "@example.in", "9419100000", "en"),
							this.address.newInstance("Tsering Dolma", "Old Road", null, "Leh", "Leh", "Ladakh",
									"194101"),
							this.method, lines, null);
					return (Mono<?>) this.place.invoke(checkout, request);
				}
				catch (InvocationTargetException ex) {
					return Mono.error(ex.getCause());
				}
				catch (ReflectiveOperationException ex) {
					return Mono.error(ex);
				}
			});
		}

		/**
		 * A second checkout from the application's own beans, built through its
		 * package-private constructor that takes how a line's stock is reserved: here
		 * without the guard.
		 */
		private static Object unguarded(InProcessMarketplace marketplace, Class<?> checkout,
				UnguardedReservations reservations) throws ReflectiveOperationException {
			ClassLoader loader = marketplace.context().getClassLoader();
			Class<?> lineReservation = Class.forName(CHECKOUT + "$LineReservation", true, loader);
			Object reserve = Proxy.newProxyInstance(loader, new Class<?>[] { lineReservation },
					(proxy, method, args) -> switch (method.getName()) {
						case "reserve" -> reservations.reserve((String) args[0], (String) args[1], (Integer) args[2]);
						case "hashCode" -> System.identityHashCode(proxy);
						case "equals" -> proxy == args[0];
						default -> "unguarded line reservation";
					});
			Constructor<?> constructor = Arrays.stream(checkout.getDeclaredConstructors())
				.filter((candidate) -> Arrays.asList(candidate.getParameterTypes()).contains(lineReservation))
				.findFirst()
				.orElseThrow(() -> new NoSuchMethodException("Checkout(..., LineReservation, ...)"));
			constructor.setAccessible(true);
			Object[] arguments = new Object[constructor.getParameterCount()];
			for (int i = 0; i < arguments.length; i++) {
				Class<?> type = constructor.getParameterTypes()[i];
				arguments[i] = (type == lineReservation) ? reserve : type.isInstance(marketplace.context())
						? marketplace.context() : marketplace.context().getBean(type);
			}
			return constructor.newInstance(arguments);
		}

		private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
			Class<?>[] types = Arrays.stream(record.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			Constructor<?> constructor = record.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor;
		}

	}

}
