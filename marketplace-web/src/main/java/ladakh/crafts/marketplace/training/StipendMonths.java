package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A batch's stipends month by month, as the officer works them (decision 0062): compute
 * the month for every trainee of the batch (a trainee computed before keeps their line),
 * approve each line, record it paid with its reference, correct by a line of its own.
 * Officers and admins do all of it; an instructor of the centre may look. Each move is
 * one conditional update in {@link StipendRegister} and lands in the audit trail.
 */
@Service
public class StipendMonths {

	private final TrainingCentres centres;

	private final Schemes schemes;

	private final StipendRegister register;

	private final AuditTrail audit;

	StipendMonths(TrainingCentres centres, Schemes schemes, StipendRegister register, AuditTrail audit) {
		this.centres = centres;
		this.schemes = schemes;
		this.register = register;
		this.audit = audit;
	}

	/**
	 * A batch's month as the page shows it.
	 *
	 * @param centre the centre
	 * @param batch the batch
	 * @param month the month shown
	 * @param months the months of the batch that have ended, latest first (the ones that
	 * may be computed)
	 * @param lines the month's lines, corrections included
	 * @param computable the month has ended and falls in the batch's dates
	 * @param missing trainees of the batch without a line for the month yet
	 */
	public record BatchMonth(TrainingCentre centre, Batch batch, YearMonth month, List<YearMonth> months,
			List<StipendLine> lines, boolean computable, int missing) {

		/** The sum of the month's lines. */
		public Money total() {
			return this.lines.stream().map(StipendLine::amount).reduce(Money.ZERO, Money::plus);
		}

		/** A trainee's name, by id. */
		public String nameOf(String traineeId) {
			return this.batch.trainees()
				.stream()
				.filter((trainee) -> trainee.traineeId().equals(traineeId))
				.map(Batch.Trainee::name)
				.findFirst()
				.orElse("");
		}

	}

	/**
	 * The month of a batch; {@code month} null means the latest ended month.
	 * @throws Refusal NOT_FOUND (no such centre or batch), FORBIDDEN (an instructor of
	 * another centre)
	 */
	public Mono<BatchMonth> month(String centreId, String batchId, YearMonth month, MarketplaceUser viewer) {
		return batch(centreId, batchId, viewer, false).flatMap((found) -> {
			List<YearMonth> months = endedMonths(found.batch(), this.schemes.today());
			YearMonth shown = (month != null) ? month
					: months.isEmpty() ? YearMonth.from(this.schemes.today()) : months.get(0);
			return this.register.ofBatch(batchId, shown)
				.collectList()
				.map((lines) -> new BatchMonth(found.centre(), found.batch(), shown, months, lines,
						months.contains(shown), missing(found.batch(), lines)));
		});
	}

	/**
	 * Computes the month for every trainee of the batch who has no line for it yet; the
	 * lines already there stay as they are.
	 * @return how many lines were made now
	 * @throws Refusal INVALID when the month has not ended or is outside the batch's
	 * dates, or the scheme has no rate
	 */
	public Mono<Integer> compute(String centreId, String batchId, YearMonth month, MarketplaceUser by) {
		return batch(centreId, batchId, by, true).flatMap((found) -> {
			if (!endedMonths(found.batch(), this.schemes.today()).contains(month)) {
				return Mono.error(Refusal.invalid("training.stipend.refused.month"));
			}
			return this.schemes.find(found.centre().scheme())
				.onErrorMap(Refusal.class, (ex) -> Refusal.invalid("training.stipend.refused.noScheme"))
				.flatMap((scheme) -> this.register.ofBatch(batchId, month).collectList().flatMap((lines) -> {
					StipendRule.Enrolment enrolment = new StipendRule.Enrolment(found.batch().startsOn(),
							found.batch().endsOn());
					return Flux.fromIterable(found.batch().trainees())
						.filter((trainee) -> lines.stream()
							.noneMatch((line) -> line.traineeId().equals(trainee.traineeId())))
						.concatMap((trainee) -> this.register
							.compute(trainee.traineeId(), batchId, enrolment, month,
									(day) -> scheme.rateOn(day).orElse(Money.ZERO))
							// computed meanwhile by another officer: theirs stands
							.onErrorResume(Refusal.class,
									(ex) -> (ex.kind() == Refusal.Kind.CONFLICT) ? Mono.empty() : Mono.error(ex)))
						.count()
						.map(Long::intValue);
				}))
				// the month is in the subject: the audit page shows no ids
				.flatMap((made) -> audit(by, "STIPEND_MONTH_COMPUTED", batchId + ":" + month, null,
						Map.of("batchId", batchId, "lines", made))
					.thenReturn(made));
		});
	}

