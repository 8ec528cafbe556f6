package ladakh.crafts.marketplace.sellers.shg;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.sellers.ShgDetails;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * SHGs: sellers of kind SHG. A new SHG waits (PENDING) until an officer approves it; the
 * {@link Seller} decides the move.
 */
@Service
public class SelfHelpGroups {

	private final SellerRepository sellers;

	private final AuditTrail audit;

	private final Clock clock;

	SelfHelpGroups(SellerRepository sellers, AuditTrail audit, Clock clock) {
		this.sellers = sellers;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the SHGs, by name then id, from {@code after} on (decision 0046). */
	public Mono<Page<SelfHelpGroup>> page(After after) {
		return this.sellers.ofKindByName(SellerKind.SHG, after, Page.SIZE + 1)
			.map((shg) -> toGroup(shg, Map.of()))
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (group) -> After.of(group.name(), group.id())));
	}

	/** The SHG with its members' names; errors with {@link ShgNotFoundException}. */
	public Mono<SelfHelpGroup> find(String id) {
		return load(id).flatMap((shg) -> names(shg.shg().memberIds()).map((names) -> toGroup(shg, names)));
	}

	/**
	 * Saves a new, PENDING SHG; errors with {@link ShgMembersInvalidException}. Members
	 * and office bearers may be given by their registration numbers, as officers know
	 * them ({@code LEH/HC/2024/0042}), or by seller id.
	 */
	public Mono<String> create(NewSelfHelpGroup typed, MarketplaceUser by) {
		return byRegistrationNumbers(typed).flatMap((group) -> save(group, by));
	}

	private Mono<NewSelfHelpGroup> byRegistrationNumbers(NewSelfHelpGroup typed) {
		return Flux.fromIterable(typed.memberIds())
			.filter((member) -> member.contains("/"))
			.concatMap((number) -> this.sellers.byRegistrationNumber(number, SellerKind.ARTISAN)
				.map((artisan) -> Map.entry(number, artisan.id())))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map((ids) -> new NewSelfHelpGroup(typed.name(), typed.district(), typed.block(), typed.village(),
					typed.crafts(), typed.dateFormed(),
					typed.memberIds().stream().map((member) -> ids.getOrDefault(member, member)).toList(),
					ids.getOrDefault(typed.presidentId(), typed.presidentId()),
					ids.getOrDefault(typed.secretaryId(), typed.secretaryId()),
					ids.getOrDefault(typed.treasurerId(), typed.treasurerId()), typed.bankAccount()));
	}

	private Mono<String> save(NewSelfHelpGroup group, MarketplaceUser by) {
		return names(group.memberIds()).flatMap((names) -> {
			List<String> unknown = group.memberIds().stream().filter((id) -> !names.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				return Mono.error(new ShgMembersInvalidException(unknown));
			}
			String id = "shg-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
			ShgDetails details = new ShgDetails(group.dateFormed(), group.memberIds(), group.presidentId(),
					group.secretaryId(), group.treasurerId(), group.bankAccount().last4(), group.bankAccount().ifsc(),
					Money.ZERO, Money.ZERO, null, null);
			Seller shg = Seller.newShg(id, group.name(),
					new Seller.Place(group.district(), group.block(), group.village()), group.crafts(), details,
					this.clock.instant());
			return this.sellers.insert(shg)
				.then(this.audit.record(by, "SHG_CREATED", "SHG", id, null,
						Map.of("name", group.name(), "members", group.memberIds().size())))
				.thenReturn(id);
		});
	}

	/**
	 * PENDING → ACTIVE, once: a second approval (or one racing it) changes nothing and
	 * answers false.
	 */
	public Mono<Boolean> approve(String id, MarketplaceUser by) {
		Instant now = this.clock.instant();
		return load(id).flatMap((shg) -> {
			try {
				shg.approve(by.id(), now);
			}
			catch (Refusal notPending) {
				return Mono.just(false);
			}
			return this.sellers.saveStatus(shg)
				.flatMap((saved) -> saved
						? this.audit.record(by, "SHG_APPROVED", "SHG", id, null, Map.of()).thenReturn(true)
						: Mono.just(false));
		});
	}

	private Mono<Seller> load(String id) {
		return this.sellers.find(id, SellerKind.SHG).switchIfEmpty(Mono.error(() -> new ShgNotFoundException(id)));
	}

	private Mono<Map<String, String>> names(List<String> artisanIds) {
		return this.sellers.findAll(artisanIds, SellerKind.ARTISAN)
			.collectMap(Seller::id, (artisan) -> String.valueOf(artisan.name()));
	}

	private static SelfHelpGroup toGroup(Seller seller, Map<String, String> names) {
		ShgDetails shg = seller.shg();
		BankAccount account = null;
		if (shg.bankLast4() != null && shg.bankIfsc() != null) {
			try {
				account = new BankAccount(shg.bankLast4(), shg.bankIfsc());
			}
			catch (IllegalArgumentException ex) {
				account = null;
			}
		}
		List<SelfHelpGroup.Member> members = shg.memberIds()
			.stream()
			.map((id) -> new SelfHelpGroup.Member(id, names.getOrDefault(id, id)))
			.toList();
		return new SelfHelpGroup(seller.id(), seller.name(), seller.place().district(), seller.place().block(),
				seller.place().village(), seller.crafts(), shg.dateFormed(), seller.status().name(), members,
				shg.presidentId(), shg.secretaryId(), shg.treasurerId(), account, shg.fundBalance());
	}

}
