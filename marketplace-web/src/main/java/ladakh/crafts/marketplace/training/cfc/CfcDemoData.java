package ladakh.crafts.marketplace.training.cfc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The common facility centre the department's news names: the new CFC at Trespone
 * (Kargil), its machines procured under the Special Development Package (SDP), one of
 * them out of order for five weeks (trainees complained of machines not serviced), and a
 * past booking in its usage log. Makes and models are illustrative. Fixed ids; every
 * write only fills what is absent.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class CfcDemoData {

	static final String TRESPONE = "cfc-trespone";

	/** Written out: a page showing "SDP" alone would show a code. */
	private static final String SCHEME = "Special Development Package";

	private final CfcRepository centres;

	private final MachineRepository machines;

	private final MachineEventRepository events;

	private final BookingRepository bookings;

	private final Clock clock;

	CfcDemoData(CfcRepository centres, MachineRepository machines, MachineEventRepository events,
			BookingRepository bookings, Clock clock) {
		this.centres = centres;
		this.machines = machines;
		this.events = events;
		this.bookings = bookings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		LocalDate installed = LocalDate.of(2022, 11, 15);
		LocalDate broke = today.minusDays(35);
		Instant at = this.clock.instant();
		List<Machine> all = List.of(
				Machine.installed("mch-trespone-1", TRESPONE, "Jacquard handloom", "Kashmir Loom Works", "JH-120",
						SCHEME, installed),
				Machine.installed("mch-trespone-2", TRESPONE, "Pashmina dehairing machine", "Himalayan Fibre Tools",
						"DH-4", SCHEME, installed),
				Machine.installed("mch-trespone-3", TRESPONE, "Carpet loom (vertical)", "Kashmir Loom Works", "CV-8",
						SCHEME, installed),
				new Machine("mch-trespone-4", TRESPONE, "Wood carving router", "Suru Valley Machines", "WR-2", SCHEME,
						installed, Machine.Status.OUT_OF_ORDER, broke, null, 1));
		this.centres
			.insertIfAbsent(new Cfc(TRESPONE, "Common Facility Centre, Trespone", "KARGIL", "Trespone", installed))
			.thenMany(Flux.fromIterable(all).concatMap(this.machines::insertIfAbsent))
			.then(this.events
				.insertIfAbsent(new MachineEvent("mch-trespone-4:v1", "mch-trespone-4", MachineEvent.Kind.BREAKDOWN,
						broke, "Spindle motor burnt out; waiting for a spare part", "usr-demo-officer", at)))
			.then(this.bookings.insertIfAbsent(new Booking("mch-trespone-1:2026-11-20:MORNING", "mch-trespone-1",
					TRESPONE, LocalDate.of(2026, 11, 20), Booking.Slot.MORNING, "art-0003", "usr-demo-seller", at)))
			.then(Mono.empty())
			.block(Duration.ofMinutes(1));
	}

}
