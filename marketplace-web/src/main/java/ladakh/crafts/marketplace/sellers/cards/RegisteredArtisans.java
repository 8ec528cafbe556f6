package ladakh.crafts.marketplace.sellers.cards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Finds registered artisans by seller id or registration number, and answers the public
 * verification question: is this card genuine, and is it valid today?
 */
@Service
public class RegisteredArtisans {

	/** District code, department, year, sequence: {@code LEH/HC/2026/0042}. */
	static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z]{2,8}/[A-Z]{2,4}/\\d{4}/\\d{1,6}");

	private final SellerRepository sellers;

	private final CraftNames craftNames;

	private final Clock clock;

	RegisteredArtisans(SellerRepository sellers, CraftNames craftNames, Clock clock) {
		this.sellers = sellers;
		this.craftNames = craftNames;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The artisan with this seller id, or empty when there is no such artisan. */
	public Mono<RegisteredArtisan> byId(String sellerId) {
		return this.sellers.find(sellerId, SellerKind.ARTISAN).map(RegisteredArtisan::from);
	}

	/**
	 * The artisan holding this number; the number is read case-insensitively and with
	 * surrounding spaces ignored. Empty when it is malformed or nobody holds it.
	 */
	public Mono<RegisteredArtisan> byRegistrationNumber(String number) {
		return normalise(number)
			.map((normalised) -> this.sellers.byRegistrationNumber(normalised, SellerKind.ARTISAN)
				.map(RegisteredArtisan::from))
			.orElseGet(Mono::empty);
	}

	/** The verification page's content for a number; empty when no artisan holds it. */
	public Mono<Verification> verify(String number, Locale locale) {
		return byRegistrationNumber(number).flatMap((artisan) -> Mono
			.zip(this.craftNames.names(artisan.crafts(), locale), nameOf(artisan.shgId()),
					nameOf(artisan.trainingCentreId()))
			.map((names) -> new Verification(artisan.registrationNumber(), artisan.id(), artisan.name(),
					(artisan.photoId() != null) ? "/media/" + artisan.photoId() : null, names.getT1(),
					artisan.district(), names.getT2().orElse(null), names.getT2().isPresent() ? artisan.shgId() : null,
					names.getT3().orElse(null), names.getT3().isPresent() ? artisan.trainingCentreId() : null,
					artisan.validUntil(), artisan.statusOn(today()))));
	}

	static Optional<String> normalise(String number) {
		if (number == null) {
			return Optional.empty();
		}
		String normalised = number.trim().toUpperCase(Locale.ROOT);
		while (normalised.startsWith("/")) {
			normalised = normalised.substring(1);
		}
		return REGISTRATION_NUMBER.matcher(normalised).matches() ? Optional.of(normalised) : Optional.empty();
	}

	private Mono<Optional<String>> nameOf(String sellerId) {
		if (sellerId == null) {
			return Mono.just(Optional.empty());
		}
		return this.sellers.find(sellerId)
			.map((seller) -> Optional.ofNullable(seller.name()))
			.defaultIfEmpty(Optional.empty());
	}

}
