package ladakh.crafts.marketplace.sellers.cards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.CraftNames;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds registered artisans by seller id or registration number, and answers the public
 * verification question: is this card genuine, and is it valid today?
 */
@Service
public class RegisteredArtisans {

	/** District code, department, year, sequence: {@code LEH/HC/2026/0042}. */
	static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z]{2,8}/[A-Z]{2,4}/\\d{4}/\\d{1,6}");

	private static final List<String> PUBLIC_FIELDS = List.of("_id", "type", "name", "crafts", "registrationNumber",
			"district", "status", "registeredOn", "validUntil", "photoId", "artisan.shgId", "artisan.trainingCentreId");

	private final ReactiveMongoTemplate mongo;

	private final CraftNames craftNames;

	private final Clock clock;

	RegisteredArtisans(ReactiveMongoTemplate mongo, CraftNames craftNames, Clock clock) {
		this.mongo = mongo;
		this.craftNames = craftNames;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The artisan with this seller id, or empty when there is no such artisan. */
	public Mono<RegisteredArtisan> byId(String sellerId) {
		return findOne(Criteria.where("_id").is(sellerId).and("type").is("ARTISAN"));
	}

	/**
	 * The artisan holding this number; the number is read case-insensitively and with
	 * surrounding spaces ignored. Empty when it is malformed or nobody holds it.
	 */
	public Mono<RegisteredArtisan> byRegistrationNumber(String number) {
		return normalise(number)
			.map((normalised) -> findOne(Criteria.where("registrationNumber").is(normalised).and("type").is("ARTISAN")))
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

	private Mono<RegisteredArtisan> findOne(Criteria criteria) {
		Query query = Query.query(criteria);
		PUBLIC_FIELDS.forEach((field) -> query.fields().include(field));
		return this.mongo.findOne(query, Document.class, "sellers").map(RegisteredArtisan::from);
	}

	private Mono<Optional<String>> nameOf(String sellerId) {
		if (sellerId == null) {
			return Mono.just(Optional.empty());
		}
		Query query = Query.query(Criteria.where("_id").is(sellerId));
		query.fields().include("name");
		return this.mongo.findOne(query, Document.class, "sellers")
			.map((seller) -> Optional.ofNullable(seller.getString("name")))
			.defaultIfEmpty(Optional.empty());
	}

}
