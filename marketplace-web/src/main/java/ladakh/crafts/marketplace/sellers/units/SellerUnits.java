package ladakh.crafts.marketplace.sellers.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ladakh.crafts.marketplace.sellers.CooperativeDetails;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.sellers.UnitDetails;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Unit holders and co-operative societies: sellers an officer registers, numbered by the
 * department and selling from the start. A unit's owner must be a registered artisan who
 * may sell today, and owns one unit (the unit's id is {@code unit-<owner id>}, so a
 * second registration, even a racing one, is a duplicate key); a society is registered
 * once under its act number ({@code coop-<act number>}).
 */
@Service
public class SellerUnits {

	private final SellerRepository sellers;

	private final UnitNumberRepository numbers;

	private final AuditTrail audit;

	private final Clock clock;

	SellerUnits(SellerRepository sellers, UnitNumberRepository numbers, AuditTrail audit, Clock clock) {
		this.sellers = sellers;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a unit holder; refuses, at {@code ownerRegistration}, an owner who is not
	 * a registered artisan selling today, or who already holds a unit.
	 * @return the new seller id
	 */
	public Mono<String> registerUnitHolder(NewUnitHolder unit, MarketplaceUser by) {
		LocalDate today = today();
		return this.sellers.byRegistrationNumber(unit.ownerRegistration(), SellerKind.ARTISAN)
			.switchIfEmpty(Mono.error(() -> Refusal.invalid("units.refused.ownerUnknown").at("ownerRegistration")))
			.flatMap((owner) -> {
				if (!owner.sellsOn(today)) {
					return Mono.error(Refusal.invalid("units.refused.ownerInactive").at("ownerRegistration"));
				}
				String id = "unit-" + owner.id();
				return this.numbers.next("UH", districtCode(unit.district()), today.getYear()).flatMap((number) -> {
					Seller seller = Seller.registeredUnitHolder(id, unit.name(),
							new Seller.Place(unit.district(), blankToNull(unit.block()), unit.village()), unit.crafts(),
							new Seller.Registration(number, today, null, null), null, new UnitDetails(owner.id(),
									unit.ownerRegistration(), unit.establishedOn(), unit.kitScheme()),
							this.clock.instant());
					return this.sellers.insert(seller)
						.onErrorMap(DuplicateKeyException.class,
								(ex) -> Refusal.conflict("units.refused.ownerHasUnit").at("ownerRegistration"))
						.then(this.audit.record(by, "UNIT_HOLDER_REGISTERED", "UNIT_HOLDER", id, null,
								Map.of("registrationNumber", number, "owner", owner.id())))
						.thenReturn(id);
				});
			});
	}

	/**
	 * Registers a co-operative society; refuses a member's artisan registration nobody
	 * holds (at {@code members}) and an act number already registered (at
	 * {@code actRegistration}).
	 * @return the new seller id
	 */
	public Mono<String> registerCooperative(NewCooperative coop, MarketplaceUser by) {
		LocalDate today = today();
		List<String> numbered = coop.members()
			.stream()
			.map(CooperativeDetails.Member::artisanRegistration)
			.filter((number) -> number != null)
			.distinct()
			.toList();
		return Flux.fromIterable(numbered)
			.concatMap((number) -> this.sellers.byRegistrationNumber(number, SellerKind.ARTISAN).hasElement())
			.all(Boolean::booleanValue)
			.flatMap((allKnown) -> {
				if (!allKnown) {
					return Mono.error(Refusal.invalid("units.refused.memberUnknown").at("members"));
				}
				String id = "coop-" + coop.actRegistration().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
				return this.numbers.next("CS", districtCode(coop.district()), today.getYear()).flatMap((number) -> {
					Seller seller = Seller.registeredCooperative(id, coop.name(),
							new Seller.Place(coop.district(), blankToNull(coop.block()), coop.village()), coop.crafts(),
							new Seller.Registration(number, today, null, null), null,
							new CooperativeDetails(coop.actRegistration(), coop.registeredOn(), coop.handloomWeavers(),
									coop.members()),
							this.clock.instant());
					return this.sellers.insert(seller)
						.onErrorMap(DuplicateKeyException.class,
								(ex) -> Refusal.conflict("units.refused.coopRegistered").at("actRegistration"))
						.then(this.audit.record(by, "COOPERATIVE_REGISTERED", "CO_OPERATIVE", id, null,
								Map.of("registrationNumber", number, "members", coop.members().size())))
						.thenReturn(id);
				});
			});
	}

	/** A page of the sellers of this kind, by name then id (decision 0046). */
	public Mono<Page<UnitSeller>> page(SellerKind kind, After after) {
		LocalDate today = today();
		return this.sellers.ofKindByName(kind, after, Page.SIZE + 1)
			.map((seller) -> UnitSeller.of(seller, null, today))
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (unit) -> After.of(unit.name(), unit.id())));
	}

	/** The unit holder or society with this id, or empty. */
	public Mono<UnitSeller> find(String id) {
		return this.sellers.find(id)
			.filter((seller) -> seller.kind() == SellerKind.UNIT_HOLDER || seller.kind() == SellerKind.CO_OPERATIVE)
			.flatMap(this::withOwner);
	}

	/**
	 * What the public verification page shows for a department number a unit holder or
	 * society holds; empty when none does.
	 */
	public Mono<UnitSeller> verify(String number) {
		String normalised = number.strip().toUpperCase(Locale.ROOT);
		while (normalised.startsWith("/")) {
			normalised = normalised.substring(1);
		}
		if (!normalised.matches("(LEH|KGL)/(UH|CS)/\\d{4}/\\d{4}")) {
			return Mono.empty();
		}
		SellerKind kind = normalised.contains("/UH/") ? SellerKind.UNIT_HOLDER : SellerKind.CO_OPERATIVE;
		return this.sellers.byRegistrationNumber(normalised, kind).flatMap(this::withOwner);
	}

	private Mono<UnitSeller> withOwner(Seller seller) {
		LocalDate today = today();
		if (seller.unit() == null || seller.unit().ownerId() == null) {
			return Mono.just(UnitSeller.of(seller, null, today));
		}
		return this.sellers.find(seller.unit().ownerId())
			.map((owner) -> Optional.ofNullable(owner.name()))
			.defaultIfEmpty(Optional.empty())
			.map((name) -> UnitSeller.of(seller, name.orElse(null), today));
	}

	private LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	private static String districtCode(String district) {
		return "KARGIL".equals(district) ? "KGL" : "LEH";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
