package ladakh.crafts.marketplace.training.attendance.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.training.DailyAttendance.CentreDay;
import ladakh.crafts.marketplace.training.DailyAttendance.Person;

/**
 * The daily report as CSV, one line per person expected: day, centre, batch, person,
 * name, trainee or instructor, attendance, marked by 11:00. Cells a spreadsheet would run
 * as a formula are quoted with a leading apostrophe.
 */
final class AttendanceCsv {

	private AttendanceCsv() {
	}

	static String of(List<CentreDay> days, Labels labels, Locale locale) {
		StringBuilder csv = new StringBuilder(
				"day,centre_id,centre,batch_id,person_id,name,role,attendance,marked_by_11\r\n");
		for (CentreDay day : days) {
			for (Person person : day.people()) {
				line(csv, day.day().toString(), day.centre().id(), labels.centreName(day.centre().name(), locale),
						(person.batchId() != null) ? person.batchId() : "", person.id(), person.name(),
						person.staff() ? "INSTRUCTOR" : "TRAINEE", person.status().name(),
						person.markedBy() ? "yes" : "no");
			}
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
