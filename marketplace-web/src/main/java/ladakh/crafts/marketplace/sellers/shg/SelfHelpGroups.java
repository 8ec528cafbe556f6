package ladakh.crafts.marketplace.sellers.shg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.StaffAction;
import ladakh.crafts.marketplace.sellers.StaffActionAudit;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * SHGs: {@code sellers} documents of type SHG with an {@code shg} sub-document. A new SHG
 * waits (PENDING) until an officer approves it.
 */
@Service
public class SelfHelpGroups {

	private final ReactiveMongoTemplate mongo;

	private final StaffActionAudit audit;

	private final Clock clock;

	SelfHelpGroups(ReactiveMongoTemplate mongo, StaffActionAudit audit, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.clock = clock;
	}

	public Mono<List<SelfHelpGroup>> all() {
		return this.mongo
			.find(Query.query(Criteria.where("type").is("SHG")).with(Sort.by("name")), Document.class, "sellers")
			.map((shg) -> toGroup(shg, Map.of()))
			.collectList();
	}

	/** The SHG with its members' names; errors with {@link ShgNotFoundException}. */
	public Mono<SelfHelpGroup> find(String id) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(id).and("type").is("SHG")), Document.class, "sellers")
			.switchIfEmpty(Mono.error(() -> new ShgNotFoundException(id)))
			.flatMap((shg) -> names(memberIds(shg)).map((names) -> toGroup(shg, names)));
	}

	/** Saves a new, PENDING SHG; errors with {@link ShgMembersInvalidException}. */
	public Mono<String> create(NewSelfHelpGroup group, MarketplaceUser by) {
		return names(group.memberIds()).flatMap((names) -> {
			List<String> unknown = group.memberIds().stream().filter((id) -> !names.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				return Mono.error(new ShgMembersInvalidException(unknown));
			}
			String id = "shg-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
			Document document = new Document("_id", id).append("type", "SHG")
				.append("name", group.name())
				.append("district", group.district())
				.append("block", group.block())
				.append("village", group.village())
				.append("crafts", group.crafts())
				.append("status", "PENDING")
				.append("story", new Document("en", "").append("hi", ""))
				.append("shg", new Document("dateFormed", group.dateFormed().toString())
					.append("memberIds", group.memberIds())
					.append("officeBearers",
							new Document("presidentId", group.presidentId()).append("secretaryId", group.secretaryId())
								.append("treasurerId", group.treasurerId()))
					.append("bankAccount",
							new Document("last4", group.bankAccount().last4()).append("ifsc",
									group.bankAccount().ifsc()))
					.append("revolvingFundMinor", 0L)
					.append("fundBalanceMinor", 0L))
				.append("createdAt", Date.from(this.clock.instant()));
			return this.mongo.insert(document, "sellers")
				.then(this.audit.record(new StaffAction(by, "SHG_CREATED", "SHG", id, null,
						Map.of("name", group.name(), "members", group.memberIds().size()))))
				.thenReturn(id);
		});
	}

	/**
	 * PENDING → ACTIVE, once: a second approval (or one racing it) changes nothing and
	 * answers false.
	 */
	public Mono<Boolean> approve(String id, MarketplaceUser by) {
		Query pending = Query.query(Criteria.where("_id").is(id).and("type").is("SHG").and("status").is("PENDING"));
		Update approve = new Update().set("status", "ACTIVE")
			.set("shg.approvedBy", by.id())
			.set("shg.approvedAt", Date.from(this.clock.instant()));
		return this.mongo.updateFirst(pending, approve, "sellers").flatMap((result) -> {
			if (result.getModifiedCount() == 1) {
				return this.audit.record(new StaffAction(by, "SHG_APPROVED", "SHG", id, null, Map.of()))
					.thenReturn(true);
			}
			return find(id).thenReturn(false);
		});
	}

	private Mono<Map<String, String>> names(List<String> artisanIds) {
		if (artisanIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Query query = Query.query(Criteria.where("_id").in(artisanIds).and("type").is("ARTISAN"));
		query.fields().include("name");
		return this.mongo.find(query, Document.class, "sellers")
			.collectMap((artisan) -> artisan.getString("_id"), (artisan) -> String.valueOf(artisan.get("name")));
	}

	private static List<String> memberIds(Document seller) {
		Document shg = sub(seller, "shg");
		return strings(shg.get("memberIds"));
	}

	private static SelfHelpGroup toGroup(Document seller, Map<String, String> names) {
		Document shg = sub(seller, "shg");
		Document bearers = sub(shg, "officeBearers");
		Document bank = sub(shg, "bankAccount");
		BankAccount account = null;
		if (bank.getString("last4") != null && bank.getString("ifsc") != null) {
			try {
				account = new BankAccount(bank.getString("last4"), bank.getString("ifsc"));
			}
			catch (IllegalArgumentException ex) {
				account = null;
			}
		}
		List<SelfHelpGroup.Member> members = strings(shg.get("memberIds")).stream()
			.map((id) -> new SelfHelpGroup.Member(id, names.getOrDefault(id, id)))
			.toList();
		Number balance = shg.get("fundBalanceMinor", Number.class);
		return new SelfHelpGroup(seller.getString("_id"), seller.getString("name"), seller.getString("district"),
				seller.getString("block"), seller.getString("village"), strings(seller.get("crafts")),
				date(shg.getString("dateFormed")), seller.getString("status"), members,
				bearers.getString("presidentId"), bearers.getString("secretaryId"), bearers.getString("treasurerId"),
				account, (balance != null) ? balance.longValue() : 0L);
	}

	private static Document sub(Document document, String field) {
		return (document.get(field) instanceof Document sub) ? sub : new Document();
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			Set<String> seen = new HashSet<>();
			return list.stream().filter(String.class::isInstance).map(String.class::cast).filter(seen::add).toList();
		}
		return List.of();
	}

	private static LocalDate date(String iso) {
		try {
			return (iso != null) ? LocalDate.parse(iso) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
