package ladakh.crafts.marketplace.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshots;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.LedgerEntry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department's headline figures for the public page (issue 18): counts and one sum,
 * never a name, a number or an address. Anyone may ask, as often as they like, so the
 * figures are read at most once every {@link #KEPT}: the artisans from an index count,
 * the trainees from the kept funnel, the makers' sales from the year's revenue the home
 * pages keep.
 */
@Service
public class HeadlineFigures {

	static final Duration KEPT = Duration.ofMinutes(5);

	private final SellerDirectory sellers;

	private final FunnelSnapshots funnel;

	private final Dashboards dashboards;

	private final Clock clock;

	private volatile Mono<Figures> kept;

	HeadlineFigures(SellerDirectory sellers, FunnelSnapshots funnel, Dashboards dashboards, Clock clock) {
		this.sellers = sellers;
		this.funnel = funnel;
		this.dashboards = dashboards;
		this.clock = clock;
		forget();
	}

	/** Reads the figures again at the next request (tests, after writing records). */
	void forget() {
		this.kept = Mono.defer(this::read).cache((figures) -> KEPT, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/** The figures, at most {@link #KEPT} old. */
	public Mono<Figures> current() {
		return this.kept;
	}

	Mono<Figures> read() {
		Instant at = this.clock.instant();
		FinancialYear year = FinancialYear.of(at);
		return Mono
			.zip(this.sellers.countActive(SellerKind.ARTISAN), this.sellers.countActive(SellerKind.SHG),
					this.funnel.current(), this.dashboards.thisYearsRevenue())
			.map((read) -> {
				FunnelSnapshot funnel = read.getT3();
				return new Figures(at, year.label(), read.getT1(), read.getT2(), funnel.total(null).completed(),
						funnel.total(year.label()).completed(), read.getT4().totalFor(LedgerEntry.SELLER));
			});
	}

	/**
	 * @param at when they were read
	 * @param fy this financial year, e.g. {@code "2026-27"}
	 * @param artisans artisans registered and active
	 * @param shgs self-help groups registered and active
	 * @param trainedEver trainees who completed a course, every year the records hold
	 * @param trainedThisYear of them, in courses ending this financial year
	 * @param makersSales this financial year's sales by makers (artisans, SHGs, unit
	 * holders, co-operatives), less refunds
	 */
	public record Figures(Instant at, String fy, long artisans, long shgs, long trainedEver, long trainedThisYear,
			Money makersSales) {

	}

}
