package ladakh.crafts.embedded;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;

/**
 * When the application fails to start, stops the engines it started, so the JVM can exit
 * and no Elasticsearch node is left behind (the in-process server's threads would keep
 * the JVM alive).
 */
public class StopEnginesOnFailedStart implements ApplicationListener<ApplicationFailedEvent> {

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		EmbeddedEngines.current().filter((engines) -> !engines.sharedByTests()).ifPresent(EmbeddedEngines::stop);
	}

}
