package ladakh.crafts.marketplace.reports.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.reports.funnel.QuietExTrainee;
import ladakh.crafts.marketplace.shared.CsvExport;

/**
 * The funnel as CSV: a line per group with each stage's count and each step's summed days
 * (so averages can be made again over any lines), then a {@code TOTAL} line.
 */
final class FunnelCsv {

	static final String HEADER = "fy,by,key,label,enrolled,completed,registered,listed,sold,earning,"
			+ "days_to_complete,days_to_register,days_to_list,days_to_sell";

	private FunnelCsv() {
	}

	static String of(FunnelView view) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		String fy = (view.fy() != null) ? view.fy() : "ALL";
		for (FunnelView.Group group : view.groups()) {
			line(csv, fy, view.by().slug(), group.key(), group.label(), group.stages());
		}
		line(csv, fy, view.by().slug(), "TOTAL", "", view.total());
		return csv.toString();
	}

	static String quiet(String centreId, List<QuietExTrainee> people) {
		StringBuilder csv = new StringBuilder(
				"centre_id,trainee_id,name,batch_id,craft,completed_on,seller_id,registration_number,last_sale_on\r\n");
		for (QuietExTrainee person : people) {
			CsvExport.line(csv, centreId, person.traineeId(), person.name(), person.batchId(), person.craft(),
					String.valueOf(person.completedOn()), text(person.sellerId()), text(person.registrationNumber()),
					(person.lastSaleOn() != null) ? person.lastSaleOn().toString() : "");
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, String fy, String by, String key, String label,
			FunnelSnapshot.Stages stages) {
		List<String> cells = new ArrayList<>(List.of(fy, by, key, label));
		stages.counts().forEach((count) -> cells.add(Integer.toString(count)));
		cells.add(Long.toString(stages.daysToComplete()));
		cells.add(Long.toString(stages.daysToRegister()));
		cells.add(Long.toString(stages.daysToList()));
		cells.add(Long.toString(stages.daysToSell()));
		CsvExport.line(csv, cells.toArray(String[]::new));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
