package ladakh.crafts.marketplace.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import ladakh.crafts.marketplace.catalog.ReviewBacklog;
import ladakh.crafts.marketplace.sellers.RegistrationBacklogs;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.training.AttendanceRates;
import ladakh.crafts.marketplace.training.LowStock;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department's operations report (issue 18): attendance per centre over twelve
 * months, the work waiting for a decision by age, machines out of order, stock below its
 * reorder level. Each part is counted by its owning area on its own indexes; this only
 * puts them side by side.
 */
@Service
public class OperationsReports {

	/** How many months of attendance the report shows, the chosen month the last. */
	public static final int MONTHS = 12;

	private final AttendanceRates attendance;

	private final RegistrationBacklogs registrations;

	private final ReviewBacklog listings;

	private final OutOfOrderMachines machines;

	private final LowStock stock;

	private final Clock clock;

	OperationsReports(AttendanceRates attendance, RegistrationBacklogs registrations, ReviewBacklog listings,
			OutOfOrderMachines machines, LowStock stock, Clock clock) {
		this.stock = stock;
		this.attendance = attendance;
		this.registrations = registrations;
		this.listings = listings;
		this.machines = machines;
		this.clock = clock;
	}

	/** This month, India time: the report's default last month. */
	public YearMonth thisMonth() {
		return YearMonth.from(IndiaTime.dayOf(this.clock.instant()));
	}

	/** The report with attendance of the twelve months ending with {@code last}. */
	public Mono<OperationsReport> report(YearMonth last) {
		Instant now = this.clock.instant();
		YearMonth first = last.minusMonths(MONTHS - 1L);
		return Mono
			.zip(this.attendance.perCentre(first, last), this.registrations.awaitingTest(),
					this.registrations.awaitingTestByAge(now), this.registrations.testsToRecord(),
					this.registrations.testsToRecordByAge(now), this.registrations.awaitingApproval(),
					this.registrations.awaitingApprovalByAge(now),
					Mono.zip(this.listings.awaitingReview(), this.listings.awaitingReviewByAge(now),
							this.machines.today(), this.stock.now()))
			.map((read) -> new OperationsReport(first, last, now, read.getT1(), java.util.List.of(
					new OperationsReport.Queue(OperationsReport.QueueKind.AWAITING_TEST, read.getT2(), read.getT3()),
					new OperationsReport.Queue(OperationsReport.QueueKind.TESTS_TO_RECORD, read.getT4(), read.getT5()),
					new OperationsReport.Queue(OperationsReport.QueueKind.AWAITING_APPROVAL, read.getT6(),
							read.getT7()),
					new OperationsReport.Queue(OperationsReport.QueueKind.LISTINGS_TO_REVIEW, read.getT8().getT1(),
							read.getT8().getT2())),
					read.getT8().getT3(), read.getT8().getT4()));
	}

}
