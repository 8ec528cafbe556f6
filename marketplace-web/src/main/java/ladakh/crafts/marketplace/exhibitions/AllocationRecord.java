package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.util.Objects;

/**
 * An exhibition's draw: claimed by the officer who starts it (one per exhibition), then
 * done, with everything it read and gave, published so anyone can run it again.
 *
 * @param exhibitionId the exhibition (also the record's id)
 * @param by the officer's user id
 * @param startedAt when the draw was started
 * @param result the draw's inputs and result, or null while it runs
 */
public record AllocationRecord(String exhibitionId, String by, Instant startedAt, AllocationResult result) {

	public AllocationRecord {
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(startedAt, "startedAt");
	}

	public boolean done() {
		return this.result != null;
	}

}
