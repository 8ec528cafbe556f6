package ladakh.crafts.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.FindPublisher;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
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
 * Queries pinning {@code _id} beside other conditions are served from the {@code _id}
 * index, with exactly the results of the server's own scan: each query and write runs on
 * a plain backend and on the indexed one, loaded with the same documents, and the answers
 * and the final collections are compared.
 */
class IdLookupTests {

	private static final int LISTINGS = 300;

	private final List<AutoCloseable> opened = new ArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.opened) {
			closeable.close();
		}
	}

	static Stream<String> backends() {
		return Stream.of("memory", "h2");
	}

	@ParameterizedTest
	@MethodSource("backends")
	void queriesAnswerAsAScanDoes(String backend) {
		Pair pair = pair(backend);
		for (Query query : queries()) {
			assertThat(pair.indexed(query::run)).as(backend + " " + query).isEqualTo(pair.plain(query::run));
		}
	}

	@ParameterizedTest
	@MethodSource("backends")
	void numericAndObjectIdsAnswerAsAScanDoes(String backend) {
		Pair pair = pair(backend);
		ObjectId first = new ObjectId();
		ObjectId second = new ObjectId();
		List<Document> documents = List.of(new Document("_id", 1).append("v", "int"),
				new Document("_id", 2L).append("v", "long"), new Document("_id", 3.0).append("v", "double"),
				new Document("_id", 4.5).append("v", "fraction"), new Document("_id", first).append("v", "oid"),
				new Document("_id", second).append("v", "oid"), new Document("_id", true).append("v", "bool"));
		pair.both((collection) -> Mono.from(collection.insertMany(documents)).block());
		List<Document> filters = List.of(Document.parse("{_id: 1, v: 'int'}"), Document.parse("{_id: 1.0, v: 'int'}"),
				Document.parse("{_id: {$numberLong: '1'}, v: 'int'}"), Document.parse("{_id: 2, v: 'long'}"),
				Document.parse("{_id: 2.0, v: {$exists: true}}"), Document.parse("{_id: 3, v: 'double'}"),
				Document.parse("{_id: {$numberLong: '3'}, v: 'double'}"), Document.parse("{_id: 4.5, v: 'fraction'}"),
				Document.parse("{_id: {$in: [1, 2.0, 3, 4, 4.5]}, v: {$ne: 'x'}}"),
				Document.parse("{_id: {$eq: 3}, v: 'double'}"), Document.parse("{_id: true, v: 'bool'}"),
				new Document("_id", first).append("v", "oid"),
				new Document("_id", new Document("$in", List.of(second, first, 1))).append("v",
						new Document("$exists", true)));
		for (Document filter : filters) {
			Function<MongoCollection<Document>, Object> find = (collection) -> List.of(
					Flux.from(collection.find(filter)).collectList().block(),
					Mono.from(collection.countDocuments(filter)).block());
			assertThat(pair.indexed(find)).as(backend + " " + filter.toJson()).isEqualTo(pair.plain(find));
		}
	}

	@ParameterizedTest
	@MethodSource("backends")
	void writesFilteredByIdAndMoreActAsOnAScan(String backend) {
		Pair pair = pair(backend);
		List<Function<MongoCollection<Document>, Object>> writes = List.of(
				// the sync's dirty clear: rev unchanged, and rev moved on
				(c) -> Mono.from(c.updateOne(Document.parse("{_id: 'l-010', rev: 1}"),
						Document.parse("{$set: {dirty: false}, $unset: {dirtySince: ''}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-011', rev: 7}"),
							Document.parse("{$set: {dirty: false}}")))
					.block()
					.toString(),
				// as the driver renders Filters.and(eq("_id", ...), eq("rev", ...))
				(c) -> Mono.from(c.updateOne(
						com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.eq("_id", "l-015"),
								com.mongodb.client.model.Filters.eq("rev", 1)),
						Document.parse("{$set: {dirty: false}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(
							com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.eq("_id", "l-016"),
									com.mongodb.client.model.Filters.eq("rev", 3)),
							Document.parse("{$set: {dirty: false}}"), new UpdateOptions().upsert(true)))
					.block()
					.toString(),
				// a state machine step and a stock reservation
				(c) -> Mono
					.from(c.findOneAndUpdate(Document.parse("{_id: 'l-012', status: 'DRAFT'}"),
							Document.parse("{$set: {status: 'PENDING_REVIEW'}, $inc: {rev: 1}}"),
							new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
					.blockOptional()
					.map(Document::toJson)
					.orElse("none"),
				(c) -> Mono
					.from(c.findOneAndUpdate(Document.parse("{_id: 'l-013', status: 'REMOVED'}"),
							Document.parse("{$set: {status: 'PUBLISHED'}}")))
					.blockOptional()
					.map(Document::toJson)
					.orElse("none"),
				(c) -> Flux.range(0, 12)
					.flatMap((buyer) -> Mono.from(c.updateOne(Document.parse("{_id: 'l-014', stock: {$gte: 1}}"),
							Document.parse("{$inc: {stock: -1}}"))))
					.filter((result) -> result.getModifiedCount() == 1)
					.count()
					.block(),
				// upserts: from the plain id, from $eq, from $in; and one that matches
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'new-1', rev: 0}"),
							Document.parse("{$set: {dirty: true}, $inc: {n: 1}}"), new UpdateOptions().upsert(true)))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: {$eq: 'new-2'}, rev: 3}"),
							Document.parse("{$set: {dirty: true}}"), new UpdateOptions().upsert(true)))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: {$in: ['new-3']}, rev: 0}"),
							Document.parse("{$set: {dirty: true}}"), new UpdateOptions().upsert(true)))
					.block()
					.toString(),
				(c) -> Mono.from(c.updateOne(Document.parse("{_id: 'new-1', rev: 0}"), Document.parse("{$inc: {n: 1}}"),
						new UpdateOptions().upsert(true)))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.findOneAndUpdate(Document.parse("{_id: 'new-4', status: 'DRAFT'}"),
							Document.parse("{$set: {rev: 1}}"),
							new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
					.block()
					.toJson(),
				// many at once
				(c) -> Mono.from(c.updateMany(
						Document.parse("{_id: {$in: ['l-020', 'l-021', 'l-022', 'l-023', 'nope']}, " + "dirty: true}"),
						Document.parse("{$inc: {rev: 1}}")))
					.block()
					.toString(),
				(c) -> Mono.from(c.updateMany(Document.parse("{_id: {$ne: 'l-030'}, rev: 3}"),
						Document.parse("{$set: {touched: true}}")))
					.block()
					.toString(),
				(c) -> Mono.from(c.replaceOne(Document.parse("{_id: 'l-040', rev: 1}"),
						Document.parse("{_id: 'l-040', rev: 2, replaced: true}")))
					.block()
					.toString(),
				(c) -> Mono.from(c.replaceOne(Document.parse("{_id: 'new-5', rev: 9}"),
						Document.parse("{rev: 9, made: 1}"), new ReplaceOptions().upsert(true)))
					.block()
					.toString(),
				// deletes
				(c) -> Mono.from(c.findOneAndDelete(Document.parse("{_id: 'l-050', status: 'PUBLISHED'}"),
						new FindOneAndDeleteOptions()))
					.blockOptional()
					.map(Document::toJson)
					.orElse("none"),
				(c) -> Mono.from(c.deleteOne(Document.parse("{_id: 'l-051', rev: 1}"))).block().toString(),
				(c) -> Mono.from(c.deleteOne(Document.parse("{_id: 'l-052', rev: 99}"))).block().toString(),
				(c) -> Mono
					.from(c.deleteMany(
							Document.parse("{_id: {$in: ['l-060', 'l-061', 'l-062', 'l-063']}, " + "dirty: false}")))
					.block()
					.toString(),
				// done in place (InPlaceUpdate): the sync's clears in chunks, a status,
				// unsets
				(c) -> Mono.from(c.updateMany(
						Document
							.parse("{$and: [{_id: {$in: ['l-070', 'l-071', 'l-072', 'l-073', 'nope']}}, {rev: 1}]}"),
						Document.parse("{$set: {dirty: false}, $unset: {dirtySince: ''}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateMany(
							Document.parse("{_id: {$in: ['l-074', 'l-075', 'l-076', 'l-077', 'l-078', 'l-079']}}"),
							Document.parse("{$set: {dirty: false, status: 'PAUSED', note: 'हिन्दी'}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-074'}"), Document.parse("{$set: {status: 'PAUSED'}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-075', dirty: false}"),
							Document.parse("{$unset: {dirtySince: '', nothingHere: ''}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-076'}"), Document.parse("{$unset: {seller: ''}}")))
					.block()
					.toString(),
				(c) -> Mono.from(c.updateOne(Document.parse("{_id: 'l-077'}"),
						Document.parse("{$set: {dirty: true}, $unset: {dirty: ''}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-078'}"), Document.parse("{$set: {_id: 'l-999'}}")))
					.block()
					.toString(),
				(c) -> Mono
					.from(c.updateOne(Document.parse("{_id: 'l-079', rev: 99}"),
							Document.parse("{$set: {dirty: true}}")))
					.block()
					.toString(),
				// the listing deleted above, updated and upserted again by its id
				(c) -> Mono.from(c.updateOne(Document.parse("{_id: 'l-051', rev: 1}"),
						Document.parse("{$set: {back: 1}}"), new UpdateOptions().upsert(true)))
					.block()
					.toString());
		for (int i = 0; i < writes.size(); i++) {
			Function<MongoCollection<Document>, Object> write = failureAsAnswer(writes.get(i));
			assertThat(pair.indexed(write)).as(backend + " write " + i).isEqualTo(pair.plain(write));
		}
		Function<MongoCollection<Document>, Object> all = (c) -> Flux.from(c.find()).collectList().block();
		assertThat(pair.indexed(all)).as(backend + " final collection").isEqualTo(pair.plain(all));
		assertThat(pair.statistics().get(1)).as(backend + " collection size and count")
			.isEqualTo(pair.statistics().get(0));
	}

	/** A write the server refuses (e.g. an upsert onto a taken id) answers its error. */
	private static Function<MongoCollection<Document>, Object> failureAsAnswer(
			Function<MongoCollection<Document>, Object> write) {
		return (collection) -> {
			try {
				return write.apply(collection);
			}
			catch (com.mongodb.MongoException ex) {
				return "error " + ex.getCode();
			}
		};
	}

	@Test
	void onlyPinnedIdsTakeTheIndex() {
		MemoryUniqueIndex index = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
		for (int position = 0; position < 5; position++) {
			index.add(new de.bwaldvogel.mongo.bson.Document("_id", "l-" + position), position, null);
		}
		List<de.bwaldvogel.mongo.backend.Index<Integer>> indexes = List.of(index);
		assertThat(lookup(indexes, "{_id: 'l-3', rev: 5}")).containsExactly(3);
		assertThat(lookup(indexes, "{_id: {$eq: 'l-3'}}")).containsExactly(3);
		assertThat(lookup(indexes, "{_id: 'missing', rev: 5}")).isEmpty();
		assertThat(lookup(indexes, "{_id: {$in: ['l-4', 'l-1', 'missing']}, dirty: true}")).containsExactly(1, 4);
		assertThat(lookup(indexes, "{$and: [{_id: 'l-2'}, {rev: 5}]}")).containsExactly(2);
		assertThat(lookup(indexes, "{$and: [{rev: 5}, {$and: [{_id: {$in: ['l-0', 'l-4']}}]}]}")).containsExactly(0, 4);
		assertThat(lookup(indexes, "{$or: [{_id: 'l-3'}, {rev: 5}]}")).isNull();
		// the server's own index path would serve these too, but then checks every
		// candidate against the whole $in again
		assertThat(lookup(indexes, "{_id: 'l-3'}")).containsExactly(3);
		assertThat(lookup(indexes, "{_id: {$in: ['l-4', 'l-3']}}")).containsExactlyInAnyOrder(3, 4);
		// operators, documents, null and regular expressions: a scan as before
		assertThat(lookup(indexes, "{_id: {$ne: 'l-3'}, rev: 5}")).isNull();
		assertThat(lookup(indexes, "{_id: {$gt: 'l-3'}, rev: 5}")).isNull();
		assertThat(lookup(indexes, "{_id: {$eq: 'l-3', $ne: 'l-4'}}")).isNull();
		assertThat(lookup(indexes, "{_id: {$in: ['l-3', {$regex: 'l'}]}, rev: 5}")).isNull();
		assertThat(lookup(indexes, "{_id: {a: 1}, rev: 5}")).isNull();
		assertThat(lookup(indexes, "{_id: null, rev: 5}")).isNull();
		assertThat(lookup(indexes, "{rev: 5}")).isNull();
		assertThat(IdLookup.lookup(parse("{_id: 'l-3', rev: 5}"), parse("{$natural: -1}"), "_id", indexes,
				Integer::compare))
			.isNull();
		assertThat(IdLookup.lookup(parse("{_id: 'l-3', rev: 5}"), null, "_id", List.of(), Integer::compare)).isNull();
	}

	@Test
	void theRestOfTheQueryIsAllButTheConditionTheIndexAnswered() {
		MemoryUniqueIndex index = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
		index.add(new de.bwaldvogel.mongo.bson.Document("_id", "l-0"), 0, null);
		List<de.bwaldvogel.mongo.backend.Index<Integer>> indexes = List.of(index);
		assertThat(rest(indexes, "{_id: 'l-0', rev: 5}")).isEqualTo(parse("{rev: 5}"));
		assertThat(rest(indexes, "{_id: {$in: ['l-0', 'l-1']}}")).isEqualTo(parse("{}"));
		assertThat(rest(indexes, "{$and: [{_id: {$in: ['l-0', 'l-1']}}, {dirty: true}]}"))
			.isEqualTo(parse("{$and: [{dirty: true}]}"));
		assertThat(rest(indexes, "{$and: [{_id: 'l-0', status: 'A'}, {rev: 5}]}"))
			.isEqualTo(parse("{$and: [{status: 'A'}, {rev: 5}]}"));
		assertThat(rest(indexes, "{$and: [{rev: 5}, {$and: [{_id: 'l-0'}]}]}")).isEqualTo(parse("{$and: [{rev: 5}]}"));
		assertThat(rest(indexes, "{$and: [{_id: 'l-0'}], rev: 5}")).isEqualTo(parse("{rev: 5}"));
		// a second condition on _id is not the one the index answered: it stays
		assertThat(rest(indexes, "{_id: 'l-0', $and: [{_id: {$ne: 'l-1'}}]}"))
			.isEqualTo(parse("{$and: [{_id: {$ne: 'l-1'}}]}"));
	}

	private static List<Integer> lookup(List<de.bwaldvogel.mongo.backend.Index<Integer>> indexes, String query) {
		IdLookup.Lookup<Integer> lookup = IdLookup.lookup(parse(query), null, "_id", indexes, Integer::compare);
		return (lookup != null) ? lookup.positions() : null;
	}

	private static de.bwaldvogel.mongo.bson.Document rest(List<de.bwaldvogel.mongo.backend.Index<Integer>> indexes,
			String query) {
		return IdLookup.lookup(parse(query), null, "_id", indexes, Integer::compare).rest();
	}

	private static de.bwaldvogel.mongo.bson.Document parse(String json) {
		Document parsed = Document.parse(json);
		return convert(parsed);
	}

	private static de.bwaldvogel.mongo.bson.Document convert(Document document) {
		de.bwaldvogel.mongo.bson.Document converted = new de.bwaldvogel.mongo.bson.Document();
		document.forEach((key, value) -> converted.put(key, convertValue(value)));
		return converted;
	}

	private static Object convertValue(Object value) {
		if (value instanceof Document document) {
			return convert(document);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(IdLookupTests::convertValue).toList();
		}
		return value;
	}

	/** Shapes of query, with sorts, skips, limits and projections, over the listings. */
	private static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		String[] filters = { "{_id: 'l-005', rev: 1}", "{_id: 'l-005', rev: 2}", "{_id: 'nope', rev: 1}",
				"{_id: 'l-005', rev: {$gte: 1}}", "{_id: 'l-006', rev: {$gte: 3}}", "{_id: 'l-007', rev: {$lt: 3}}",
				"{_id: 'l-005', dirty: {$exists: true}}", "{_id: 'l-005', dirtySince: {$exists: false}}",
				"{_id: 'l-009', dirtySince: {$exists: true}}", "{_id: 'l-005', 'seller.status': 'ACTIVE'}",
				"{_id: 'l-008', 'seller.status': 'SUSPENDED'}", "{_id: 'l-005', 'seller.missing': {$exists: false}}",
				"{_id: 'l-005', $or: [{status: 'PUBLISHED'}, {stock: {$gt: 0}}]}",
				"{_id: 'l-005', $and: [{rev: {$gte: 1}}, {status: {$in: ['PUBLISHED', 'DRAFT']}}]}",
				"{_id: 'l-005', tags: 'silver'}", "{_id: 'l-005', tags: {$size: 2}}", "{_id: {$eq: 'l-005'}}",
				"{_id: {$eq: 'l-005'}, rev: 1}", "{_id: {$eq: 'nope'}, rev: 1}",
				"{_id: {$in: ['l-001', 'l-100', 'l-050', 'l-007', 'l-100', 'nope']}, dirty: true}",
				"{_id: {$in: ['l-001', 'l-100', 'l-050', 'l-007', 'l-299', 'l-150']}, rev: {$gte: 1}}",
				"{_id: {$in: []}, dirty: true}", "{_id: {$in: ['l-003']}, dirty: {$in: [true, false]}}",
				"{_id: {$ne: 'l-005'}, dirty: true}", "{_id: {$gt: 'l-100'}, rev: 1}",
				"{_id: {$nin: ['l-001', 'l-002']}, rev: 2}", "{_id: {$regex: '^l-00'}, rev: 1}",
				"{_id: {$in: ['l-001', {$regex: '^l-01'}]}, rev: 1}", "{_id: {$exists: true}, rev: 3}",
				"{_id: 'l-005', rev: 1, status: {$ne: 'REMOVED'}, 'seller.status': {$in: ['ACTIVE']}}",
				"{$or: [{_id: 'l-005'}, {rev: 3}]}", "{_id: 'l-005'}", "{_id: {$in: ['l-005', 'l-006']}}",
				"{dirty: true}", "{}", "{$and: [{_id: 'l-005'}, {rev: 1}]}", "{$and: [{_id: 'l-005'}, {rev: 2}]}",
				"{$and: [{rev: {$gte: 1}}, {_id: 'l-005'}], status: {$exists: true}}",
				"{$and: [{$and: [{_id: {$in: ['l-001', 'l-100', 'l-050', 'nope']}}]}, {dirty: true}]}",
				"{$and: [{_id: {$ne: 'l-005'}}, {rev: 1}]}", "{$and: [{_id: {$eq: 'l-009'}}, {_id: 'l-009'}]}",
				"{$and: [{_id: 'l-009'}, {_id: 'l-010'}]}", "{$or: [{_id: 'l-005'}, {_id: 'l-006'}], rev: 1}" };
		String[] sorts = { null, "{rev: -1, _id: 1}", "{stock: 1}", "{$natural: -1}", "{$natural: 1}" };
		for (String filter : filters) {
			for (String sort : sorts) {
				queries.add(new Query(filter, sort, 0, 0, null));
			}
			queries.add(new Query(filter, null, 1, 0, null));
			queries.add(new Query(filter, null, 0, 2, null));
			queries.add(new Query(filter, "{rev: 1}", 1, 2, "{rev: 1, 'seller.status': 1}"));
			queries.add(new Query(filter, null, 0, 0, "{_id: 0, status: 1}"));
		}
		return queries;
	}

	private Pair pair(String backend) {
		MongoServer plain;
		MongoServer indexed;
		if (backend.equals("memory")) {
			plain = server(new MemoryBackend());
			indexed = server(new IndexedMemoryBackend());
		}
		else {
			plain = server(new H2Backend(this.dir.resolve("plain.mv").toString()));
			indexed = server(new IndexedH2Backend(this.dir.resolve("indexed.mv").toString()));
		}
		Pair pair = new Pair(client(plain), client(indexed));
		List<Document> listings = listings();
		pair.both((collection) -> {
			for (int from = 0; from < listings.size(); from += 50) {
				Mono.from(collection.insertMany(listings.subList(from, from + 50))).block();
			}
			return null;
		});
		return pair;
	}

	/** Listings inserted out of id order, so natural order and id order differ. */
	private static List<Document> listings() {
		List<Document> listings = new ArrayList<>();
		String[] statuses = { "DRAFT", "PUBLISHED", "PAUSED", "REMOVED" };
		for (int i = 0; i < LISTINGS; i++) {
			Document listing = new Document("_id", String.format("l-%03d", i)).append("rev", 1 + i % 3)
				.append("dirty", i % 2 == 0)
				.append("status", statuses[i % statuses.length])
				.append("seller",
						new Document("id", "s-" + (i % 7)).append("status", (i % 7 == 1) ? "SUSPENDED" : "ACTIVE"))
				.append("tags", (i % 3 == 0) ? List.of("silver", "filigree") : List.of("wool"));
			if (i % 4 != 0) {
				listing.append("stock", i % 5);
			}
			if (i % 2 == 0) {
				listing.append("dirtySince", new java.util.Date(1_000_000L * i));
			}
			listings.add(listing);
		}
		listings.set(12, listings.get(12).append("status", "DRAFT"));
		listings.set(14, listings.get(14).append("stock", 5));
		listings.set(50, listings.get(50).append("status", "PUBLISHED"));
		Collections.shuffle(listings, new Random(20261123));
		return listings;
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

	private record Pair(MongoClient plainClient, MongoClient indexedClient) {

		Object plain(Function<MongoCollection<Document>, Object> work) {
			return work.apply(this.plainClient.getDatabase("probe").getCollection("listings"));
		}

		Object indexed(Function<MongoCollection<Document>, Object> work) {
			return work.apply(this.indexedClient.getDatabase("probe").getCollection("listings"));
		}

		/** The plain server's, then the indexed one's collection statistics. */
		List<List<Object>> statistics() {
			return List.of(statistics(this.plainClient), statistics(this.indexedClient));
		}

		private static List<Object> statistics(MongoClient client) {
			Document stats = Mono.from(client.getDatabase("probe").runCommand(new Document("collStats", "listings")))
				.block();
			return List.of(stats.get("size"), stats.get("count"));
		}

		void both(Function<MongoCollection<Document>, Object> work) {
			plain(work);
			indexed(work);
		}

	}

	private record Query(String filter, String sort, int skip, int limit, String projection) {

		Object run(MongoCollection<Document> collection) {
			Document parsed = Document.parse(this.filter);
			FindPublisher<Document> find = collection.find(parsed);
			if (this.sort != null) {
				find = find.sort(Document.parse(this.sort));
			}
			if (this.skip > 0) {
				find = find.skip(this.skip);
			}
			if (this.limit > 0) {
				find = find.limit(this.limit);
			}
			if (this.projection != null) {
				find = find.projection(Document.parse(this.projection));
			}
			List<Object> answer = new ArrayList<>();
			try {
				answer.add(Flux.from(find).collectList().block());
			}
			catch (RuntimeException ex) {
				answer.add("error: " + ex.getMessage());
			}
			answer.add(Mono.from(collection.countDocuments(parsed)).onErrorResume((ex) -> Mono.just(-1L)).block());
			return answer;
		}

	}

}
