package ladakh.crafts.marketplace.exhibitions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Reads a stall plan from a CSV file an officer uploads, row by row: every mistake in
 * every row is reported (row number, column, message key), and a file with any mistake
 * gives no plan at all, so nothing is saved partly.
 * <p>
 * Columns: {@code number, kind, size, fee, x, y, reserved}; size as width x depth in
 * metres ({@code 3x2.5}), fee in rupees as people write it ({@code 1,500}, quoted when it
 * holds a comma), x and y the stall's top left corner on the floor plan in metres,
 * reserved empty or one of {@code gi, awardee, endangered, women-shg, first-time}. Row
 * numbers count lines of the file, the header being line 1.
 */
public final class StallPlanCsv {

	static final List<String> COLUMNS = List.of("number", "kind", "size", "fee", "x", "y", "reserved");

	private static final Map<String, ReservedCategory> RESERVED = Map.of("gi", ReservedCategory.GI_CRAFT, "awardee",
			ReservedCategory.AWARDEE, "endangered", ReservedCategory.ENDANGERED_CRAFT, "women-shg",
			ReservedCategory.WOMEN_SHG, "first-time", ReservedCategory.FIRST_TIME);

	private StallPlanCsv() {
	}

	/**
	 * A mistake in the file.
	 *
	 * @param row the line of the file (1 is the header)
	 * @param column the column's name, or null for the whole row
	 * @param messageKey what is wrong, in the message files
	 * @param arguments the message's arguments
	 */
	public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

