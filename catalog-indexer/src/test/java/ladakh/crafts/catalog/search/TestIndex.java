package ladakh.crafts.catalog.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import ladakh.crafts.catalog.index.CatalogIndexDefinition;
import ladakh.crafts.catalog.index.ListingDocument;
import ladakh.crafts.catalog.index.Localized;

/**
 * A listing index of a test's own, created from the shipped definition behind the test's
 * alias and filled with documents built directly (not through the sync).
 */
final class TestIndex {

	private final ElasticsearchClient client;

	private final String alias;

	TestIndex(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	/** Drops whatever an earlier run left behind the alias and creates a fresh index. */
	TestIndex recreate() {
		try {
			if (this.client.indices().existsAlias((e) -> e.name(this.alias)).value()) {
				for (String index : this.client.indices().getAlias((g) -> g.name(this.alias)).result().keySet()) {
					this.client.indices().delete((d) -> d.index(index));
				}
			}
			CatalogIndexDefinition definition = CatalogIndexDefinition.current();
			String physical = definition.physicalName(this.alias, Instant.now());
			this.client.indices().create((c) -> c.index(physical).withJson(new StringReader(definition.json())));
			this.client.indices().putAlias((p) -> p.index(physical).name(this.alias));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void index(List<ListingDocument> documents) {
		try {
			for (int start = 0; start < documents.size(); start += 2000) {
				List<ListingDocument> chunk = documents.subList(start, Math.min(documents.size(), start + 2000));
				BulkResponse response = this.client.bulk((b) -> {
					chunk.forEach((doc) -> b.operations((op) -> op.index((i) -> i.index(this.alias)
						.id(doc.id())
						.version(doc.rev())
						.versionType(co.elastic.clients.elasticsearch._types.VersionType.External)
						.document(doc))));
					return b;
				});
				if (response.errors()) {
					throw new IllegalStateException("bulk failed: " + response.items()
						.stream()
						.filter((item) -> item.error() != null)
						.findFirst()
						.map((item) -> item.error().reason())
						.orElse("?"));
				}
			}
			this.client.indices().refresh((r) -> r.index(this.alias));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Builder listing(String id) {
		return new Builder(id);
	}

	/**
	 * A searchable, in-stock listing of a verified artisan in Leh unless told otherwise.
	 */
	static final class Builder {

		private final String id;

		private String titleEn = "Untitled";

		private String titleHi;

		private String description = "Made in Ladakh";

		private String craft = "wood-carving";

		private String craftEn = "Wood carving";

		private String craftHi = "काष्ठ नक्काशी";

		private long price = 250_000L;

		private boolean inStock = true;

		private boolean verified = true;

		private boolean searchable = true;

		private String sellerId = "art-test";

		private String sellerType = "ARTISAN";

		private String district = "LEH";

		private long createdAt = 1_700_000_000_000L;

		private List<String> colours = List.of();

		Builder(String id) {
			this.id = id;
		}

		Builder title(String en) {
			this.titleEn = en;
			return this;
		}

		Builder titleHi(String hi) {
			this.titleHi = hi;
			return this;
		}

		Builder description(String text) {
			this.description = text;
			return this;
		}

		Builder craft(String slug, String en, String hi) {
			this.craft = slug;
			this.craftEn = en;
			this.craftHi = hi;
			return this;
		}

		Builder price(long paise) {
			this.price = paise;
			return this;
		}

		Builder inStock(boolean value) {
			this.inStock = value;
			return this;
		}

		Builder verified(boolean value) {
			this.verified = value;
			return this;
		}

		Builder searchable(boolean value) {
			this.searchable = value;
			return this;
		}

		Builder seller(String id, String type, String district) {
			this.sellerId = id;
			this.sellerType = type;
			this.district = district;
			return this;
		}

		Builder colours(String... codes) {
			this.colours = List.of(codes);
			return this;
		}

		Builder createdAt(long millis) {
			this.createdAt = millis;
			return this;
		}

		ListingDocument build() {
			return new ListingDocument(this.id, 1, this.searchable ? "PUBLISHED" : "REMOVED", this.searchable,
					new Localized(this.titleEn, this.titleHi), new Localized(this.description, null), this.craft,
					new Localized(this.craftEn, this.craftHi), List.of("wool"), this.price, "INR", this.inStock,
					this.inStock ? 3 : 0, false, null, false, null, null, this.sellerId, "Seller " + this.sellerId,
					this.sellerType, this.district, "LEH/HC/2024/0001", "ACTIVE", this.verified, List.of(),
					this.createdAt, this.createdAt, this.createdAt, this.colours);
		}

		String craft() {
			return this.craft;
		}

	}

}
