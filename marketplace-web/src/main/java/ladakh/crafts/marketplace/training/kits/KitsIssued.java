package ladakh.crafts.marketplace.training.kits;

import java.time.Instant;

import ladakh.crafts.marketplace.training.KitCell;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * The subsidy kits issued in a period, summed by centre and scheme in the database (for
 * {@link ladakh.crafts.marketplace.training.KitSums}).
 */
@Service
public class KitsIssued {

	private final KitApplicationRepository kits;

	KitsIssued(KitApplicationRepository kits) {
		this.kits = kits;
	}

	public Flux<KitCell> between(Instant from, Instant to) {
		return this.kits.issuedBetween(from, to)
			.map((sum) -> new KitCell(sum.centreId(), sum.schemeId(), sum.kits(), sum.cost(), sum.share()));
	}

}
