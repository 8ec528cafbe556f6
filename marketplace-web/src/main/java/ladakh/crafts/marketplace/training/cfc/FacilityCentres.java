package ladakh.crafts.marketplace.training.cfc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import org.springframework.stereotype.Service;

/**
 * Common facility centres: their machines (procured under a scheme, installed on a day),
 * breakdowns and servicing, and the slots registered artisans, SHGs and unit holders
 * book. A seller books only for the seller their account acts for; a slot is booked once
 * (see {@link Booking}).
 */
@Service
public class FacilityCentres {

	/** Who may book a machine. */
	public static final Set<SellerKind> MAY_BOOK = Set.of(SellerKind.ARTISAN, SellerKind.SHG, SellerKind.UNIT_HOLDER);

	/** How far ahead a slot may be booked. */
	static final int DAYS_AHEAD = 60;

	private final CfcRepository centres;

	private final MachineRepository machines;

	private final BookingRepository bookings;

	private final MachineEventRepository events;

	private final SellerDirectory sellers;

	private final AuditTrail audit;

	private final Clock clock;

	FacilityCentres(CfcRepository centres, MachineRepository machines, BookingRepository bookings,
			MachineEventRepository events, SellerDirectory sellers, AuditTrail audit, Clock clock) {
		this.centres = centres;
		this.machines = machines;
		this.bookings = bookings;
		this.events = events;
		this.sellers = sellers;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	public Flux<Cfc> centres() {
		return this.centres.all();
	}

	/** A centre with its machines; errors NOT_FOUND when there is none. */
	public Mono<CentreMachines> centre(String cfcId) {
		return this.centres.byId(cfcId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("cfc.refused.noCentre")))
			.flatMap((cfc) -> this.machines.atCentre(cfcId).collectList().map((all) -> new CentreMachines(cfc, all)));
	}

	/** Every centre with its machines, for the seller's booking page. */
	public Flux<CentreMachines> centresWithMachines() {
		return this.centres.all()
			.concatMap(
					(cfc) -> this.machines.atCentre(cfc.id()).collectList().map((all) -> new CentreMachines(cfc, all)));
	}

