package ladakh.crafts.marketplace.deputations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's deputation: the exhibitions' demo data announces and draws the IITF 2026
 * (eight places); this makes it a deputation to Delhi and records each participant's
 * travel, as the officer did in November. Stored once, when the deputation is absent and
 * the draw is recorded; quick on every later start (one read).
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class DeputationsDemoData {

	static final String IITF = "iitf-2026";

	/** The demo's officer (accounts' demo account {@code officer@demo.ladakh}). */
	static final String OFFICER = "usr-demo-officer";

	private final DeputationRepository deputations;

	private final DeputationDesk desk;

	DeputationsDemoData(DeputationRepository deputations, DeputationDesk desk) {
		this.deputations = deputations;
		this.desk = desk;
	}

	/** After the exhibitions' demo data has drawn the IITF's places. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	void load() {
		load(IITF).block(Duration.ofMinutes(1));
	}

	/**
	 * Makes the drawn exhibition a deputation with its participants' travel.
	 * @return whether it was stored now
	 */
	Mono<Boolean> load(String exhibitionId) {
		return this.deputations.find(exhibitionId)
			.map((found) -> false)
			.switchIfEmpty(Mono.zip(this.desk.exhibition(exhibitionId), this.desk.placed(exhibitionId))
				.filter((drawn) -> !drawn.getT2().isEmpty())
				.flatMap((drawn) -> this.deputations.insert(deputation(drawn.getT1(), drawn.getT2())).thenReturn(true))
				// Another instance came first, or an officer made it one.
				.onErrorResume(Refusal.class, (ex) -> Mono.just(false)))
			.defaultIfEmpty(false);
	}

	/**
	 * Everyone with a place leaves Leh two or three days before the fair and is back two
	 * days after it, as recorded a week before they left.
	 */
	static Deputation deputation(Exhibition exhibition, List<AllocationResult.Placement> placed) {
		Deputation deputation = new Deputation(exhibition.id(), Destination.IITF_DELHI,
				exhibition.plan().stalls().size(), List.of(), 0);
		for (int i = 0; i < placed.size(); i++) {
			LocalDate departs = exhibition.startsOn().minusDays(2 + (i % 2));
			Instant at = departs.minusDays(7).atTime(LocalTime.of(11, 0)).atZone(IndiaTime.ZONE).toInstant();
			deputation = deputation.withTravel(placed.get(i).sellerId(), departs, exhibition.endsOn().plusDays(2),
					exhibition.startsOn(), exhibition.endsOn(), OFFICER, at);
		}
		return deputation;
	}

}
