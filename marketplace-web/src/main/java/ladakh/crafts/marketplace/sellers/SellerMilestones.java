package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * How other areas (the reports' funnel) learn whether, and since when, sellers are
 * registered with the department: read by id, {@value #SELLERS_AT_ONCE} at a time
 * ({@code _id $in}), never the {@code sellers} documents themselves.
 */
@Service
public class SellerMilestones {

	/** Sellers read in one query (an {@code _id $in} of at most this many). */
	public static final int SELLERS_AT_ONCE = 500;

	private final SellerRepository sellers;

	SellerMilestones(SellerRepository sellers) {
		this.sellers = sellers;
	}

	/** The given sellers' registrations; unknown ids are left out. */
	public Flux<Registered> of(Collection<String> sellerIds) {
		return Flux.fromIterable(new LinkedHashSet<>(sellerIds))
			.filter(Objects::nonNull)
			.buffer(SELLERS_AT_ONCE)
			.concatMap(this.sellers::findAll)
			.map(Registered::of);
	}

	/**
	 * A seller's registration as the department has it.
	 *
	 * @param sellerId the seller
	 * @param kind what kind of seller (an artisan, an SHG, a unit holder, ...)
	 * @param status where the seller stands now
	 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}, or null
	 * @param registeredOn the day the department registered them, or null when it never
	 * did: the registration date on their card; for an SHG without one, the day an
	 * officer approved it; otherwise the day the record was made for a seller no longer
	 * PENDING (an officer entered an approved seller). A PENDING seller is not
	 * registered.
	 */
	public record Registered(String sellerId, SellerKind kind, SellerStatus status, String registrationNumber,
			LocalDate registeredOn) {

		public boolean registered() {
			return this.registeredOn != null;
		}

		static Registered of(Seller seller) {
			LocalDate on = null;
			if (seller.status() != SellerStatus.PENDING) {
				if (seller.registration().registeredOn() != null) {
					on = seller.registration().registeredOn();
				}
				else if (seller.shg() != null && seller.shg().approvedAt() != null) {
					on = IndiaTime.dayOf(seller.shg().approvedAt());
				}
				else if (seller.createdAt() != null) {
					on = IndiaTime.dayOf(seller.createdAt());
				}
			}
			return new Registered(seller.id(), seller.kind(), seller.status(), seller.registration().number(), on);
		}

	}

}
