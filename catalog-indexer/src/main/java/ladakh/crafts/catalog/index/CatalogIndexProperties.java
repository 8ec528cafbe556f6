package ladakh.crafts.catalog.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Names of the listing index. Searches and the sync use only the alias; the physical
 * indices behind it are {@code <alias>-v<definition version>-<timestamp>} so a rebuild
 * can build a new one and swap the alias atomically.
 *
 * @param alias the read/write alias (tests use their own so they never meet)
 */
@ConfigurationProperties("marketplace.catalog.index")
public record CatalogIndexProperties(@DefaultValue("catalog-listings") String alias) {

}