	/** An officer approves a computed line of the batch. */
	public Mono<StipendLine> approve(String centreId, String batchId, String lineId, MarketplaceUser by) {
		return line(centreId, batchId, lineId, by).flatMap((line) -> this.register.approve(line.id(), by.id()))
			.flatMap((approved) -> audit(by, "STIPEND_APPROVED", lineId, null,
					Map.of("batchId", batchId, "amountMinor", approved.amount().minor()))
				.thenReturn(approved));
	}

	/** An approved line of the batch is recorded as paid with its reference. */
	public Mono<StipendLine> recordPaid(String centreId, String batchId, String lineId, String reference,
			MarketplaceUser by) {
		return line(centreId, batchId, lineId, by).flatMap((line) -> this.register.recordPaid(line.id(), reference))
			.flatMap((paid) -> audit(by, "STIPEND_PAID", lineId, null, Map.of("batchId", batchId, "amountMinor",
					paid.amount().minor(), "reference", paid.paymentReference()))
				.thenReturn(paid));
	}

	/** Corrects a trainee's month of the batch by a line of its own, with its reason. */
	public Mono<StipendLine> correct(String centreId, String batchId, String traineeId, YearMonth month, Money change,
			String reason, MarketplaceUser by) {
		return batch(centreId, batchId, by, true).flatMap((found) -> {
			boolean inBatch = found.batch()
				.trainees()
				.stream()
				.anyMatch((trainee) -> trainee.traineeId().equals(traineeId));
			if (!inBatch) {
				return Mono.error(Refusal.notFound("training.stipend.notFound"));
			}
			return this.register.correct(traineeId, month, change, reason)
				.flatMap((line) -> audit(by, "STIPEND_CORRECTED", line.id(), line.reason(),
						Map.of("batchId", batchId, "amountMinor", line.amount().minor()))
					.thenReturn(line));
		});
	}

	/** The months of a batch that have ended by {@code today}, latest first. */
	static List<YearMonth> endedMonths(Batch batch, LocalDate today) {
		List<YearMonth> months = new ArrayList<>();
		if (batch.startsOn() == null) {
			return months;
		}
		YearMonth last = YearMonth.from(today).minusMonths(1);
		if (batch.endsOn() != null && YearMonth.from(batch.endsOn()).isBefore(last)) {
			last = YearMonth.from(batch.endsOn());
		}
		for (YearMonth month = last; !month.isBefore(YearMonth.from(batch.startsOn())); month = month.minusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	private static int missing(Batch batch, List<StipendLine> lines) {
		return (int) batch.trainees()
			.stream()
			.filter((trainee) -> lines.stream().noneMatch((line) -> line.traineeId().equals(trainee.traineeId())))
			.count();
	}

	private record Found(TrainingCentre centre, Batch batch) {

	}

	/**
	 * The centre and its batch, for an officer or admin, or (to look) a reviewer or an
	 * instructor of the centre.
	 */
	private Mono<Found> batch(String centreId, String batchId, MarketplaceUser user, boolean change) {
		return this.centres.find(centreId)
			.onErrorMap(CentreChangeRefusedException.class, (ex) -> Refusal.notFound("training.stipend.notFound"))
			.flatMap((centre) -> {
				// a reviewer looks at every centre's stipends and decides none
				boolean decides = user.managesDepartment();
				boolean looks = user.seesWholeDepartment()
						|| (user.has(Role.INSTRUCTOR) && centre.instructedBy(user.id()));
				if (change ? !decides : !looks) {
					return Mono.error(Refusal.forbidden("training.stipend.refused.officersOnly"));
				}
				return this.centres.batches(centreId)
					.flatMap((batches) -> Mono
						.justOrEmpty(batches.stream().filter((batch) -> batch.id().equals(batchId)).findFirst()))
					.switchIfEmpty(Mono.error(() -> Refusal.notFound("training.stipend.notFound")))
					.map((batch) -> new Found(centre, batch));
			});
	}

	/** A line of the batch; another batch's line is not found here. */
	private Mono<StipendLine> line(String centreId, String batchId, String lineId, MarketplaceUser by) {
		return batch(centreId, batchId, by, true).then(this.register.line(lineId))
			.filter((line) -> batchId.equals(line.batchId()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("training.stipend.notFound")));
	}

	private Mono<Void> audit(MarketplaceUser by, String action, String subjectId, String reason,
			Map<String, Object> details) {
		return this.audit.record(by, action, "STIPEND", subjectId, reason, details).then();
	}

}
