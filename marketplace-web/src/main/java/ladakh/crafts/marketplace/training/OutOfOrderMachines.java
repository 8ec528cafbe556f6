package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.training.cfc.FacilityCentres;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The common facility centres' machines out of order today, for the operations report
 * (issue 18): a count and the list, longest out first, both on the machines' index
 * {@code status_outOfOrderSince}.
 */
@Service
public class OutOfOrderMachines {

	private final FacilityCentres centres;

	OutOfOrderMachines(FacilityCentres centres) {
		this.centres = centres;
	}

	/** The machines out of order today. */
	public Mono<Today> today() {
		LocalDate today = this.centres.today();
		return this.centres.outOfOrderToday()
			.map((read) -> new Today(today, read.getT1(),
					read.getT2()
						.stream()
						.map((out) -> new Machine(out.cfc().id(), out.cfc().name(), out.machine().id(),
								out.machine().name(), out.machine().outOfOrderSince(), out.days()))
						.toList()));
	}

	/**
	 * Machines out of order on a day.
	 *
	 * @param day the day
	 * @param count how many, in all
	 * @param machines the longest out first; at most 200, so fewer than {@code count}
	 * only when more than 200 are out
	 */
	public record Today(LocalDate day, long count, List<Machine> machines) {

		public Today {
			machines = List.copyOf(machines);
		}

	}

	/**
	 * A machine out of order.
	 *
	 * @param cfcId its centre
	 * @param cfcName the centre's name
	 * @param machineId the machine
	 * @param name what it is
	 * @param since the day it broke down
	 * @param days whole days out of order by today
	 */
	public record Machine(String cfcId, String cfcName, String machineId, String name, LocalDate since, long days) {

	}

}
