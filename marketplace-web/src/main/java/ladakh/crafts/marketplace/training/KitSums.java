package ladakh.crafts.marketplace.training;

import java.time.Instant;

import ladakh.crafts.marketplace.training.kits.KitsIssued;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * Subsidy kits issued over a period, for the financial-year reports (issue 18): a kit
 * counts when it leaves the store (ISSUED), in the period of its issue.
 */
@Service
public class KitSums {

	private final KitsIssued issued;

	KitSums(KitsIssued issued) {
		this.issued = issued;
	}

	/** The kits issued in {@code [from, to)}, by centre and scheme. */
	public Flux<KitCell> issuedBetween(Instant from, Instant to) {
		return this.issued.between(from, to);
	}

}