		public RowProblem {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * What the file gave: a plan when there is no problem, else only the problems.
	 *
	 * @param plan the plan, or null
	 * @param problems every mistake, in file order
	 */
	public record Parsed(StallPlan plan, List<RowProblem> problems) {

		public Parsed {
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return this.plan != null;
		}

		/**
		 * The plan, or one INVALID refusal listing every problem (field
		 * {@code row 3: fee}).
		 */
		public StallPlan planOrRefuse() {
			if (ok()) {
				return this.plan;
			}
			List<Refusal.FieldProblem> fields = this.problems.stream()
				.map((p) -> new Refusal.FieldProblem("row " + p.row() + ((p.column() != null) ? ": " + p.column() : ""),
						p.messageKey(), p.arguments().toArray()))
				.toList();
			throw Refusal.invalid("exhibitions.csv.invalid", fields, countRows(this.problems));
		}

	}

	/**
	 * The largest file taken: 2,000 stalls of about 40 characters, with room to spare.
	 */
	public static final int MAX_BYTES = 256 * 1024;

	/**
	 * Reads an uploaded file: first its size and that it is text (UTF-8, no control
	 * characters but line ends and tabs), then its rows.
	 */
	public static Parsed read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return new Parsed(null, List.of(new RowProblem(1, null, "exhibitions.csv.empty", List.of())));
		}
		if (bytes.length > MAX_BYTES) {
			return new Parsed(null,
					List.of(new RowProblem(1, null, "exhibitions.csv.tooLarge", List.of(MAX_BYTES / 1024))));
		}
		java.util.Optional<String> text = CsvText.decode(bytes);
		if (text.isEmpty()) {
			return new Parsed(null, List.of(new RowProblem(1, null, "exhibitions.csv.notText", List.of())));
		}
		return parse(text.get());
	}

	/**
	 * One stall typed into the officers' form, by the same rules as a row of the file.
	 * @throws Refusal INVALID with a problem per field at fault (fields named as the
	 * columns)
	 */
	public static Stall stall(String number, String kind, String size, String fee, String x, String y,
			String reserved) {
		List<RowProblem> problems = new ArrayList<>();
		List<String> cells = java.util.stream.Stream.of(number, kind, size, fee, x, y, reserved)
			.map((cell) -> (cell != null) ? cell : "")
			.toList();
		Stall stall = new RowReader(1, cells, problems).stall();
		if (!problems.isEmpty()) {
			throw Refusal.invalid("exhibitions.stall.invalid",
					problems.stream()
						.map((p) -> new Refusal.FieldProblem(p.column(), p.messageKey(), p.arguments().toArray()))
						.toList());
		}
		return stall;
	}

	/** A stall as the cells of a row (and the form's fields), in column order. */
	public static List<String> cells(Stall stall) {
		String reserved = RESERVED.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == stall.reservedFor())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
		return List.of(stall.number(), stall.kind().name().toLowerCase(Locale.ROOT),
				metres(stall.widthDm()) + "x" + metres(stall.depthDm()), (stall.fee().minor() % 100 == 0)
						? Long.toString(stall.fee().minor() / 100) : stall.fee().toMajor().toPlainString(),
				metres(stall.xDm()), metres(stall.yDm()), reserved);
	}

	/** The reserved column's words, as the form offers them. */
	public static List<String> reservedWords() {
		return List.of("gi", "awardee", "endangered", "women-shg", "first-time");
	}

	/** The category a reserved column's word names, or null. */
	public static ReservedCategory category(String word) {
		return (word != null) ? RESERVED.get(word) : null;
	}

	static String metres(int decimetres) {
		return new BigDecimal(decimetres).movePointLeft(1).stripTrailingZeros().toPlainString();
	}

	public static Parsed parse(String text) {
		List<String> lines = (text == null) ? List.of() : text.strip().lines().toList();
		List<RowProblem> problems = new ArrayList<>();
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return new Parsed(null, List.of(new RowProblem(1, null, "exhibitions.csv.empty", List.of())));
		}
		List<String> header = CsvText.split(CsvText.stripBom(lines.get(0)));
		if (header == null
				|| !header.stream().map((h) -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS)) {
			return new Parsed(null, List.of(new RowProblem(1, null, "exhibitions.csv.header", List.of())));
		}
		List<Stall> stalls = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int index = 1; index < lines.size(); index++) {
			int row = index + 1;
			String line = lines.get(index);
			if (line.isBlank()) {
				continue;
			}
			if (stalls.size() + countRows(problems) >= StallPlan.MAX_STALLS) {
				problems.add(new RowProblem(row, null, "exhibitions.csv.tooManyRows", List.of(StallPlan.MAX_STALLS)));
				break;
			}
			List<String> cells = CsvText.split(line);
			if (cells == null) {
				problems.add(new RowProblem(row, null, "exhibitions.csv.quotes", List.of()));
				continue;
			}
			if (cells.size() != COLUMNS.size()) {
				problems
					.add(new RowProblem(row, null, "exhibitions.csv.columns", List.of(cells.size(), COLUMNS.size())));
				continue;
			}
			Stall stall = new RowReader(row, cells, problems).stall();
			if (stall != null) {
				Integer earlier = seen.putIfAbsent(stall.number(), row);
				if (earlier != null) {
					problems.add(new RowProblem(row, "number", "exhibitions.csv.duplicate",
							List.of(stall.number(), earlier)));
				}
				else {
					stalls.add(stall);
				}
			}
		}
		if (problems.isEmpty() && stalls.isEmpty()) {
			problems.add(new RowProblem(2, null, "exhibitions.csv.empty", List.of()));
		}
		return problems.isEmpty() ? new Parsed(new StallPlan(stalls), List.of()) : new Parsed(null, problems);
	}

	private static long countRows(List<RowProblem> problems) {
		return problems.stream().map(RowProblem::row).distinct().count();
	}

	/** One row's cells read column by column, each mistake noted. */
	private static final class RowReader {

		private final int row;

		private final List<String> cells;

		private final List<RowProblem> problems;

		private boolean bad;

		RowReader(int row, List<String> cells, List<RowProblem> problems) {
			this.row = row;
			this.cells = cells;
			this.problems = problems;
		}

		Stall stall() {
			String number = required("number");
			if (number != null && !Stall.NUMBER.matcher(number).matches()) {
				problem("number", "exhibitions.stall.number");
			}
			StallKind kind = kind();
			int[] size = size();
			Money fee = fee();
			Integer x = metres("x");
			Integer y = metres("y");
			ReservedCategory reserved = reserved();
			if (this.bad) {
				return null;
			}
			return new Stall(number, kind, size[0], size[1], fee, x, y, reserved);
		}

		private StallKind kind() {
			String value = required("kind");
			if (value == null) {
				return null;
			}
			try {
				return StallKind.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problem("kind", "exhibitions.csv.kind");
				return null;
			}
		}

		private int[] size() {
			String value = required("size");
			if (value == null) {
				return new int[2];
			}
			String[] sides = value.toLowerCase(Locale.ROOT).replace('×', 'x').split("x", -1);
			Integer width = (sides.length == 2) ? decimetres(sides[0].strip()) : null;
			Integer depth = (sides.length == 2) ? decimetres(sides[1].strip()) : null;
			if (width == null || depth == null || width < 1 || depth < 1 || width > Stall.MAX_SIDE_DM
					|| depth > Stall.MAX_SIDE_DM) {
				problem("size", (width == null || depth == null) ? "exhibitions.csv.size" : "exhibitions.stall.size");
				return new int[2];
			}
			return new int[] { width, depth };
		}

		private Money fee() {
			String value = required("fee");
			if (value == null) {
				return null;
			}
			try {
				return Money.parse(value);
			}
			catch (Refusal refusal) {
				problem("fee", refusal.messageKey(), refusal.arguments());
				return null;
			}
		}

		private Integer metres(String column) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			Integer decimetres = decimetres(value);
			if (decimetres == null) {
				problem(column, "exhibitions.csv.metres");
			}
			else if (decimetres > Stall.MAX_POSITION_DM) {
				problem(column, "exhibitions.stall.position");
				return null;
			}
			return decimetres;
		}

		private ReservedCategory reserved() {
			String value = cell("reserved");
			if (value.isEmpty()) {
				return null;
			}
			ReservedCategory category = RESERVED.get(value.toLowerCase(Locale.ROOT));
			if (category == null) {
				problem("reserved", "exhibitions.csv.reserved");
			}
			return category;
		}

		private String required(String column) {
			String value = cell(column);
			if (value.isEmpty()) {
				problem(column, "exhibitions.csv.required");
				return null;
			}
			return value;
		}

		private String cell(String column) {
			return this.cells.get(COLUMNS.indexOf(column)).strip();
		}

		private void problem(String column, String key, Object... arguments) {
			this.bad = true;
			this.problems.add(new RowProblem(this.row, column, key, List.of(arguments)));
		}

	}

	/** Metres with at most one decimal as whole decimetres, or null. */
	static Integer decimetres(String metres) {
		if (!metres.matches("\\d{1,5}(?:\\.\\d)?")) {
			return null;
		}
		return new BigDecimal(metres).movePointRight(1).intValueExact();
	}

}
