package ladakh.crafts.marketplace.sellers.shg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ladakh.crafts.marketplace.sellers.ShgFundCell;
import ladakh.crafts.marketplace.shared.Money;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The revolving funds over a period, an SHG each, summed by the database (for
 * {@link ladakh.crafts.marketplace.sellers.ShgFundSums}): the balance before it and the
 * grants, utilisation and repayments in it. Only SHGs with an entry before the period's
 * end have a cell.
 */
@Service
public class FundPeriods {

	private final FundLedgerRepository ledger;

	FundPeriods(FundLedgerRepository ledger) {
		this.ledger = ledger;
	}

	/** The cells of {@code [from, to)}, districts not yet known, by SHG id. */
	public Mono<List<ShgFundCell>> between(Instant from, Instant to) {
		return this.ledger.balancesBefore(from)
			.collectList()
			.zipWith(this.ledger.sumsBetween(from, to).collectList())
			.map((read) -> cells(read.getT1(), read.getT2()));
	}

	private static List<ShgFundCell> cells(List<FundLedgerRepository.KindSum> before,
			List<FundLedgerRepository.KindSum> during) {
		Map<String, ShgFundCell> cells = new TreeMap<>();
		for (FundLedgerRepository.KindSum sum : before) {
			cells.put(sum.shgId(), cell(sum.shgId()).plusOpening(sum.amount()));
		}
		for (FundLedgerRepository.KindSum sum : during) {
			ShgFundCell cell = cells.getOrDefault(sum.shgId(), cell(sum.shgId()));
			cells.put(sum.shgId(),
					new ShgFundCell(cell.shgId(), null, cell.opening(),
							cell.granted().plus((sum.kind() == FundEntryKind.GRANT) ? sum.amount() : Money.ZERO),
							cell.utilised().plus((sum.kind() == FundEntryKind.UTILISATION) ? sum.amount() : Money.ZERO),
							cell.repaid().plus((sum.kind() == FundEntryKind.REPAYMENT) ? sum.amount() : Money.ZERO),
							cell.entries() + sum.entries()));
		}
		return new ArrayList<>(cells.values());
	}

	private static ShgFundCell cell(String shgId) {
		return new ShgFundCell(shgId, null, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0);
	}

}
