package ladakh.crafts.marketplace.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.RequestContext;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.ElasticsearchCatalogSearch;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.ReactorRequestContexts;
import org.bson.BsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages that list listings answer from the catalog index (decision 44): with
 * the index up, the home page, a shop page, a craft page and the search page send no
 * command to MongoDB's {@code listings} (the driver's {@link CommandListener} sees every
 * command; a request's commands carry its marker through the Reactor context, so the
 * sync's own reads are not counted), and a listing changed in MongoDB behind the sync's
 * back still shows as the index has it.
 */
@MockServerTest
@Import(StorefrontReadsTheIndexTests.CountingCommands.class)
class StorefrontReadsTheIndexTests {

	private static final String MARKER = "storefront-commands";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Commands commands;

	/** The real query API over the index (not a fake): no bean, no context, a failure. */
	@Autowired
	CatalogSearch search;

	private StorefrontFixtures catalogue;

	private String artisan;

	private String listing;

	private String craft;

	@BeforeEach
	void seedAndIndex() {
		assertThat(this.search).isInstanceOf(ElasticsearchCatalogSearch.class);
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.craft = "index-reads-" + this.catalogue.run;
		this.artisan = this.catalogue.id("art-ir");
		this.listing = this.catalogue.id("lst-ir");
		this.catalogue.craft(this.craft, "Index craft", "सूचकांक शिल्प")
			.seller(this.artisan, "ARTISAN", "Rigzin Index", "LEH/HC/2025/0555", "ACTIVE",
					LocalDate.now().plusYears(2));
		// Newer than anything else in the shared database, so it is on the home page.
		this.catalogue.listing(this.listing, this.artisan, this.craft, "Indexed prayer wheel", null, 350_000L,
				"PUBLISHED", Instant.now().plusSeconds(7_300L * 24 * 3600));
		this.catalogue.awaitIndexed(Query.query(Criteria.where("sellerId").is(this.artisan)));
	}

	@Test
	void theListingPagesSendNoQueryToTheListingsCollection() {
		for (String path : List.of("/", "/sellers/" + this.artisan, "/crafts/" + this.craft,
				"/search?craft=" + this.craft)) {
			String run = UUID.randomUUID().toString();
			String html = page(path, run);
			assertThat(html).as(path).contains("Indexed prayer wheel");
			List<String> sent = this.commands.of(run);
			assertThat(sent).as("%s sent %s", path, sent)
				.isNotEmpty()
				.noneMatch((command) -> command.endsWith(" listings"));
		}
	}

	@Test
	void theHomePagesCountsAreNotCountedAgainOnTheNextRequest() {
		page("/", UUID.randomUUID().toString());
		String run = UUID.randomUUID().toString();

		assertThat(page("/", run)).contains("<dt>Artisans</dt>");
		assertThat(this.commands.of(run)).as("commands of the second request")
			.noneMatch((command) -> command.startsWith("count ") || command.startsWith("aggregate "));
	}

	@Test
	void aChangeMadeBehindTheSyncsBackShowsAsTheIndexHasIt() {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.listing)),
					Update.update("title.en", "Renamed behind the sync"), "listings")
			.block();

		assertThat(page("/sellers/" + this.artisan, "unmarked")).contains("Indexed prayer wheel")
			.doesNotContain("Renamed behind the sync");
		assertThat(page("/", "unmarked")).contains("Indexed prayer wheel");
		assertThat(page("/listings/" + this.listing, "unmarked")).as("the product page reads MongoDB")
			.contains("Renamed behind the sync");
	}

	@Test
	void aShopPageShowsItsProductsAPageAtATimeFromTheIndex() {
		for (int i = 1; i <= 25; i++) {
			this.catalogue.listing(this.catalogue.id("lst-ir-more-" + i), this.artisan, this.craft, "Shelf bowl " + i,
					null, 10_000L * i, "PUBLISHED", Instant.now().minusSeconds(i));
		}
		this.catalogue.awaitIndexed(Query.query(Criteria.where("sellerId").is(this.artisan)));

		String first = page("/sellers/" + this.artisan, "unmarked");
		String second = page("/sellers/" + this.artisan + "?page=2", "unmarked");

		assertThat(cards(first)).isEqualTo(24);
		assertThat(first)
			.contains("Indexed prayer wheel", "Shelf bowl 1<", "rel=\"next\"",
					"href=\"/sellers/" + this.artisan + "?page=2\"")
			.doesNotContain("rel=\"prev\"", "Shelf bowl 24<");
		assertThat(cards(second)).isEqualTo(2);
		assertThat(second).contains("Shelf bowl 24<", "Shelf bowl 25<", "rel=\"prev\"").doesNotContain("rel=\"next\"");
		this.http.get().uri("/sellers/" + this.artisan + "?page=0").exchange().expectStatus().isBadRequest();
	}

	private static int cards(String html) {
		return html.split("class=\"card product-card\"", -1).length - 1;
	}

	private String page(String path, String run) {
		return this.http.get()
			.uri(path)
			.header(MARKER, run)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The commands seen with the marker of the request that sent each. */
	static final class Commands implements CommandListener {

		private final ConcurrentLinkedQueue<String[]> seen = new ConcurrentLinkedQueue<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			RequestContext context = event.getRequestContext();
			Object run = (context != null && context.hasKey(MARKER)) ? context.get(MARKER) : null;
			if (run != null) {
				String target = (event.getCommand().get(event.getCommandName()) instanceof BsonString name)
						? name.getValue() : "";
				this.seen.add(new String[] { run.toString(), event.getCommandName() + " " + target });
			}
		}

		List<String> of(String run) {
			return this.seen.stream().filter((command) -> command[0].equals(run)).map((command) -> command[1]).toList();
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

		/** Puts a request's marker header into its Reactor context. */
		@Bean
		WebFilter commandMarker() {
			return (exchange, chain) -> {
				String run = exchange.getRequest().getHeaders().getFirst(MARKER);
				return (run != null) ? chain.filter(exchange).contextWrite((context) -> context.put(MARKER, run))
						: chain.filter(exchange);
			};
		}

	}

}
