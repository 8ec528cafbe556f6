package ladakh.crafts.marketplace.exhibitions;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the exhibitions area's indexes at start (creating an existing index is a
 * no-op).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExhibitionsIndexes implements ApplicationRunner {

	private final ExhibitionRepository exhibitions;

	private final StallAllocationRepository allocations;

	private final StallApplicationRepository applications;

	private final StallWaitlistRepository waitlist;

	ExhibitionsIndexes(ExhibitionRepository exhibitions, StallAllocationRepository allocations,
			StallApplicationRepository applications, StallWaitlistRepository waitlist) {
		this.exhibitions = exhibitions;
		this.allocations = allocations;
		this.applications = applications;
		this.waitlist = waitlist;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exhibitions.createIndexes()
			.then(this.allocations.createIndexes())
			.then(this.applications.createIndexes())
			.then(this.waitlist.createIndexes())
			.block(Duration.ofMinutes(1));
	}

}
