package ladakh.crafts.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import ladakh.crafts.embedded.DeclaredIndexTests.Kind;
import ladakh.crafts.embedded.DeclaredIndexTests.Pair;
import ladakh.crafts.embedded.DeclaredIndexTests.Query;
import ladakh.crafts.embedded.DeclaredIndexTests.Write;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranges and sorts on {@code _id}, served by the {@code _id} index, answer exactly as the
 * server's own scan: for the three collection kinds of {@link DeclaredIndexTests} (with
 * their declared indexes, and a few numeric and ObjectId ids among the strings), 240
 * generated queries each of the shape a keyset page has ({@code _id} after or before a
 * value, one end or both, sorted by {@code _id} up or down, with limits, skips, other
 * conditions, a second sort key, projections; finds, {@code countDocuments} and
 * {@code count}) run on a plain server and on the indexed one, memory and H2, with writes
 * (some selecting an {@code _id} range) between them. Half way, the orders get a document
 * as an {@code _id}, after which the index no longer walks (it reads every candidate).
 */
class IdRangeTests {

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
		return DeclaredIndexTests.cases();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void idRangesAnswerAsAScanDoes(String testCase) {
		String backend = testCase.split(" ")[0];
		Kind kind = Kind.of(testCase.split(" ")[1]);
		Random random = new Random(20261208L + testCase.hashCode());
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
		List<QueryScans.Scan> scans = new CopyOnWriteArrayList<>();
		this.opened.add(QueryScans.subscribe(-1, scans::add));
		List<Object> ids = new ArrayList<>();
		List<Document> documents = new ArrayList<>();
		int next = 0;
		for (; next < 400; next++) {
			Document document = kind.document(next, random);
			if (next % 50 == 7) {
				document.put("_id", next); // numbers and ObjectIds sort apart from
											// strings
			}
			else if (next % 50 == 19) {
				document.put("_id", new ObjectId(new Date(1_780_000_000_000L + next * 1000L), next));
			}
			documents.add(document);
			ids.add(document.get("_id"));
		}
		pair.both((collection) -> Mono.from(collection.insertMany(documents)).block());
		for (int i = 0; i < QUERIES; i++) {
			if (i == QUERIES / 2 && "orders".equals(kind.name)) {
				Document odd = kind.document(next++, random).append("_id", new Document("legacy", 1));
				pair.both((collection) -> Mono.from(collection.insertOne(odd)).block());
			}
			Query query = query(kind, random, ids);
			assertThat(pair.indexed(query::run)).as(testCase + " #" + i + " " + query)
				.isEqualTo(pair.plain(query::run));
			if (i % 8 == 7) {
				Write write = (random.nextInt(3) == 0) ? rangeWrite(random, ids) : kind.write(random, next);
				next += 3;
				assertThat(pair.indexed(write::run)).as(testCase + " write " + write).isEqualTo(pair.plain(write::run));
			}
		}
		Function<MongoCollection<Document>, Object> all = (
				collection) -> Flux.from(collection.find()).collectList().block();
		assertThat(pair.indexed(all)).isEqualTo(pair.plain(all));
		long servedById = scans.stream()
			.filter((scan) -> "_id_".equals(scan.index()) && scan.namespace().startsWith("indexed."))
			.count();
		System.out.printf("%s: %d of %d reads served by the _id index%n", testCase, servedById, scans.size());
		assertThat(servedById).as("reads served by the _id index").isGreaterThan(QUERIES / 2);
	}

	@Test
	void theIdOrderIsKeptOnlyOnceAQueryAsksForIt() {
		List<IndexKey> keys = List.of(new IndexKey("_id", true));
		SecondaryIndex<Integer> index = SecondaryIndex.onDemand("_id_", keys, false,
				new MemoryUniqueIndex("_id_", keys, false));
		index.useNaturalOrder(Integer::compare);
		index.add(new de.bwaldvogel.mongo.bson.Document("_id", "l-1"), 0, null);
		assertThat(index.kept()).isFalse();
		assertThat(entries(index)).isZero();
		assertThat(index.getCount()).as("the library's own index has it").isEqualTo(1);
		index.keep(Stream.empty());
		index.add(new de.bwaldvogel.mongo.bson.Document("_id", "l-2"), 1, null);
		assertThat(index.kept()).isTrue();
		assertThat(entries(index)).isEqualTo(1);
	}

