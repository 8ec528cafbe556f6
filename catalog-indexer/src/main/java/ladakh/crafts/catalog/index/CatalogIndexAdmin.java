package ladakh.crafts.catalog.index;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical indices behind the alias: bootstrap at start, create one for a rebuild,
 * swap the alias atomically, delete the old one. Blocking calls: used by the sync's own
 * thread and by status reads on boundedElastic, never on a request thread.
 */
public class CatalogIndexAdmin {

	private static final Logger log = LoggerFactory.getLogger(CatalogIndexAdmin.class);

	private final ElasticsearchClient client;

	private final String alias;

	private final CatalogIndexDefinition definition;

	private final Clock clock;

	public CatalogIndexAdmin(ElasticsearchClient client, CatalogIndexProperties properties,
			CatalogIndexDefinition definition, Clock clock) {
		this.client = client;
		this.alias = properties.alias();
		this.definition = definition;
		this.clock = clock;
	}

	public String alias() {
		return this.alias;
	}

	public CatalogIndexDefinition definition() {
		return this.definition;
	}

	/**
	 * Makes sure the alias exists: creates a physical index from the current definition
	 * and points the alias at it when there is none.
	 * @return the physical index and whether it was built by an older definition (then it
	 * needs a rebuild)
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	public Bootstrap bootstrap() throws IOException {
		Optional<String> existing = physicalIndex();
		if (existing.isPresent()) {
			int version = definitionVersion(existing.get());
			return new Bootstrap(existing.get(), version, false, version < this.definition.version());
		}
		String physical = createPhysical();
		try {
			this.client.indices()
				.updateAliases((u) -> u.actions((a) -> a.add((add) -> add.index(physical).alias(this.alias))));
		}
		catch (ElasticsearchException ex) {
			deleteQuietly(physical);
			throw ex;
		}
		// Two writers of separate databases (tests) may bootstrap the same alias at once:
		// the first name in order wins, the others withdraw, so the alias never stays on
		// two indices.
		String winner = physicalIndex().orElse(physical);
		if (!winner.equals(physical)) {
			this.client.indices()
				.updateAliases((u) -> u.actions((a) -> a.remove((r) -> r.index(physical).alias(this.alias))));
			deleteQuietly(physical);
			int version = definitionVersion(winner);
			return new Bootstrap(winner, version, false, version < this.definition.version());
		}
		log.info("Catalog index: created {} (definition v{}) behind the alias {}", physical, this.definition.version(),
				this.alias);
		return new Bootstrap(physical, this.definition.version(), true, false);
	}

	/** The physical index the alias points at, if the alias exists. */
	public Optional<String> physicalIndex() throws IOException {
		if (!this.client.indices().existsAlias((e) -> e.name(this.alias)).value()) {
			return Optional.empty();
		}
		return this.client.indices()
			.getAlias((g) -> g.name(this.alias))
			.result()
			.keySet()
			.stream()
			.sorted()
			.findFirst();
	}

	/** The {@code _meta.version} of a physical index's mapping (0 when it has none). */
	public int definitionVersion(String physical) throws IOException {
		GetMappingResponse mapping = this.client.indices().getMapping((g) -> g.index(physical));
		var record = mapping.result().get(physical);
		if (record == null || record.mappings().meta() == null) {
			return 0;
		}
		JsonData version = record.mappings().meta().get("version");
		return (version != null) ? version.to(Integer.class) : 0;
	}

	/** Creates a new, empty physical index from the current definition. */
	public String createPhysical() throws IOException {
		String stamped = this.definition.physicalName(this.alias, this.clock.instant());
		// Two creations in one second (tests, a quick second rebuild) keep unique names.
		String name = this.client.indices().exists((e) -> e.index(stamped)).value()
				? stamped + "-" + Long.toString(System.nanoTime() % 1_000_000, 36) : stamped;
		this.client.indices().create((c) -> c.index(name).withJson(new StringReader(this.definition.json())));
		return name;
	}

	/**
	 * Points the alias from one physical index to another in one {@code _aliases}
	 * request, so readers and writers never see no index or two.
	 */
	public void swapAlias(String from, String to) throws IOException {
		this.client.indices()
			.updateAliases((u) -> u.actions((a) -> a.remove((r) -> r.index(from).alias(this.alias)))
				.actions((a) -> a.add((add) -> add.index(to).alias(this.alias))));
		log.info("Catalog index: alias {} swapped from {} to {}", this.alias, from, to);
	}

	/** Makes everything written so far searchable. */
	public void refresh(String index) throws IOException {
		this.client.indices().refresh((r) -> r.index(index));
	}

	public void delete(String physical) throws IOException {
		this.client.indices().delete((d) -> d.index(physical));
	}

	public void deleteQuietly(String physical) {
		try {
			delete(physical);
		}
		catch (IOException | ElasticsearchException ex) {
			log.warn("Catalog index: could not delete {}: {}", physical, ex.getMessage());
		}
	}

	/**
	 * What the bootstrap found.
	 *
	 * @param physical the index behind the alias
	 * @param version the definition version it was built with
	 * @param created whether it was created just now
	 * @param outdated whether an older definition built it
	 */
	public record Bootstrap(String physical, int version, boolean created, boolean outdated) {

	}

}
