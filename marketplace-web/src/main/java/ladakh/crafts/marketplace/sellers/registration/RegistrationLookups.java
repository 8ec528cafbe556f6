package ladakh.crafts.marketplace.sellers.registration;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.LookupRepository;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The choices the forms offer: crafts, training centres, and instructors (a tiny read
 * model over the accounts area's users; there may be none yet).
 */
@Component
public class RegistrationLookups {

	private final LookupRepository lookups;

	private final SellerRepository sellers;

	RegistrationLookups(LookupRepository lookups, SellerRepository sellers) {
		this.lookups = lookups;
		this.sellers = sellers;
	}

	public Flux<Option> crafts(Locale locale) {
		return this.lookups.crafts().map((craft) -> new Option(craft.slug(), craft.name().in(locale)));
	}

	Flux<String> craftIds() {
		return this.lookups.crafts().map(LookupRepository.Craft::slug);
	}

	public Flux<Option> trainingCentres() {
		return this.sellers.ofKindByName(SellerKind.TRAINING_CENTRE)
			.map((centre) -> new Option(centre.id(), centre.name()));
	}

	public Flux<Option> instructors() {
		return this.lookups.instructors().map((instructor) -> new Option(instructor.userId(), instructor.name()));
	}

	/** Every enabled staff member, by name (the audit log's "who" choice). */
	public Flux<Option> staff() {
		return this.lookups.staff().map((member) -> new Option(member.userId(), member.name()));
	}

	/**
	 * The names staff members are shown by, for the given user ids; an id that is not a
	 * known user is left out, so callers fall back to showing the id.
	 */
	public Mono<Map<String, String>> staffNames(Collection<String> userIds) {
		return this.lookups.staffNames(userIds);
	}

}