	private static int entries(SecondaryIndex<Integer> index) {
		return index
			.between(index.probe(new Object[] { IndexValues.Edge.MIN }),
					index.probe(new Object[] { IndexValues.Edge.MAX }))
			.size();
	}

	/** A keyset page's shape, and its neighbours. */
	private static Query query(Kind kind, Random random, List<Object> ids) {
		List<Document> conditions = new ArrayList<>();
		Document onId = idCondition(random, ids);
		if (onId != null) {
			conditions.add(new Document("_id", onId));
		}
		if (random.nextInt(3) == 0) {
			DeclaredIndexTests.Field field = kind.fields().get(random.nextInt(kind.fields().size()));
			conditions.add(new Document(field.path(), kind.condition(field, random)));
		}
		Document filter = new Document();
		if (random.nextInt(4) == 0 && !conditions.isEmpty()) {
			filter.append("$and", conditions);
		}
		else {
			conditions.forEach(filter::putAll);
		}
		Document sort = null;
		if (random.nextInt(8) > 0) {
			sort = new Document("_id", random.nextBoolean() ? 1 : -1);
			if (random.nextInt(6) == 0) {
				List<String> others = kind.sortable();
				sort = new Document(others.get(random.nextInt(others.size())), random.nextBoolean() ? 1 : -1)
					.append("_id", 1);
				if (random.nextBoolean()) {
					sort = new Document("_id", -1).append(others.get(random.nextInt(others.size())), 1);
				}
			}
		}
		int skip = (random.nextInt(4) == 0) ? random.nextInt(6) : 0;
		int limit = (random.nextInt(6) == 0) ? 0 : 1 + random.nextInt(60);
		Document projection = (random.nextInt(5) == 0) ? new Document(kind.fields().get(0).path(), 1) : null;
		return new Query(filter, sort, skip, limit, projection);
	}

	/** {@code _id} after, before or between values; {@code null}: the first page. */
	private static Document idCondition(Random random, List<Object> ids) {
		Object a = bound(random, ids);
		Object b = bound(random, ids);
		return switch (random.nextInt(9)) {
			case 0 -> null;
			case 1, 2 -> new Document("$gt", a);
			case 3 -> new Document("$gte", a);
			case 4 -> new Document("$lt", a);
			case 5 -> new Document("$lte", a);
			case 6 -> new Document("$gt", a).append("$lt", b);
			case 7 -> new Document("$gte", a).append("$lte", b).append("$ne", bound(random, ids));
			default -> new Document("$gt", a).append("$exists", true);
		};
	}

	/** Mostly an id that is there, sometimes a prefix, a number or an ObjectId. */
	private static Object bound(Random random, List<Object> ids) {
		String some = String.valueOf(ids.get(random.nextInt(ids.size())));
		return switch (random.nextInt(10)) {
			case 0 -> some.substring(0, Math.min(3, some.length()));
			case 1 -> random.nextInt(400);
			case 2 -> new ObjectId(new Date(1_780_000_000_000L + random.nextInt(400) * 1000L), 0);
			default -> ids.get(random.nextInt(ids.size()));
		};
	}

	private static Write rangeWrite(Random random, List<Object> ids) {
		Document filter = new Document("_id",
				new Document("$gte", bound(random, ids)).append("$lt", bound(random, ids)));
		Document set = new Document("$set", new Document("touched", random.nextInt(5)));
		return random.nextBoolean()
				? new Write("updateMany " + filter.toJson(), (c) -> Mono.from(c.updateMany(filter, set)).block())
				: new Write("deleteMany " + filter.toJson(), (c) -> Mono.from(c.deleteMany(filter)).block());
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

}
