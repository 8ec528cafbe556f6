package ladakh.crafts.marketplace.reports;

import java.time.LocalDate;
import java.time.YearMonth;

import ladakh.crafts.marketplace.exhibitions.ExhibitionTakeUp;
import ladakh.crafts.marketplace.exhibitions.StallTakeUp;
import ladakh.crafts.marketplace.sellers.ShgFundSums;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.stalls.ExhibitionSales;
import ladakh.crafts.marketplace.stalls.StallSalesTotals;
import ladakh.crafts.marketplace.training.KitSums;
import ladakh.crafts.marketplace.training.StipendSums;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.PayoutSums;
import ladakh.crafts.marketplace.treasury.RevenueBreakdowns;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department's financial-year reports (issue 18), each built from the owning area's
 * own sums (docs/decisions/0074).
 */
@Service
public class FinancialYearReports {

	private final RevenueBreakdowns revenue;

	private final StipendSums stipends;

	private final ExhibitionTakeUp exhibitions;

	private final StallSalesTotals stallSales;

	private final ShgFundSums shgFunds;

	private final PayoutSums payouts;

	private final KitSums kits;

	FinancialYearReports(RevenueBreakdowns revenue, StipendSums stipends, ExhibitionTakeUp exhibitions,
			StallSalesTotals stallSales, ShgFundSums shgFunds, PayoutSums payouts, KitSums kits) {
		this.kits = kits;
		this.payouts = payouts;
		this.shgFunds = shgFunds;
		this.revenue = revenue;
		this.stipends = stipends;
		this.exhibitions = exhibitions;
		this.stallSales = stallSales;
	}

	/** Revenue by channel, seller kind, craft, district, centre and month. */
	public Mono<RevenueReport> revenue(FinancialYear year) {
		return this.revenue.cellsOf(year).collectList().map((cells) -> new RevenueReport(year, cells));
	}

	/** Stipends paid for the year's months, by month, centre and scheme. */
	public Mono<StipendReport> stipends(FinancialYear year) {
		YearMonth april = YearMonth.of(year.startYear(), 4);
		YearMonth march = april.plusMonths(11);
		return this.stipends.paidIn(april, march)
			.collectList()
			.zipWith(this.stipends.traineesPaidIn(april, march))
			.map((read) -> new StipendReport(year, read.getT1(), read.getT2()));
	}

	/**
	 * The exhibitions whose first day (in India) falls in the year: stalls offered and
	 * taken, and the stall sales made at them (whenever made).
	 */
	public Mono<ExhibitionReport> exhibitions(FinancialYear year) {
		LocalDate first = LocalDate.of(year.startYear(), 4, 1);
		return this.exhibitions.startingBetween(first, first.plusYears(1).minusDays(1))
			.collectList()
			.flatMap((takeUps) -> this.stallSales.of(takeUps.stream().map(StallTakeUp::exhibitionId).toList())
				.collectMap(ExhibitionSales::exhibitionId)
				.map((sales) -> new ExhibitionReport(year, takeUps.stream().map((takeUp) -> {
					ExhibitionSales sold = sales.get(takeUp.exhibitionId());
					return new ExhibitionReport.Exhibition(takeUp, (sold != null) ? sold.total() : Money.ZERO,
							(sold != null) ? sold.sales() : 0);
				}).toList())));
	}

	/** SHGs' revolving funds: the year's grants, utilisation, repayments and balances. */
	public Mono<ShgFundReport> shgFunds(FinancialYear year) {
		return this.shgFunds.between(year.start(), year.end())
			.collectList()
			.map((cells) -> new ShgFundReport(year, cells));
	}

	/** Payouts to sellers: what was paid with its UTR in the year, by month and run. */
	public Mono<PayoutReport> payouts(FinancialYear year) {
		return this.payouts.cellsOf(year)
			.collectList()
			.zipWith(this.payouts.sellersPaidIn(year))
			.map((read) -> new PayoutReport(year, read.getT1(), read.getT2()));
	}

	/** Subsidy kits issued in the year: value, share and subsidy by centre and scheme. */
	public Mono<KitReport> kits(FinancialYear year) {
		return this.kits.issuedBetween(year.start(), year.end())
			.collectList()
			.map((cells) -> new KitReport(year, cells));
	}

}
