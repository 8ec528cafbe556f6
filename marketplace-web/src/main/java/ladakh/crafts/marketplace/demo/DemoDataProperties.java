package ladakh.crafts.marketplace.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether and how to load the demo data at start.
 *
 * @param enabled load the demo data when the application starts (the embedded defaults
 * turn this on when no MongoDB is configured)
 * @param photoParallelism how many photos to paint at once; 0 means one per processor
 */
@ConfigurationProperties("marketplace.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0") int photoParallelism) {

	public DemoDataProperties {
		if (photoParallelism < 0) {
			throw new IllegalArgumentException("marketplace.demo-data.photo-parallelism must not be negative");
		}
		if (photoParallelism == 0) {
			photoParallelism = Runtime.getRuntime().availableProcessors();
		}
	}

}
