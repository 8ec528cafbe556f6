package ladakh.crafts.marketplace.demo;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of the demo data loader added.
 *
 * @param inserted documents inserted per collection (0 where they were already there)
 * @param photoFilesStored GridFS files uploaded (images plus thumbnails)
 * @param duration how long the run took
 */
public record DemoLoadReport(Map<String, Integer> inserted, int photoFilesStored, Duration duration) {

	public DemoLoadReport {
		inserted = Collections.unmodifiableMap(new LinkedHashMap<>(inserted));
	}

	public boolean addedNothing() {
		return this.photoFilesStored == 0 && this.inserted.values().stream().allMatch((count) -> count == 0);
	}

}