	/** Installs a machine at a centre. */
	public Mono<Machine> addMachine(String cfcId, String name, String make, String model, String scheme,
			LocalDate installedOn, MarketplaceUser by) {
		return this.centres.byId(cfcId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("cfc.refused.noCentre")))
			.flatMap((cfc) -> {
				Machine machine = Machine.installed("mch-" + UUID.randomUUID().toString().substring(0, 12), cfcId, name,
						make, model, scheme, installedOn);
				return this.machines.insert(machine)
					.flatMap((saved) -> this.audit
						.record(by, "CFC_MACHINE_ADDED", "CFC_MACHINE", saved.id(), null,
								Map.of("cfcId", cfcId, "name", name))
						.thenReturn(saved));
			});
	}

	/** A machine with its centre, history and bookings; NOT_FOUND when there is none. */
	public Mono<MachineHistory> machine(String machineId) {
		return machine0(machineId).flatMap((machine) -> Mono
			.zip(this.centres.byId(machine.cfcId()), this.events.ofMachine(machineId).collectList(),
					this.bookings.ofMachine(machineId).collectList())
			.flatMap((found) -> names(found.getT3()).map((names) -> new MachineHistory(machine, found.getT1(),
					found.getT2(), found.getT3(), names, today()))));
	}

	/** Records a breakdown: the machine is out of order from that day. */
	public Mono<Machine> breakdown(String machineId, LocalDate on, String note, MarketplaceUser by) {
		return record(machineId, MachineEvent.Kind.BREAKDOWN, on, note, by);
	}

	/** Records a servicing: the machine is in order from that day. */
	public Mono<Machine> servicing(String machineId, LocalDate on, String note, MarketplaceUser by) {
		return record(machineId, MachineEvent.Kind.SERVICING, on, note, by);
	}

	private Mono<Machine> record(String machineId, MachineEvent.Kind kind, LocalDate on, String note,
			MarketplaceUser by) {
		if (on.isAfter(today())) {
			return Mono.error(Refusal.invalid("cfc.refused.future").at("on"));
		}
		return machine0(machineId).flatMap((read) -> {
			Machine next = (kind == MachineEvent.Kind.BREAKDOWN) ? read.brokeDown(on) : read.serviced(on);
			return this.machines.moved(read, next)
				.flatMap((moved) -> this.events
					.insertIfAbsent(new MachineEvent(machineId + ":v" + next.version(), machineId, kind, on, note,
							by.id(), this.clock.instant()))
					.thenReturn(moved));
		});
	}

	/**
	 * Machines out of order for more than {@code days} days, the longest first, with
	 * their centres.
	 */
	public Mono<List<OutOfOrder>> outOfOrderFor(int days) {
		LocalDate today = today();
		return outOfOrderSince(today.minusDays(days + 1L), today);
	}

	/**
	 * Every machine out of order today, the longest first (at most
	 * {@value MachineRepository#MOST}), and how many there are in all.
	 */
	public Mono<Tuple2<Long, List<OutOfOrder>>> outOfOrderToday() {
		LocalDate today = today();
		return Mono.zip(this.machines.countOutOfOrderSince(today), outOfOrderSince(today, today));
	}

	private Mono<List<OutOfOrder>> outOfOrderSince(LocalDate onOrBefore, LocalDate today) {
		return this.machines.outOfOrderSince(onOrBefore)
			.concatMap((machine) -> this.centres.byId(machine.cfcId())
				.map((cfc) -> new OutOfOrder(machine, cfc, machine.daysOutOfOrder(today))))
			.collectList();
	}

	/**
	 * Books a slot for the seller the account acts for: an artisan, SHG or unit holder
	 * who may sell today, a machine in order, a day from today to 60 days ahead.
	 */
	public Mono<Booking> book(MarketplaceUser by, String machineId, LocalDate day, Booking.Slot slot) {
		String sellerId = by.sellerId();
		LocalDate today = today();
		if (sellerId == null) {
			return Mono.error(Refusal.forbidden("cfc.refused.notSeller"));
		}
		if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
			return Mono.error(Refusal.invalid("cfc.refused.day", DAYS_AHEAD).at("day"));
		}
		return this.sellers.standing(sellerId)
			.filter((standing) -> MAY_BOOK.contains(standing.kind()) && standing.sellsNow())
			.switchIfEmpty(Mono.error(() -> Refusal.forbidden("cfc.refused.kind")))
			.then(machine0(machineId))
			.flatMap((machine) -> {
				if (!machine.inOrder()) {
					return Mono.error(Refusal.conflict("cfc.refused.outOfOrder").at("machineId"));
				}
				return this.bookings.insert(new Booking(Booking.idOf(machineId, day, slot), machineId, machine.cfcId(),
						day, slot, sellerId, by.id(), this.clock.instant()));
			});
	}

	/** Cancels the seller's own coming booking; NOT_FOUND for any other. */
	public Mono<Void> cancel(MarketplaceUser by, String bookingId) {
		if (by.sellerId() == null) {
			return Mono.error(Refusal.notFound("cfc.refused.noBooking"));
		}
		return this.bookings.cancel(bookingId, by.sellerId(), today())
			.flatMap((cancelled) -> cancelled ? Mono.<Void>empty()
					: Mono.error(Refusal.notFound("cfc.refused.noBooking")));
	}

	/** The seller's bookings from today on. */
	public Flux<Booking> comingBookings(String sellerId) {
		return this.bookings.ofSellerFrom(sellerId, today());
	}

	private Mono<Machine> machine0(String machineId) {
		return this.machines.byId(machineId).switchIfEmpty(Mono.error(() -> Refusal.notFound("cfc.refused.noMachine")));
	}

	private Mono<Map<String, String>> names(List<Booking> bookings) {
		return this.sellers.names(bookings.stream().map(Booking::sellerId).distinct().toList());
	}

	/** A centre and its machines. */
	public record CentreMachines(Cfc cfc, List<Machine> machines) {

	}

	/** A machine out of order, where, and for how many days. */
	public record OutOfOrder(Machine machine, Cfc cfc, long days) {

	}

	/**
	 * A machine's page: its history and its bookings (past ones are the usage log).
	 *
	 * @param names seller id to name
	 */
	public record MachineHistory(Machine machine, Cfc cfc, List<MachineEvent> events, List<Booking> bookings,
			Map<String, String> names, LocalDate today) {

		public String nameOf(String sellerId) {
			return this.names.getOrDefault(sellerId, sellerId);
		}

	}

}
