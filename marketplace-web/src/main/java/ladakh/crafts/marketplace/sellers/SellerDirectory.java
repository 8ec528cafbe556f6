package ladakh.crafts.marketplace.sellers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How other areas read sellers: names, whether they may sell today, and what buyers may
 * see of them. Never the {@code sellers} documents themselves.
 */
@Service
public class SellerDirectory {

	private final SellerRepository sellers;

	private final Clock clock;

	SellerDirectory(SellerRepository sellers, Clock clock) {
		this.sellers = sellers;
		this.clock = clock;
	}

	/**
	 * The names of the given sellers.
	 * @return id to name; unknown ids are left out
	 */
	public Mono<Map<String, String>> names(Collection<String> sellerIds) {
		return this.sellers.findAll(sellerIds)
			.collectMap(Seller::id, (seller) -> (seller.name() != null) ? seller.name() : "null");
	}

	/**
	 * Those of the given sellers who may sell today ({@link Seller#sellsOn}).
	 * @return their ids; unknown ids are left out
	 */
	public Mono<Set<String>> sellingNow(Collection<String> sellerIds) {
		LocalDate today = LocalDate.now(this.clock);
		return this.sellers.findAll(sellerIds)
			.filter((seller) -> seller.sellsOn(today))
			.map(Seller::id)
			.collect(Collectors.toSet());
	}

	/**
	 * What buyers may know of the given sellers today.
	 * @return id to standing; unknown ids are left out
	 */
	public Mono<Map<String, Standing>> standing(Collection<String> sellerIds) {
		LocalDate today = LocalDate.now(this.clock);
		return this.sellers.findAll(sellerIds).collectMap(Seller::id, (seller) -> Standing.of(seller, today));
	}

	/**
	 * What buyers may know of one seller today, or empty when there is no such seller.
	 */
	public Mono<Standing> standing(String sellerId) {
		return this.sellers.find(sellerId).map((seller) -> Standing.of(seller, LocalDate.now(this.clock)));
	}

	/**
	 * What the revenue ledger writes of one seller (kind, first craft, district), read by
	 * id; empty when there is no such seller.
	 */
	public Mono<Trade> trade(String sellerId) {
		return this.sellers.find(sellerId)
			.map((seller) -> new Trade(seller.id(), seller.kind(),
					(seller.crafts() == null || seller.crafts().isEmpty()) ? null : seller.crafts().get(0),
					(seller.place() != null) ? seller.place().district() : null));
	}

	/**
	 * A seller as the revenue ledger records them.
	 *
	 * @param id the seller
	 * @param kind what kind of seller, or null when the record names none
	 * @param craft their first craft, or null
	 * @param district {@code LEH} or {@code KARGIL}, or null
	 */
	public record Trade(String id, SellerKind kind, String craft, String district) {

	}

	/**
	 * The id of the seller of one of these kinds holding a registration number, read as
	 * on their card (case and surrounding spaces aside); empty when none does. One lookup
	 * a kind on the registration number's index.
	 */
	public Mono<String> idByRegistrationNumber(String typed, Set<SellerKind> kinds) {
		String number = (typed != null) ? typed.strip().toUpperCase(java.util.Locale.ROOT) : "";
		if (number.isEmpty()) {
			return Mono.empty();
		}
		return reactor.core.publisher.Flux.fromIterable(kinds)
			.concatMap((kind) -> this.sellers.byRegistrationNumber(number, kind))
			.next()
			.map(Seller::id);
	}

	/** Every seller of these kinds who may sell today, by id. */
	public Mono<Map<String, Standing>> sellingNow(Set<SellerKind> kinds) {
		LocalDate today = LocalDate.now(this.clock);
		return this.sellers.activeOfKinds(kinds)
			.filter((seller) -> seller.sellsOn(today))
			.collectMap(Seller::id, (seller) -> Standing.of(seller, today));
	}

	/** How many sellers of this kind are ACTIVE. */
	public Mono<Long> countActive(SellerKind kind) {
		return this.sellers.countActive(kind);
	}

	/**
	 * A seller as buyers may see them, judged on one day.
	 * @param id the seller
	 * @param kind what kind of seller
	 * @param name their name
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param village the village, or null
	 * @param status where the seller's registration stands
	 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}, or null
	 * @param sellsNow whether they may sell that day
	 * @param verified a registration number held by a seller who sells that day
	 * @param verificationPath an artisan's public verification page, or null
	 */
	/** The kinds whose department number the public verification page answers for. */
	static final Set<SellerKind> VERIFIED_KINDS = java.util.EnumSet.of(SellerKind.ARTISAN, SellerKind.UNIT_HOLDER,
			SellerKind.CO_OPERATIVE);

	public record Standing(String id, SellerKind kind, String name, String district, String village,
			SellerStatus status, String registrationNumber, boolean sellsNow, boolean verified,
			String verificationPath) {

		static Standing of(Seller seller, LocalDate today) {
			String number = seller.registration().number();
			return new Standing(seller.id(), seller.kind(), seller.name(), seller.place().district(),
					seller.place().village(), seller.status(), number, seller.sellsOn(today),
					seller.vouchedForOn(today),
					(number != null && VERIFIED_KINDS.contains(seller.kind())) ? "/verify/" + number : null);
		}

	}

}
