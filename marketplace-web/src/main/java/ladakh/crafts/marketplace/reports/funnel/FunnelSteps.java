package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.Batch;
import ladakh.crafts.marketplace.training.TraineeStatus;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.treasury.FinancialYear;

/**
 * The funnel's rules, without a database: which stage each trainee of a batch reached and
 * how long each step took ({@link FunnelRow}), and who of them has gone quiet
 * ({@link QuietExTrainee}).
 */
final class FunnelSteps {

	private FunnelSteps() {
	}

	/** The sellers the completed trainees of these batches became. */
	static Set<String> sellerIds(Collection<Batch> batches) {
		Set<String> ids = new LinkedHashSet<>();
		for (Batch batch : batches) {
			for (Batch.Trainee trainee : batch.trainees()) {
				String sellerId = sellerOf(trainee);
				if (trainee.status() == TraineeStatus.COMPLETED && sellerId != null) {
					ids.add(sellerId);
				}
			}
		}
		return ids;
	}

	/**
	 * The batch's funnel.
	 * @param sellers what is known of the sellers its trainees became, by id
	 * @param earningPerYear the net in the last 12 months that counts as earning
	 */
	static FunnelRow row(Batch batch, TrainingCentre centre, Map<String, SellerProgress> sellers,
			Money earningPerYear) {
		int enrolled = 0;
		int completed = 0;
		int registered = 0;
		int listed = 0;
		int sold = 0;
		int earning = 0;
		long toComplete = 0;
		long toRegister = 0;
		long toList = 0;
		long toSell = 0;
		for (Batch.Trainee trainee : batch.trainees()) {
			enrolled++;
			if (trainee.status() != TraineeStatus.COMPLETED) {
				continue;
			}
			completed++;
			toComplete += days(batch.startsOn(), batch.endsOn());
			String sellerId = sellerOf(trainee);
			SellerProgress seller = (sellerId != null) ? sellers.get(sellerId) : null;
			if (seller == null || seller.registeredOn() == null) {
				continue;
			}
			registered++;
			toRegister += days(batch.endsOn(), seller.registeredOn());
			if (seller.firstListedOn() == null) {
				continue;
			}
			listed++;
			toList += days(seller.registeredOn(), seller.firstListedOn());
			if (seller.firstSaleOn() == null) {
				continue;
			}
			sold++;
			toSell += days(seller.firstListedOn(), seller.firstSaleOn());
			if (seller.lastTwelveMonths().compareTo(earningPerYear) >= 0) {
				earning++;
			}
		}
		return new FunnelRow(batch.id(), batch.centreId(), centre.name(), batch.craft(), centre.district(),
				centre.scheme(), (batch.endsOn() != null) ? FinancialYear.of(batch.endsOn()).label() : null, enrolled,
				completed, registered, listed, sold, earning, toComplete, toRegister, toList, toSell);
	}

	/**
	 * The batch's trainees who completed and have not sold in the 12 months up to the
	 * window's day (or never), in enrolment order.
	 */
	static List<QuietExTrainee> quiet(Batch batch, Map<String, SellerProgress> sellers, TwelveMonths window) {
		List<QuietExTrainee> quiet = new ArrayList<>();
		for (Batch.Trainee trainee : batch.trainees()) {
			if (trainee.status() != TraineeStatus.COMPLETED) {
				continue;
			}
			String sellerId = sellerOf(trainee);
			SellerProgress seller = (sellerId != null) ? sellers.get(sellerId) : null;
			LocalDate lastSaleOn = (seller != null) ? seller.lastSaleOn() : null;
			if (window.quietSince(lastSaleOn)) {
				quiet.add(new QuietExTrainee(trainee.traineeId(), trainee.name(), batch.id(), batch.craft(),
						batch.endsOn(), sellerId, (seller != null) ? seller.registrationNumber() : null, lastSaleOn));
			}
		}
		return quiet;
	}

	/** Whole days from one step to the next; 0 when the next came first or is unknown. */
	static long days(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(from, to));
	}

	private static String sellerOf(Batch.Trainee trainee) {
		String id = trainee.artisanId();
		return (id == null || id.isBlank()) ? null : id.strip();
	}

}
