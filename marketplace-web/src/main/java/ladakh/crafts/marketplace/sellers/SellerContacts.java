package ladakh.crafts.marketplace.sellers;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A small public read for other areas (invoices, packing slips, order emails): who a
 * seller is on paper and where to write to them, without knowing the {@code sellers} or
 * {@code users} documents.
 */
@Service
public class SellerContacts {

	private final SellerRepository sellers;

	private final LookupRepository lookups;

	SellerContacts(SellerRepository sellers, LookupRepository lookups) {
		this.sellers = sellers;
		this.lookups = lookups;
	}

	/**
	 * The seller's name, registration number and the email of an account acting for them.
	 * @param sellerId the seller
	 * @return the contact; a bare one (the id as name) when there is no such seller
	 */
	public Mono<Contact> of(String sellerId) {
		Mono<Contact> seller = this.sellers.find(sellerId)
			.map((found) -> new Contact(sellerId, (found.name() != null) ? found.name() : sellerId,
					found.registration().number(), null))
			.defaultIfEmpty(new Contact(sellerId, sellerId, null, null));
		return Mono.zip(seller, this.lookups.accountEmail(sellerId).defaultIfEmpty(""))
			.map((both) -> new Contact(sellerId, both.getT1().name(), both.getT1().registrationNumber(),
					both.getT2().isEmpty() ? null : both.getT2()));
	}

	/**
	 * @param sellerId the seller
	 * @param name their name
	 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}, or null
	 * @param email where to write, or null when no account has an email
	 */
	public record Contact(String sellerId, String name, String registrationNumber, String email) {

	}

}
