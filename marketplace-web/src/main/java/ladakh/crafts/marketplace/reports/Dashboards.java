package ladakh.crafts.marketplace.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import ladakh.crafts.marketplace.catalog.ReviewBacklog;
import ladakh.crafts.marketplace.sellers.RegistrationBacklogs;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.training.DailyAttendance;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Each staff member's home page figures, by role (issue 18, docs/decisions/0074):
 * officers, admins and reviewers (the Commissioner's view) see the department's queues,
 * the year's revenue and the artisans registered; accounts staff the year's revenue;
 * instructors today's attendance at their own centres. Every figure is a count or a sum
 * the owning area reads from an index; the year's revenue, the one figure that reads the
 * year's ledger lines, is kept for {@link #REVENUE_KEPT} so a busy morning of sign-ins
 * sums the year once.
 */
@Service
public class Dashboards {

	/** How long the home pages reuse the year's revenue before summing it again. */
	static final Duration REVENUE_KEPT = Duration.ofMinutes(5);

	private final RegistrationBacklogs registrations;

	private final ReviewBacklog listings;

	private final SellerDirectory sellers;

	private final DailyAttendance attendance;

	private final FinancialYearReports reports;

	private final Clock clock;

	private final AtomicReference<Kept> revenue = new AtomicReference<>();

	Dashboards(RegistrationBacklogs registrations, ReviewBacklog listings, SellerDirectory sellers,
			DailyAttendance attendance, FinancialYearReports reports, Clock clock) {
		this.registrations = registrations;
		this.listings = listings;
		this.sellers = sellers;
		this.attendance = attendance;
		this.reports = reports;
		this.clock = clock;
	}

	/** The figures for this person's role. */
	public Mono<DashboardFigures> of(MarketplaceUser user) {
		boolean department = user.seesWholeDepartment();
		boolean money = department || user.has(Role.ACCOUNTS);
		Mono<Optional<DashboardFigures.Queues>> queues = department ? queues().map(Optional::of)
				: Mono.just(Optional.empty());
		Mono<Optional<RevenueReport>> revenue = money ? thisYearsRevenue().map(Optional::of)
				: Mono.just(Optional.empty());
		Mono<Optional<Long>> artisans = department ? this.sellers.countActive(SellerKind.ARTISAN).map(Optional::of)
				: Mono.just(Optional.empty());
		Mono<Optional<List<DashboardFigures.CentreToday>>> today = user.has(Role.INSTRUCTOR)
				? attendanceToday(user).map(Optional::of) : Mono.just(Optional.empty());
		return Mono.zip(queues, revenue, artisans, today)
			.map((read) -> new DashboardFigures(this.clock.instant(), read.getT1().orElse(null),
					read.getT2().orElse(null), read.getT3().orElse(null), read.getT4().orElse(null)));
	}

	private Mono<DashboardFigures.Queues> queues() {
		return Mono
			.zip(this.registrations.awaitingTest(), this.registrations.testsToRecord(),
					this.registrations.awaitingApproval(), this.listings.awaitingReview())
			.map((read) -> new DashboardFigures.Queues(read.getT1(), read.getT2(), read.getT3(), read.getT4()));
	}

	/** This year's revenue, summed again once it is {@link #REVENUE_KEPT} old. */
	Mono<RevenueReport> thisYearsRevenue() {
		FinancialYear year = FinancialYear.of(this.clock.instant());
		Kept kept = this.revenue.get();
		if (kept == null || !kept.year().equals(year)) {
			Kept fresh = new Kept(year, this.reports.revenue(year)
				.cache((report) -> REVENUE_KEPT, (ex) -> Duration.ZERO, () -> Duration.ZERO));
			kept = this.revenue.compareAndSet(kept, fresh) ? fresh : this.revenue.get();
		}
		return kept.report();
	}

	/** Sums the year again at the next request (tests, after writing lines). */
	void forget() {
		this.revenue.set(null);
	}

	private Mono<List<DashboardFigures.CentreToday>> attendanceToday(MarketplaceUser user) {
		return this.attendance.markable(user)
			.flatMapMany((markable) -> Flux.fromIterable(markable)
				.map((one) -> one.centre().id())
				.distinct()
				.concatMap((centreId) -> this.attendance.centreDay(centreId, this.attendance.today())))
			.map((day) -> new DashboardFigures.CentreToday(day.centre().id(), day.centre().name(),
					day.counts().present(), day.counts().absent(), day.counts().leave(), day.counts().notMarked()))
			.collectList();
	}

	private record Kept(FinancialYear year, Mono<RevenueReport> report) {

	}

}
