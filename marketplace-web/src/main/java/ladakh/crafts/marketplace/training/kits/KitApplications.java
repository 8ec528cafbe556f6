package ladakh.crafts.marketplace.training.kits;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentInstructions;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.Batch;
import ladakh.crafts.marketplace.training.Scheme;
import ladakh.crafts.marketplace.training.Schemes;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.training.stock.StockMovement;
import ladakh.crafts.marketplace.training.stock.StockRegister;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Tool kits at a subsidy for ex-trainees: an officer enters the application of a trainee
 * who completed a course under a scheme with a kit subsidy, approves it, records the
 * beneficiary's share as paid (offline, through the payments port's instructions), and
 * the kit is issued from the store as ISSUE lines of the stock register. Once per person
 * and scheme (the application's id); each move is conditional on the state it was decided
 * from, so of concurrent approvals exactly one wins, and each issued item is a register
 * line with its own id, so a kit issued twice moves its items once.
 */
@Service
public class KitApplications {

	/** Tries at issuing one item before the officer is told to try later. */
	static final int MOST_ATTEMPTS = 50;

	private final KitApplicationRepository kits;

	private final TrainingCentres centres;

	private final Schemes schemes;

	private final StockRegister register;

	private final PaymentGateway offline;

	private final AuditTrail audit;

	private final Clock clock;

	KitApplications(KitApplicationRepository kits, TrainingCentres centres, Schemes schemes, StockRegister register,
			List<PaymentGateway> gateways, AuditTrail audit, Clock clock) {
		this.kits = kits;
		this.centres = centres;
		this.schemes = schemes;
		this.register = register;
		this.offline = gateways.stream()
			.filter((gateway) -> gateway.methods().contains(PaymentMethod.COUNTER))
			.findFirst()
			.orElseThrow();
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the applications, newest first. */
	public Mono<Page<KitApplication>> page(After after) {
		return this.kits.newestFirst(after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (kit) -> After.of(kit.appliedAt(), kit.id())));
	}

	public Mono<KitApplication> find(String id) {
		return this.kits.byId(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("kit.refused.notFound")));
	}

	/**
	 * Who at a centre may apply: its trainees who completed a course, when the centre's
	 * scheme gives a kit at a subsidy (none otherwise), each marked if they applied.
	 */
	public Mono<Eligible> eligible(String centreId) {
		return this.centres.find(centreId)
			.flatMap((centre) -> this.schemes.find(centre.scheme())
				.onErrorResume(Refusal.class, (ex) -> Mono.empty())
				.filter((scheme) -> scheme.subsidyPercent() > 0 && !scheme.kit().isEmpty())
				.flatMap((scheme) -> this.centres.batches(centreId).flatMap((batches) -> {
					List<Candidate> candidates = batches.stream()
						.flatMap((batch) -> batch.trainees()
							.stream()
							.filter((trainee) -> trainee.status() == TraineeStatus.COMPLETED)
							.map((trainee) -> new Candidate(batch.id(), trainee.traineeId(), trainee.name(),
									KitApplication.idOf(trainee.traineeId(), scheme.id()), false)))
						.toList();
					return this.kits.existing(candidates.stream().map(Candidate::kitId).toList())
						.collect(java.util.stream.Collectors.toSet())
						.map((applied) -> new Eligible(centre, scheme,
								candidates.stream()
									.map((c) -> new Candidate(c.batchId(), c.traineeId(), c.name(), c.kitId(),
											applied.contains(c.kitId())))
									.toList()));
				}))
				.defaultIfEmpty(new Eligible(centre, null, List.of())));
	}

	/**
	 * Enters an application for a trainee of the centre who completed their batch.
	 * @throws Refusal NOT_FOUND for an unknown trainee; CONFLICT when the scheme gives no
	 * kit, the trainee has not completed, or they already applied under this scheme
	 */
	public Mono<KitApplication> apply(String centreId, String batchId, String traineeId, MarketplaceUser by) {
		return this.centres.find(centreId)
			.flatMap((centre) -> this.schemes.find(centre.scheme())
				// a centre whose scheme is not on record gives no kit either
				.onErrorMap((ex) -> ex instanceof Refusal refusal && refusal.kind() == Refusal.Kind.NOT_FOUND,
						(ex) -> Refusal.conflict("kit.refused.noSubsidy"))
				.flatMap((scheme) -> trainee(centreId, batchId, traineeId).flatMap((trainee) -> {
					if (trainee.status() != TraineeStatus.COMPLETED) {
						return Mono.error(Refusal.conflict("kit.refused.notCompleted"));
					}
					KitApplication kit = KitApplication.apply(traineeId, trainee.name(), centreId, batchId, scheme,
							this.clock.instant());
					return this.kits.insert(kit)
						.flatMap((inserted) -> inserted
								? audit(by, "KIT_APPLIED", kit, Map.of("centreId", centreId, "batchId", batchId))
								: Mono.<KitApplication>error(Refusal.conflict("kit.refused.already")));
				})));
	}

	/** APPLIED → APPROVED; of concurrent approvals exactly one wins. */
	public Mono<KitApplication> approve(String id, MarketplaceUser by) {
		return find(id).flatMap((kit) -> save(kit, kit.approve(this.clock.instant())))
			.flatMap((kit) -> audit(by, "KIT_APPROVED", kit, Map.of()));
	}

	/**
	 * How the beneficiary pays their share, from the payments port's offline gateway (at
	 * the department's counter, quoting the application).
	 */
	public Mono<PaymentInstructions> paymentInstructions(KitApplication kit) {
		PaymentRequest request = new PaymentRequest(kit.id(), quote(kit), kit.share(), PaymentMethod.COUNTER, null,
				null, 1, null);
		return this.offline.start(request).mapNotNull((start) -> start.instructions());
	}

	/**
	 * Records the share paid (APPROVED → PAID), then issues the kit.
	 * @throws Refusal INVALID without a reference; CONFLICT unless approved, or when the
	 * store lacks an item (it stays PAID: issue again once stock arrives)
	 */
	public Mono<KitApplication> recordPayment(String id, String reference, MarketplaceUser by) {
		return find(id).flatMap((kit) -> save(kit, kit.paid(reference, this.clock.instant())))
			.flatMap((kit) -> audit(by, "KIT_PAID", kit, Map.of("reference", kit.paymentReference())))
			.flatMap((kit) -> issue(kit.id(), by));
	}

	/**
	 * Issues a paid kit from the store to the beneficiary, one ISSUE line per item (by
	 * ids made from the application: a kit issued twice, or concurrently, moves once),
	 * then PAID → ISSUED.
	 */
	public Mono<KitApplication> issue(String id, MarketplaceUser by) {
		return find(id).flatMap((kit) -> {
			if (kit.status() == KitApplication.Status.ISSUED) {
				return Mono.just(kit);
			}
			if (kit.status() != KitApplication.Status.PAID) {
				return Mono.error(Refusal.conflict("kit.refused.state"));
			}
			return Flux.fromIterable(kit.items())
				.concatMap((item) -> issueItem(kit, item, 1, by))
				.then(save(kit, kit.issued(this.clock.instant()))
					.flatMap((issued) -> audit(by, "KIT_ISSUED", issued, Map.of()))
					.onErrorResume(Refusal.class,
							(ex) -> find(id).filter((now) -> now.status() == KitApplication.Status.ISSUED)
								.switchIfEmpty(Mono.error(ex))));
		});
	}

	/**
	 * Issues one item by the first of the kit's line ids for it that was not refused: a
	 * line refused for want of stock is kept, so a later try takes the next id, and
	 * concurrent tries walk the same ids and so move the item once.
	 */
	private Mono<StockMovement> issueItem(KitApplication kit, String item, int attempt, MarketplaceUser by) {
		if (attempt > MOST_ATTEMPTS) {
			return Mono.error(Refusal.conflict("kit.refused.noStock"));
		}
		String lineId = kit.lineId(item, attempt);
		return this.register.line(lineId)
			.filter((line) -> line.state() == StockMovement.State.REFUSED)
			.flatMap((refused) -> issueItem(kit, item, attempt + 1, by))
			.switchIfEmpty(Mono.defer(() -> this.register
				.move(StockMovement.enter(lineId, StockMovement.Kind.ISSUE, item, StockMovement.STORE, kit.traineeId(),
						1, quote(kit), null, by.id(), this.clock.instant()))
				.onErrorMap(Refusal.class, (ex) -> "stock.refused.notEnough".equals(ex.messageKey())
						? Refusal.conflict("kit.refused.noStock") : ex)));
	}

	/** What the beneficiary quotes when paying: short, and no internal id. */
	public static String quote(KitApplication kit) {
		return "KIT/%08X".formatted(kit.id().hashCode());
	}

	private Mono<KitApplication> save(KitApplication before, KitApplication after) {
		return this.kits.save(before, after)
			.flatMap((saved) -> saved ? Mono.just(after)
					: Mono.<KitApplication>error(Refusal.conflict("kit.refused.state")));
	}

	private Mono<Batch.Trainee> trainee(String centreId, String batchId, String traineeId) {
		return this.centres.batches(centreId)
			.flatMapIterable((batches) -> batches)
			.filter((batch) -> batch.id().equals(batchId))
			.flatMapIterable(Batch::trainees)
			.filter((trainee) -> trainee.traineeId().equals(traineeId))
			.next()
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("kit.refused.noTrainee")));
	}

	private Mono<KitApplication> audit(MarketplaceUser by, String action, KitApplication kit,
			Map<String, Object> details) {
		return this.audit.record(by, action, "KIT_APPLICATION", kit.id(), null, details).thenReturn(kit);
	}

	/**
	 * Who may apply at a centre.
	 *
	 * @param centre the centre
	 * @param scheme its scheme when it gives a kit at a subsidy, else {@code null}
	 * @param candidates its trainees who completed a course
	 */
	public record Eligible(TrainingCentre centre, Scheme scheme, List<Candidate> candidates) {

	}

	/**
	 * A trainee who completed a course.
	 *
	 * @param batchId their batch
	 * @param traineeId the trainee
	 * @param name their name
	 * @param kitId the application's id, if they apply
	 * @param applied whether they have
	 */
	public record Candidate(String batchId, String traineeId, String name, String kitId, boolean applied) {

	}

}
