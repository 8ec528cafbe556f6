package ladakh.crafts.marketplace.training;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How other areas (the reports' funnel) read the trainees: the batches with their
 * trainees inside, streamed a page of {@value #PAGE} batches at a time by id, or one
 * centre's. Never every batch held at once.
 */
@Service
public class ExTrainees {

	/** Batches read in one query. */
	public static final int PAGE = 100;

	private final BatchRepository batches;

	ExTrainees(BatchRepository batches) {
		this.batches = batches;
	}

	/** Every batch of every centre, by id, read a page at a time as they are consumed. */
	public Flux<Batch> everyBatch() {
		return page(null).expand((page) -> (page.size() < PAGE) ? Mono.empty() : page(page.get(page.size() - 1).id()))
			.concatMapIterable((page) -> page);
	}

	/** A centre's batches, latest start first. */
	public Flux<Batch> ofCentre(String centreId) {
		return this.batches.eachOfCentre(centreId);
	}

	private Mono<List<Batch>> page(String afterId) {
		return this.batches.byId(afterId, PAGE).collectList();
	}

}
