package ladakh.crafts.catalog;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once started, whether the indexer reached both engines; the same
 * checks are served at {@code /actuator/health}.
 */
@Component
class EngineHealthReport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EngineHealthReport.class);

	private final Map<String, ReactiveHealthIndicator> indicators;

	EngineHealthReport(Map<String, ReactiveHealthIndicator> indicators) {
		this.indicators = indicators;
	}

	@Override
	public void run(ApplicationArguments args) {
		Flux.fromIterable(this.indicators.entrySet())
			.flatMap((entry) -> entry.getValue()
				.health()
				.map((health) -> entry.getKey().replace("HealthIndicator", "") + " " + health.getStatus() + " "
						+ health.getDetails()))
			.collectList()
			.subscribe((lines) -> log.info("Catalog indexer started; engines: {}", lines),
					(error) -> log.warn("Catalog indexer could not check its engines: {}", error.getMessage()));
	}

}
