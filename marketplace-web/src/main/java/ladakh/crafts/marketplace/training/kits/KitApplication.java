package ladakh.crafts.marketplace.training.kits;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.training.Scheme;
import ladakh.crafts.marketplace.training.stock.StockItem;

/**
 * An ex-trainee's application for the kit their scheme gives at a subsidy (tools,
 * equipment, a loom): applied, approved by an officer, the beneficiary's share paid, then
 * issued from the department's store. One per person and scheme: its id is
 * {@code <traineeId>:<schemeId>}, so a second application is a duplicate key.
 *
 * @param id {@code <traineeId>:<schemeId>}
 * @param traineeId the ex-trainee
 * @param name the ex-trainee's name
 * @param centreId the centre they trained at
 * @param batchId the batch they completed
 * @param schemeId the scheme whose subsidy applies
 * @param items the catalogue items of the kit, one each
 * @param cost what the kit costs the department
 * @param subsidyPercent the scheme's subsidy
 * @param share what the beneficiary pays (the cost less the subsidy)
 * @param status where it stands
 * @param paymentReference the receipt or gateway reference of the share, once paid
 * @param appliedAt when entered
 * @param changedAt when last moved
 * @param version bumped by every move
 */
public record KitApplication(String id, String traineeId, String name, String centreId, String batchId, String schemeId,
		List<String> items, Money cost, int subsidyPercent, Money share, Status status, String paymentReference,
		Instant appliedAt, Instant changedAt, long version) {

	static final int REFERENCE_MAX = 60;

	/** Where an application stands. */
	public enum Status {

		APPLIED, APPROVED, PAID, ISSUED

	}

	public KitApplication {
		items = List.copyOf(items);
	}

	static String idOf(String traineeId, String schemeId) {
		return traineeId + ":" + schemeId;
	}

	/**
	 * A new application for a trainee who completed a course under a scheme with a
	 * subsidy on a kit.
	 * @throws Refusal CONFLICT when the scheme gives no kit at a subsidy
	 */
	static KitApplication apply(String traineeId, String name, String centreId, String batchId, Scheme scheme,
			Instant at) {
		List<String> items = scheme.kit().stream().map(KitApplication::item).filter((item) -> item != null).toList();
		if (scheme.subsidyPercent() <= 0 || items.isEmpty()) {
			throw Refusal.conflict("kit.refused.noSubsidy");
		}
		Money cost = items.stream()
			.map((item) -> StockItem.byId(item).orElseThrow().unitCost())
			.reduce(Money.ZERO, Money::plus);
		Money share = cost.percent(java.math.BigDecimal.valueOf(100 - scheme.subsidyPercent()));
		return new KitApplication(idOf(traineeId, scheme.id()), traineeId, name, centreId, batchId, scheme.id(), items,
				cost, scheme.subsidyPercent(), share, Status.APPLIED, null, at, at, 0);
	}

	/** The catalogue item a scheme's kit provision is issued as. */
	static String item(Scheme.Provision provision) {
		return switch (provision) {
			case TOOLS -> "tool-kit";
			case EQUIPMENT -> "equipment-set";
			case LOOM -> "loom";
			case RAW_MATERIALS -> null;
		};
	}

	KitApplication approve(Instant at) {
		return to(Status.APPLIED, Status.APPROVED, this.paymentReference, at);
	}

	/**
	 * The beneficiary's share paid, with its receipt or the gateway's reference.
	 * @throws Refusal INVALID without a reference; CONFLICT unless approved
	 */
	KitApplication paid(String reference, Instant at) {
		String typed = (reference != null) ? reference.strip() : "";
		if (typed.isEmpty() || typed.length() > REFERENCE_MAX) {
			throw Refusal.invalid("kit.refused.reference", REFERENCE_MAX).at("reference");
		}
		return to(Status.APPROVED, Status.PAID, typed, at);
	}

	KitApplication issued(Instant at) {
		return to(Status.PAID, Status.ISSUED, this.paymentReference, at);
	}

	/**
	 * The stock register's line that issues one item of the kit at a try (a try refused
	 * for want of stock is kept; the next has the next number).
	 */
	String lineId(String item, int attempt) {
		return "kit:" + this.id + ":" + item + ":" + attempt;
	}

	private KitApplication to(Status from, Status next, String reference, Instant at) {
		if (this.status != from) {
			throw Refusal.conflict("kit.refused.state");
		}
		return new KitApplication(this.id, this.traineeId, this.name, this.centreId, this.batchId, this.schemeId,
				this.items, this.cost, this.subsidyPercent, this.share, next, reference, this.appliedAt, at,
				this.version + 1);
	}

}
