package ladakh.crafts.marketplace.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ladakh.crafts.marketplace.training.PunchLog.Dates;
import ladakh.crafts.marketplace.training.PunchLog.Parsed;
import ladakh.crafts.marketplace.training.PunchLog.RowProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A biometric punch log read row by row: every bad row reported, nothing taken partly.
 */
class PunchLogTests {

	private static final Map<String, Dates> ROSTER = Map.of("trn-1", new Dates(LocalDate.of(2026, 4, 1), null), "trn-2",
			new Dates(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 1, 10)), "ins-1",
			new Dates(LocalDate.of(2025, 6, 1), null));

	private static final Function<String, Optional<Dates>> ON_THE_ROSTER = (id) -> Optional.ofNullable(ROSTER.get(id));

	@Test
	void aGoodFileGivesEveryPunchInTheFormatsDevicesExport() {
		Parsed parsed = read("""
				\uFEFFperson,time,device
				trn-1,2027-01-04 09:02,bio-leh-01
				trn-2,2027-01-04T09:05:33,bio-leh-01

				ins-1,04/01/2027 08:51,bio-leh-02
				""");
		assertThat(parsed.ok()).isTrue();
		assertThat(parsed.punches()).containsExactly(
				new Punch("trn-1", LocalDateTime.of(2027, 1, 4, 9, 2), "bio-leh-01"),
				new Punch("trn-2", LocalDateTime.of(2027, 1, 4, 9, 5, 33), "bio-leh-01"),
				new Punch("ins-1", LocalDateTime.of(2027, 1, 4, 8, 51), "bio-leh-02"));
	}

	@Test
	void aBadFileReportsEachBadRowAndGivesNoPunches() {
		Parsed parsed = read("""
				person,time,device
				trn-1,2027-01-04 09:02,bio-leh-01
				trn-9,2027-01-04 09:03,bio-leh-01
				trn-1,yesterday,bio-leh-01
				trn-2,2027-01-12 09:00,bio-leh-01
				trn-1,2027-01-04 09:02,bio-leh-01
				trn-1,2027-01-05 09:02
				"trn-1,2027-01-05 09:02,bio-leh-01
				trn-1,2027-01-05 09:02,bio leh 01
				""");
		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.punches()).isEmpty();
		assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "person", "training.punches.unknownPerson"),
					org.assertj.core.groups.Tuple.tuple(4, "time", "training.punches.time"),
					org.assertj.core.groups.Tuple.tuple(5, "time", "training.punches.outsideDates"),
					org.assertj.core.groups.Tuple.tuple(6, null, "training.punches.repeated"),
					org.assertj.core.groups.Tuple.tuple(7, null, "training.punches.columns"),
					org.assertj.core.groups.Tuple.tuple(8, null, "training.punches.quotes"),
					org.assertj.core.groups.Tuple.tuple(9, "device", "training.punches.device"));
		assertThat(parsed.problems().get(3).arguments()).containsExactly(2);
	}

	@Test
	void aFileThatIsNotAPunchLogIsRefusedWhole() {
		assertThat(PunchLog.read(new byte[0], ON_THE_ROSTER).problems()).extracting(RowProblem::messageKey)
			.containsExactly("training.punches.empty");
		assertThat(PunchLog.read(new byte[] { (byte) 0xff, (byte) 0xd8, 0x00, 0x10 }, ON_THE_ROSTER).problems())
			.extracting(RowProblem::messageKey)
			.containsExactly("training.punches.notText");
		assertThat(read("name,when\nx,y\n").problems()).extracting(RowProblem::messageKey)
			.containsExactly("training.punches.header");
		assertThat(PunchLog.read(new byte[PunchLog.MAX_BYTES + 1], ON_THE_ROSTER).problems())
			.extracting(RowProblem::messageKey)
			.containsExactly("training.punches.tooLarge");
	}

	private static Parsed read(String text) {
		return PunchLog.read(text.getBytes(StandardCharsets.UTF_8), ON_THE_ROSTER);
	}

}
