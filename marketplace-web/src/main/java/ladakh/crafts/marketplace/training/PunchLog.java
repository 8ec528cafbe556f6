package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.CsvText;

/**
 * Reads a biometric device's punch log, uploaded for one centre, row by row: every
 * mistake of every row is reported (an id not on the centre's roster, a time that is not
 * one, a punch outside the person's dates at the centre, a row repeated), and a file with
 * any mistake gives no punches at all, so nothing is saved partly.
 * <p>
 * Columns: {@code person, time, device}. Times as devices export them, India time:
 * {@code 2027-01-04 09:02}, {@code 2027-01-04T09:02:33} or {@code 04/01/2027 09:02} (day
 * first). Row numbers count lines of the file, the header being line 1.
 */
public final class PunchLog {

	static final List<String> COLUMNS = List.of("person", "time", "device");

	/** The largest file taken: a month of a large centre's punches, with room. */
	public static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_ROWS = 30_000;

	private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"),
			DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"),
			DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]"));

	private PunchLog() {
	}

	/** The days a person is expected at the centre (a trainee's batch, a placement). */
	public record Dates(LocalDate from, LocalDate until) {

		boolean cover(LocalDate day) {
			return !day.isBefore(this.from) && (this.until == null || !day.isAfter(this.until));
		}

	}

	/**
	 * A mistake in the file.
	 *
	 * @param row the line of the file (1 is the header)
	 * @param column the column's name, or null for the whole row
	 * @param messageKey what is wrong
	 * @param arguments the message's arguments
	 */
	public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

		public RowProblem {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * What the file gave: the punches when there is no problem, else only the problems.
	 */
	public record Parsed(List<Punch> punches, List<RowProblem> problems) {

		public Parsed {
			punches = List.copyOf(punches);
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * @param bytes the uploaded file
	 * @param roster the dates each person on the centre's roster is expected; empty for
	 * anyone else
	 */
	public static Parsed read(byte[] bytes, Function<String, Optional<Dates>> roster) {
		if (bytes == null || bytes.length == 0) {
			return refused(new RowProblem(1, null, "training.punches.empty", List.of()));
		}
		if (bytes.length > MAX_BYTES) {
			return refused(new RowProblem(1, null, "training.punches.tooLarge", List.of(MAX_BYTES / 1024)));
		}
		Optional<String> text = CsvText.decode(bytes);
		if (text.isEmpty()) {
			return refused(new RowProblem(1, null, "training.punches.notText", List.of()));
		}
		List<String> lines = text.get().strip().lines().toList();
		List<String> header = lines.isEmpty() ? null : CsvText.split(lines.get(0));
		if (header == null
				|| !header.stream().map((cell) -> cell.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS)) {
			return refused(new RowProblem(1, null, "training.punches.header", List.of()));
		}
		List<Punch> punches = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<Punch, Integer> seen = new HashMap<>();
		for (int index = 1; index < lines.size(); index++) {
			int row = index + 1;
			if (lines.get(index).isBlank()) {
				continue;
			}
			if (index > MAX_ROWS) {
				problems.add(new RowProblem(row, null, "training.punches.tooManyRows", List.of(MAX_ROWS)));
				break;
			}
			Punch punch = punch(row, CsvText.split(lines.get(index)), roster, problems);
			if (punch == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(punch, row);
			if (first != null) {
				problems.add(new RowProblem(row, null, "training.punches.repeated", List.of(first)));
			}
			else {
				punches.add(punch);
			}
		}
		return problems.isEmpty() ? new Parsed(punches, List.of()) : new Parsed(List.of(), problems);
	}

	/** A row's punch, or null with its problems noted. */
	private static Punch punch(int row, List<String> cells, Function<String, Optional<Dates>> roster,
			List<RowProblem> problems) {
		if (cells == null) {
			problems.add(new RowProblem(row, null, "training.punches.quotes", List.of()));
			return null;
		}
		if (cells.size() != COLUMNS.size()) {
			problems.add(new RowProblem(row, null, "training.punches.columns", List.of(cells.size(), COLUMNS.size())));
			return null;
		}
		int before = problems.size();
		String person = cells.get(0).strip();
		Optional<Dates> dates = person.isEmpty() ? Optional.empty() : roster.apply(person);
		if (dates.isEmpty()) {
			problems.add(new RowProblem(row, "person", "training.punches.unknownPerson", List.of(person)));
		}
		LocalDateTime at = time(cells.get(1).strip());
		if (at == null) {
			problems.add(new RowProblem(row, "time", "training.punches.time", List.of(cells.get(1).strip())));
		}
		else if (dates.isPresent() && !dates.get().cover(at.toLocalDate())) {
			problems.add(new RowProblem(row, "time", "training.punches.outsideDates", List.of(person)));
		}
		String device = cells.get(2).strip();
		if (!device.matches("[A-Za-z0-9_.:-]{1,40}")) {
			problems.add(new RowProblem(row, "device", "training.punches.device", List.of()));
		}
		return (problems.size() == before) ? new Punch(person, at, device) : null;
	}

	private static LocalDateTime time(String text) {
		for (DateTimeFormatter format : TIMES) {
			try {
				return LocalDateTime.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		return null;
	}

	private static Parsed refused(RowProblem problem) {
		return new Parsed(List.of(), List.of(problem));
	}

}
