package ladakh.crafts.marketplace.training.cfc;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A machine at a common facility centre. It is in order or out of order; a breakdown
 * takes it out of order from a day, a servicing puts it back (or, in order, only records
 * that it was serviced). {@link MachineRepository} stores a move only while the stored
 * status and version are still the ones this machine was read with.
 *
 * @param id e.g. {@code mch-trespone-1}
 * @param cfcId the centre it stands at
 * @param name what it is, e.g. "Power loom"
 * @param make the maker
 * @param model the model
 * @param scheme the scheme it was procured under, e.g. "SDP"
 * @param installedOn when it was installed
 * @param status in order or not
 * @param outOfOrderSince the day it broke down, or null when in order
 * @param lastServicedOn the last servicing, or null
 * @param version the stored version this was read at
 */
public record Machine(String id, String cfcId, String name, String make, String model, String scheme,
		LocalDate installedOn, Status status, LocalDate outOfOrderSince, LocalDate lastServicedOn, long version) {

	/** Whether a machine can be used. */
	public enum Status {

		IN_ORDER, OUT_OF_ORDER

	}

	public static Machine installed(String id, String cfcId, String name, String make, String model, String scheme,
			LocalDate installedOn) {
		return new Machine(id, cfcId, name, make, model, scheme, installedOn, Status.IN_ORDER, null, null, 0);
	}

	/** IN_ORDER → OUT_OF_ORDER from that day; refuses a machine already out of order. */
	Machine brokeDown(LocalDate on) {
		if (this.status == Status.OUT_OF_ORDER) {
			throw Refusal.conflict("cfc.refused.alreadyOut").at("on");
		}
		if (on.isBefore(this.installedOn)) {
			throw Refusal.invalid("cfc.refused.beforeInstalled").at("on");
		}
		return new Machine(this.id, this.cfcId, this.name, this.make, this.model, this.scheme, this.installedOn,
				Status.OUT_OF_ORDER, on, this.lastServicedOn, this.version + 1);
	}

	/** Serviced that day: back in order (a repair), or serviced while in order. */
	Machine serviced(LocalDate on) {
		LocalDate since = (this.outOfOrderSince != null) ? this.outOfOrderSince : this.installedOn;
		if (on.isBefore(since)) {
			throw Refusal.invalid("cfc.refused.beforeBreakdown").at("on");
		}
		return new Machine(this.id, this.cfcId, this.name, this.make, this.model, this.scheme, this.installedOn,
				Status.IN_ORDER, null, on, this.version + 1);
	}

	public boolean inOrder() {
		return this.status == Status.IN_ORDER;
	}

	/** Days out of order by that day, or 0 when in order. */
	public long daysOutOfOrder(LocalDate today) {
		return (this.outOfOrderSince == null) ? 0
				: Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(this.outOfOrderSince, today));
	}

}
