package ladakh.crafts.embedded;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Ties the engines started by {@link EmbeddedEnginesEnvironmentPostProcessor} to the
 * application's lifecycle.
 */
@AutoConfiguration
public class EmbeddedEnginesAutoConfiguration {

	@Bean
	EmbeddedEnginesLifecycle embeddedEnginesLifecycle() {
		return EmbeddedEngines.current()
			.map(EmbeddedEnginesLifecycle::new)
			.orElseGet(() -> new EmbeddedEnginesLifecycle(null));
	}

}
