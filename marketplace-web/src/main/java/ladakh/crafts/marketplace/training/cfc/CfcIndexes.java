package ladakh.crafts.marketplace.training.cfc;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the common facility centres' indexes at start (an existing one is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CfcIndexes implements ApplicationRunner {

	private final CfcRepository centres;

	private final MachineRepository machines;

	private final BookingRepository bookings;

	private final MachineEventRepository events;

	CfcIndexes(CfcRepository centres, MachineRepository machines, BookingRepository bookings,
			MachineEventRepository events) {
		this.centres = centres;
		this.machines = machines;
		this.bookings = bookings;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.centres.createIndexes()
			.then(this.machines.createIndexes())
			.then(this.bookings.createIndexes())
			.then(this.events.createIndexes())
			.block(Duration.ofMinutes(1));
	}

}
