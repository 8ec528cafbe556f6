package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections the sync reads with, applied by the in-process MongoDB server: what
 * they leave out never changes the search document.
 */
@SyncTest
class ListingProjectionTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);

	private final ListingDocuments documents = new ListingDocuments(TODAY);

	@Autowired
	MongoClient mongo;

	@Autowired
	ElasticsearchClient elasticsearch;

	private SyncWorld world;

	@BeforeEach
	void world() {
		this.world = new SyncWorld("projection", this.mongo, this.elasticsearch);
	}

	@AfterEach
	void cleanUp() {
		this.world.close();
	}

	@Test
	void theFieldsTheSyncReadsAreAllItNeeds() {
		Document listing = ListingDocumentsTests.listing("PUBLISHED")
			.append("publishedAt", new Date(1_700_000_050_000L))
			.append("dimensions", new Document("lengthCm", 200))
			.append("careNotes", new Document("en", "Dry clean only"))
			.append("holds", List.of(new Document("key", "ord-1:1").append("quantity", 1)))
			.append("dirty", true);
		Document seller = ListingDocumentsTests.seller("ACTIVE", "2027-03-31")
			.append("_id", "art-projection")
			.append("mobile", "9419000000")
			.append("bankAccount", new Document("ifsc", "SBIN0000001"));
		Document craft = ListingDocumentsTests.craft()
			.append("_id", "projection-craft")
			.append("story", new Document("en", "Combed from the Changthangi goat"));

		Document projectedListing = stored("listings", listing, ListingDocuments.LISTING_FIELDS);
		assertThat(projectedListing).doesNotContainKeys("dimensions", "careNotes", "holds", "dirty");
		assertThat(projectedListing.getList("photos", Document.class)).extracting((photo) -> photo.keySet())
			.containsOnly(Set.of("thumbId"));
		assertThat(this.documents.build(projectedListing, stored("sellers", seller, ListingDocuments.SELLER_FIELDS),
				stored("crafts", craft, ListingDocuments.CRAFT_FIELDS), List.of()))
			.isEqualTo(this.documents.build(listing, seller, craft, List.of()));
	}

	/** The document as the server returns it through the projection. */
	private Document stored(String collection, Document document, List<String> fields) {
		MongoCollection<Document> target = this.world.database.getCollection(collection);
		Mono.from(target.insertOne(document)).block();
		return Mono
			.from(target.find(new Document("_id", document.get("_id"))).projection(Projections.include(fields)).first())
			.block();
	}

}
