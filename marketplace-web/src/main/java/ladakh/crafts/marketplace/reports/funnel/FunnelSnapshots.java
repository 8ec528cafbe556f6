package ladakh.crafts.marketplace.reports.funnel;

import java.time.Clock;

import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department's funnel, built from every batch and its trainees' sellers
 * ({@link Funnel#rows}) and kept ({@code report_funnel}): built again by
 * {@link FunnelRefresh} every {@code marketplace.reports.funnel-refresh} (an hour unless
 * told), and on the first request when none is kept yet. A page reads the kept one by its
 * id; it says when it was built.
 */
@Service
public class FunnelSnapshots {

	private final Funnel funnel;

	private final FunnelSnapshotRepository snapshots;

	private final Clock clock;

	private volatile Mono<FunnelSnapshot> building;

	FunnelSnapshots(Funnel funnel, FunnelSnapshotRepository snapshots, Clock clock) {
		this.funnel = funnel;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	/** The kept funnel, built now if none is kept. */
	public Mono<FunnelSnapshot> current() {
		return this.snapshots.find().switchIfEmpty(Mono.defer(this::rebuild));
	}

	/**
	 * Builds the funnel as of today and keeps it; requests that come while one build runs
	 * share it.
	 */
	public Mono<FunnelSnapshot> rebuild() {
		Mono<FunnelSnapshot> running = this.building;
		if (running != null) {
			return running;
		}
		Mono<FunnelSnapshot> build = Mono.defer(() -> {
			java.time.Instant at = this.clock.instant();
			java.time.LocalDate today = IndiaTime.dayOf(at);
			return this.funnel.rows(today)
				.collectList()
				.map((rows) -> new FunnelSnapshot(at, today, this.funnel.earningPerYear().minor(), rows))
				.flatMap(this.snapshots::save);
		})
			// Cleared before the result reaches anyone: a rebuild asked for after this
			// one has answered builds anew.
			.doOnTerminate(() -> this.building = null)
			.cache();
		this.building = build;
		return build;
	}

	/**
	 * Who the quiet list of a centre is, as of today (read live: one centre's batches).
	 */
	public reactor.core.publisher.Flux<QuietExTrainee> quiet(String centreId) {
		return this.funnel.quiet(centreId, IndiaTime.dayOf(this.clock.instant()));
	}

}
