package ladakh.crafts.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.FindPublisher;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries served from declared indexes answer exactly as the server's own scan: for three
 * kinds of collection (listings, orders, audit events, with strings, longs, dates,
 * booleans, missing and null fields, arrays, a few values of odd types), 240 generated
 * queries each (equality, {@code $in}, ranges, {@code $and}, extra conditions, sorts,
 * skips, limits, projections; finds, {@code countDocuments} and the {@code count}
 * command) run on a plain server and on the indexed one, memory and H2, with writes
 * (inserts, updates of indexed fields, replaces, upserts, deletes) between them, and the
 * answers and the final collections are compared.
 */
class DeclaredIndexTests {

	private static final int QUERIES = 240;

	private final List<AutoCloseable> opened = new ArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.opened) {
			closeable.close();
		}
	}

	static Stream<String> cases() {
		List<String> cases = new ArrayList<>();
		for (String backend : List.of("memory", "h2")) {
			for (String kind : List.of("listings", "orders", "audit")) {
				cases.add(backend + " " + kind);
			}
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void queriesAnswerAsAScanDoes(String testCase) {
		String backend = testCase.split(" ")[0];
		Kind kind = Kind.of(testCase.split(" ")[1]);
		Random random = new Random(Long.getLong("declaredIndex.seed", 20261207L) + testCase.hashCode());
		Pair pair = pair(backend, kind.name);
		pair.both((collection) -> {
			for (Document index : kind.indexes) {
				boolean unique = index.containsKey("$unique");
				Document keys = new Document(index);
				keys.remove("$unique");
				Mono.from(collection.createIndex(keys, new IndexOptions().unique(unique))).block();
			}
			return null;
		});
		List<QueryScans.Scan> scans = new java.util.concurrent.CopyOnWriteArrayList<>();
		QueryScans.Subscription subscription = QueryScans.subscribe(-1, scans::add);
		this.opened.add(subscription);
		int next = 0;
		List<Document> documents = new ArrayList<>();
		for (; next < 400; next++) {
			documents.add(kind.document(next, random));
		}
		pair.both((collection) -> Mono.from(collection.insertMany(documents)).block());
		for (int i = 0; i < QUERIES; i++) {
			Query query = kind.query(random);
			assertThat(pair.indexed(query::run)).as(testCase + " #" + i + " " + query)
				.isEqualTo(pair.plain(query::run));
			if (i % 8 == 7) {
				Write write = kind.write(random, next);
				next += 3;
				assertThat(pair.indexed(write::run)).as(testCase + " write " + write).isEqualTo(pair.plain(write::run));
			}
		}
		Function<MongoCollection<Document>, Object> all = (
				collection) -> Flux.from(collection.find()).collectList().block();
		assertThat(pair.indexed(all)).isEqualTo(pair.plain(all));
		// and the indexes did serve: most finds and counts of the generated shapes
		long served = scans.stream().filter((scan) -> scan.index() != null).count();
		long examinedServed = scans.stream()
			.filter((scan) -> scan.index() != null)
			.mapToLong(QueryScans.Scan::examined)
			.sum();
		long examinedAll = scans.stream().mapToLong(QueryScans.Scan::examined).sum();
		System.out.printf("%s: %d of %d queries served by a declared index; %d of %d documents examined by them%n",
				testCase, served, scans.size(), examinedServed, examinedAll);
		assertThat(served).as("queries served by a declared index").isGreaterThan(QUERIES / 2);
	}

	private Pair pair(String backend, String collection) {
		MongoServer plain;
		MongoServer indexed;
		if ("memory".equals(backend)) {
			plain = server(new MemoryBackend());
			indexed = server(new IndexedMemoryBackend());
		}
		else {
			plain = server(new H2Backend(this.dir.resolve("plain.mv").toString()));
			indexed = server(new IndexedH2Backend(this.dir.resolve("indexed.mv").toString()));
		}
		return new Pair(client(plain), client(indexed), collection);
	}

	private MongoServer server(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		this.opened.add(server::shutdownNow);
		return server;
	}

	private MongoClient client(MongoServer server) {
		InetSocketAddress address = server.getLocalAddress();
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.opened.add(0, client::close);
		return client;
	}

	/** The clients of the collections handed out, to reach their database. */
	private static final java.util.Map<String, MongoClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

	static com.mongodb.reactivestreams.client.MongoDatabase database(MongoCollection<Document> collection) {
		String name = collection.getNamespace().getDatabaseName();
		return clients.get(name).getDatabase(name);
	}

	record Pair(MongoClient plainClient, MongoClient indexedClient, String collection) {

		Object plain(Function<MongoCollection<Document>, Object> work) {
			clients.put("plain", this.plainClient);
			return work.apply(this.plainClient.getDatabase("plain").getCollection(this.collection));
		}

		Object indexed(Function<MongoCollection<Document>, Object> work) {
			clients.put("indexed", this.indexedClient);
			return work.apply(this.indexedClient.getDatabase("indexed").getCollection(this.collection));
		}

		void both(Function<MongoCollection<Document>, Object> work) {
			plain(work);
			indexed(work);
		}

	}

	/** A find with its sort, skip, limit and projection, then the two counts. */
	record Query(Document filter, Document sort, int skip, int limit, Document projection) {

		Object run(MongoCollection<Document> collection) {
			FindPublisher<Document> find = collection.find(this.filter);
			if (this.sort != null) {
				find = find.sort(this.sort);
			}
			if (this.skip > 0) {
				find = find.skip(this.skip);
			}
			if (this.limit > 0) {
				find = find.limit(this.limit);
			}
			if (this.projection != null) {
				find = find.projection(this.projection);
			}
			List<Object> answer = new ArrayList<>();
			try {
				answer.add(Flux.from(find).collectList().block());
			}
			catch (RuntimeException ex) {
				answer.add("error: " + ex.getMessage());
			}
			answer.add(Mono.from(collection.countDocuments(this.filter)).onErrorResume((ex) -> Mono.just(-1L)).block());
			Document count = new Document("count", collection.getNamespace().getCollectionName()).append("query",
					this.filter);
			answer.add(Mono.from(database(collection).runCommand(count))
				.map((result) -> (Object) result.get("n"))
				.onErrorResume((ex) -> Mono.just("error"))
				.block());
			return answer;
		}

		@Override
		public String toString() {
			return this.filter.toJson() + " sort " + ((this.sort != null) ? this.sort.toJson() : "-") + " skip "
					+ this.skip + " limit " + this.limit;
		}

	}

	/** A write run on both servers; its answer is compared. */
	record Write(String name, Function<MongoCollection<Document>, Object> work) {

		Object run(MongoCollection<Document> collection) {
			try {
				return String.valueOf(this.work.apply(collection));
			}
			catch (RuntimeException ex) {
				return "error: " + ex.getClass().getSimpleName();
			}
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** A collection kind: its documents, declared indexes, queries and writes. */
	abstract static class Kind {

		final String name;

		final List<Document> indexes;

		Kind(String name, List<Document> indexes) {
			this.name = name;
			this.indexes = indexes;
		}

		static Kind of(String name) {
			return switch (name) {
				case "listings" -> new Listings();
				case "orders" -> new Orders();
				default -> new Audit();
			};
		}

		abstract Document document(int n, Random random);

		/** Fields a query may constrain, with a source of their values. */
		abstract List<Field> fields();

		/** Fields a sort may name. */
		abstract List<String> sortable();

		Query query(Random random) {
			List<Field> fields = fields();
			List<Document> conditions = new ArrayList<>();
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				Field field = fields.get(random.nextInt(fields.size()));
				conditions.add(new Document(field.path(), condition(field, random)));
			}
			if (random.nextInt(6) == 0) {
				Field field = fields.get(random.nextInt(fields.size()));
				conditions.add(new Document("$or", List.of(new Document(field.path(), field.value(random)),
						new Document(field.path(), field.value(random)))));
			}
			Document filter = new Document();
			if (random.nextInt(3) == 0) {
				filter.append("$and", conditions);
			}
			else {
				for (Document condition : conditions) {
					String key = condition.keySet().iterator().next();
					if (filter.containsKey(key)) {
						filter.append("$and", List.of(condition));
					}
					else {
						filter.putAll(condition);
					}
				}
			}
			Document sort = null;
			int sorts = random.nextInt(4);
			if (sorts > 0) {
				sort = new Document();
				List<String> sortable = sortable();
				for (int i = 0; i < sorts; i++) {
					sort.append(sortable.get(random.nextInt(sortable.size())), random.nextBoolean() ? 1 : -1);
				}
			}
			int skip = (random.nextInt(3) == 0) ? random.nextInt(6) : 0;
			int limit = (random.nextInt(4) == 0) ? 0 : 1 + random.nextInt(30);
			Document projection = (random.nextInt(5) == 0) ? new Document(fields.get(0).path(), 1) : null;
			return new Query(filter, sort, skip, limit, projection);
		}

		Object condition(Field field, Random random) {
			switch (random.nextInt(15)) {
				case 12:
					return null; // null or missing: the scan's
				case 13: {
					List<Object> values = new ArrayList<>(List.of(field.value(random)));
					values.add(null);
					return new Document("$in", values);
				}
				case 14:
					return new Document("$gt", field.value(random)).append("$lte", field.value(random))
						.append("$ne", field.value(random));
				case 0, 1, 2, 3:
					return field.value(random);
				case 4:
					return new Document("$eq", field.value(random));
				case 5, 6:
					return new Document("$in", List.of(field.value(random), field.value(random), field.value(random)));
				case 7:
					return new Document(random.nextBoolean() ? "$gt" : "$gte", field.value(random));
				case 8:
					return new Document(random.nextBoolean() ? "$lt" : "$lte", field.value(random));
				case 9: {
					Object a = field.value(random);
					Object b = field.value(random);
					return new Document("$gte", a).append("$lt", b);
				}
				case 10:
					return new Document("$ne", field.value(random));
				default:
					return new Document("$exists", random.nextBoolean());
			}
		}

		Write write(Random random, int next) {
			List<Field> fields = fields();
			Field field = fields.get(random.nextInt(fields.size()));
			Field other = fields.get(random.nextInt(fields.size()));
			Document filter = new Document(field.path(), condition(field, random));
			Object value = other.value(random);
			Document set = new Document("$set", new Document(other.path(), value));
			Document inserted = document(next, random);
			Document replacement = document(next + 1, random);
			Document upserted = document(next + 2, random);
			return switch (random.nextInt(7)) {
				case 0 -> new Write("insert", (c) -> Mono.from(c.insertOne(inserted)).block().getInsertedId());
				case 1 -> new Write("updateMany " + filter.toJson() + " " + set.toJson(),
						(c) -> Mono.from(c.updateMany(filter, set)).block());
				case 2 -> new Write("updateOne " + filter.toJson() + " " + set.toJson(),
						(c) -> Mono.from(c.updateOne(filter, set)).block());
				case 3 -> new Write("deleteMany " + filter.toJson(), (c) -> Mono.from(c.deleteMany(filter)).block());
				case 4 -> new Write("replaceOne " + filter.toJson(), (c) -> {
					Document replace = new Document(replacement);
					replace.remove("_id");
					return Mono.from(c.replaceOne(filter, replace)).block();
				});
				case 5 -> new Write("upsert " + upserted.get("_id"),
						(c) -> Mono.from(c.replaceOne(new Document("_id", upserted.get("_id")), upserted,
								new ReplaceOptions().upsert(true)))
							.block());
				default -> new Write("findOneAndUpdate " + filter.toJson(),
						(c) -> Mono
							.from(c.findOneAndUpdate(filter, set,
									new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
										.sort(new Document(sortable().get(0), -1))))
							.blockOptional()
							.map(Document::toJson)
							.orElse("none"));
			};
		}

		static Date day(int n) {
			return new Date(1_780_000_000_000L + n * 86_400_000L);
		}

		static <T> T pick(Random random, List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

	}

	/** A field and where its values come from. */
	record Field(String path, Function<Random, Object> values) {

		Object value(Random random) {
			return this.values.apply(random);
		}

	}

	static final class Listings extends Kind {

		private static final List<String> STATUSES = List.of("DRAFT", "PENDING_REVIEW", "ACTIVE", "PAUSED", "REMOVED");

		Listings() {
			super("listings",
					List.of(Document.parse("{status: 1, createdAt: -1}"),
							Document.parse("{sellerId: 1, status: 1, createdAt: -1}"), Document.parse("{craft: 1}"),
							Document.parse("{dirty: 1, dirtySince: 1}"), Document.parse("{tags: 1}"),
							Document.parse("{tags: 1, createdAt: -1}"), Document.parse("{'seller.id': 1}"),
							Document.parse("{pricePaise: 1}"), Document.parse("{slug: 1, $unique: true}")));
		}

		@Override
		Document document(int n, Random random) {
			Document listing = new Document("_id", String.format("l-%05d", random.nextInt(100_000)) + "-" + n)
				.append("slug", "item-" + n)
				.append("status", pick(random, STATUSES))
				.append("sellerId", "s-" + random.nextInt(12))
				.append("seller", new Document("id", "s-" + random.nextInt(12)).append("active", random.nextBoolean()))
				.append("craft", pick(random, List.of("pashmina", "thangka", "silver", "wood", "pottery")))
				.append("title", "Listing " + random.nextInt(1000))
				.append("pricePaise", (long) (random.nextInt(40) * 2500))
				.append("rev", random.nextInt(4))
				.append("dirty", random.nextBoolean());
			int shape = random.nextInt(20);
			if (shape == 0) {
				listing.remove("createdAt"); // missing
			}
			else if (shape == 1) {
				listing.append("createdAt", null);
			}
			else if (shape == 2) {
				listing.append("createdAt", "2026-01-0" + random.nextInt(9)); // a string
																				// date
			}
			else if (shape == 3) {
				listing.append("createdAt", List.of(day(random.nextInt(30)), day(random.nextInt(30))));
			}
			else {
				listing.append("createdAt", day(random.nextInt(30)));
			}
			if (listing.getBoolean("dirty")) {
				listing.append("dirtySince", day(random.nextInt(10)));
			}
			if (random.nextInt(10) > 0) {
				List<String> tags = new ArrayList<>();
				for (int i = random.nextInt(3); i >= 0; i--) {
					tags.add(pick(random, List.of("wool", "silver", "filigree", "gift", "handmade")));
				}
				listing.append("tags", tags);
			}
			if (random.nextInt(25) == 0) {
				listing.append("pricePaise", 1.5 + random.nextInt(3)); // a double
			}
			if (random.nextInt(30) == 0) {
				listing.append("status", new Document("legacy", true)); // a document
			}
			if (random.nextInt(30) == 0) {
				listing.append("craft", 7); // a number among strings
			}
			return listing;
		}

		@Override
		List<Field> fields() {
			return List.of(new Field("status", (r) -> pick(r, STATUSES)),
					new Field("sellerId", (r) -> "s-" + r.nextInt(13)),
					new Field("createdAt", (r) -> day(r.nextInt(32) - 1)),
					new Field("craft", (r) -> pick(r, List.of("pashmina", "thangka", "silver", "wood", "jade"))),
					new Field("dirty", Random::nextBoolean), new Field("dirtySince", (r) -> day(r.nextInt(10))),
					new Field("tags", (r) -> pick(r, List.of("wool", "silver", "gift", "none"))),
					new Field("seller.id", (r) -> "s-" + r.nextInt(12)),
					new Field("pricePaise",
							(r) -> r.nextBoolean() ? (Object) (long) (r.nextInt(40) * 2500)
									: (Object) (r.nextInt(40) * 2500)),
					new Field("rev", (r) -> r.nextInt(4)), new Field("slug", (r) -> "item-" + r.nextInt(450)));
		}

		@Override
		List<String> sortable() {
			return List.of("createdAt", "status", "pricePaise", "_id", "title", "dirtySince", "craft");
		}

	}

	static final class Orders extends Kind {

		private static final List<String> STATUSES = List.of("PLACED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");

		Orders() {
			super("orders",
					List.of(Document.parse("{buyerId: 1, placedAt: -1}"), Document.parse("{status: 1, placedAt: 1}"),
							Document.parse("{'parts.sellerId': 1, placedAt: -1}"), Document.parse("{totalPaise: -1}"),
							Document.parse("{number: 1, $unique: true}"), Document.parse("{paid: 1}")));
		}

		@Override
		Document document(int n, Random random) {
			List<Document> parts = new ArrayList<>();
			for (int i = random.nextInt(3); i >= 0; i--) {
				parts.add(new Document("sellerId", "s-" + random.nextInt(8)).append("status", pick(random, STATUSES)));
			}
			Document order = new Document("_id", "o-" + n).append("number", (long) (100_000 + n))
				.append("buyerId", "b-" + random.nextInt(20))
				.append("status", pick(random, STATUSES))
				.append("totalPaise", (long) random.nextInt(50) * 1000)
				.append("paid", random.nextBoolean())
				.append("parts", parts);
			if (random.nextInt(15) > 0) {
				order.append("placedAt", day(random.nextInt(40)));
			}
			if (random.nextInt(20) == 0) {
				order.append("buyerId", null);
			}
			if (random.nextInt(25) == 0) {
				order.append("totalPaise", Double.NaN);
			}
			return order;
		}

		@Override
		List<Field> fields() {
			return List.of(new Field("buyerId", (r) -> "b-" + r.nextInt(21)),
					new Field("status", (r) -> pick(r, STATUSES)), new Field("placedAt", (r) -> day(r.nextInt(42) - 1)),
					new Field("parts.sellerId", (r) -> "s-" + r.nextInt(9)),
					new Field("totalPaise", (r) -> (long) r.nextInt(50) * 1000), new Field("paid", Random::nextBoolean),
					new Field("number", (r) -> (long) (100_000 + r.nextInt(450))));
		}

		@Override
		List<String> sortable() {
			return List.of("placedAt", "totalPaise", "_id", "buyerId", "status", "number");
		}

	}

	static final class Audit extends Kind {

		private static final List<String> KINDS = List.of("SIGN_IN", "LISTING_APPROVED", "ORDER_PAID",
				"SELLER_SUSPENDED");

		Audit() {
			super("audit", List.of(Document.parse("{actor: 1, at: -1}"), Document.parse("{subject: 1, at: -1}"),
					Document.parse("{at: 1}"), Document.parse("{kind: 1, at: -1}")));
		}

		@Override
		Document document(int n, Random random) {
			Document event = new Document("_id", "a-" + n).append("kind", pick(random, KINDS))
				.append("actor", "u-" + random.nextInt(15))
				.append("at", new Date(1_780_000_000_000L + random.nextInt(200) * 60_000L))
				.append("ok", random.nextBoolean());
			if (random.nextInt(4) > 0) {
				event.append("subject", "l-" + random.nextInt(30));
			}
			if (random.nextInt(40) == 0) {
				event.append("subject", List.of("l-1", "l-2"));
			}
			if (random.nextInt(40) == 0) {
				event.append("at", 1_780_000_000L); // a number, not a date
			}
			return event;
		}

		@Override
		List<Field> fields() {
			return List.of(new Field("kind", (r) -> pick(r, KINDS)), new Field("actor", (r) -> "u-" + r.nextInt(16)),
					new Field("at", (r) -> new Date(1_780_000_000_000L + r.nextInt(210) * 60_000L)),
					new Field("subject", (r) -> "l-" + r.nextInt(31)), new Field("ok", Random::nextBoolean));
		}

		@Override
		List<String> sortable() {
			return List.of("at", "actor", "_id", "subject", "kind");
		}

	}

}
