package ladakh.crafts.catalog.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The listing index's settings, analyzers and mappings: one versioned definition, in
 * {@code catalog/listings-index.json}, that works on the local node (with the project's
 * analysis plugin) and on a full Elasticsearch 8.19. Changing it means raising its
 * {@code _meta.version}, which makes the sync rebuild the index into a new physical
 * index.
 */
public final class CatalogIndexDefinition {

	private static final String RESOURCE = "catalog/listings-index.json";

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final String json;

	private final int version;

	private CatalogIndexDefinition(String json) {
		this.json = json;
		Matcher matcher = VERSION.matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException(RESOURCE + " has no _meta.version");
		}
		this.version = Integer.parseInt(matcher.group(1));
	}

	/** The definition shipped with this build. */
	public static CatalogIndexDefinition current() {
		try (InputStream in = CatalogIndexDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return new CatalogIndexDefinition(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The body of a create-index request: {@code {"settings": ..., "mappings": ...}}. */
	public String json() {
		return this.json;
	}

	/** The definition's version, also stored in the mapping's {@code _meta}. */
	public int version() {
		return this.version;
	}

	/**
	 * A new physical index's name.
	 * @param alias the alias it will serve
	 * @param now when it is created
	 * @return e.g. {@code catalog-listings-v1-20261123012000}
	 */
	public String physicalName(String alias, Instant now) {
		return alias + "-v" + this.version + "-" + STAMP.format(now);
	}

}
