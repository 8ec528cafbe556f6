package ladakh.crafts.marketplace.sellers;

import java.time.Instant;

import ladakh.crafts.marketplace.sellers.shg.FundPeriods;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * SHGs' revolving funds over a period for the financial-year reports (issue 18): each
 * SHG's balance before it, its grants, utilisation and repayments in it (summed in the
 * database), and its district (one read by id for the SHGs that have a fund).
 */
@Service
public class ShgFundSums {

	private final FundPeriods funds;

	private final SellerRepository sellers;

	ShgFundSums(FundPeriods funds, SellerRepository sellers) {
		this.funds = funds;
		this.sellers = sellers;
	}

	/** A cell per SHG with an entry before {@code to}; amounts of {@code [from, to)}. */
	public Flux<ShgFundCell> between(Instant from, Instant to) {
		return this.funds.between(from, to)
			.flatMap((cells) -> this.sellers.districtsOf(cells.stream().map(ShgFundCell::shgId).toList())
				.map((districts) -> cells.stream().map((cell) -> cell.in(districts.get(cell.shgId()))).toList()))
			.flatMapMany(Flux::fromIterable);
	}

}
