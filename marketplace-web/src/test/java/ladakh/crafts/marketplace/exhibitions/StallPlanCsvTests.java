package ladakh.crafts.marketplace.exhibitions;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StallPlanCsvTests {

	private static final String HEADER = "number,kind,size,fee,x,y,reserved\n";

	@Test
	void readsAGoodPlanInFileOrder() {
		StallPlanCsv.Parsed parsed = StallPlanCsv.parse("\uFEFF" + HEADER + """
				A-1,handicraft,3x3,"1,500",0,0,gi
				A-2,Handloom,2.5 x 3,₹ 1200,3,0,
				F-1,food,3×2,0,12.5,6,women-shg

				D-1,DEMONSTRATION,4x4,500/-,0,9,first-time
				""");

		assertThat(parsed.problems()).isEmpty();
		StallPlan plan = parsed.planOrRefuse();
		assertThat(plan.stalls()).extracting(Stall::number).containsExactly("A-1", "A-2", "F-1", "D-1");
		assertThat(plan.stalls().get(0)).isEqualTo(
				new Stall("A-1", StallKind.HANDICRAFT, 30, 30, Money.rupees(1500), 0, 0, ReservedCategory.GI_CRAFT));
		assertThat(plan.stalls().get(1)).satisfies((s) -> {
			assertThat(s.widthDm()).isEqualTo(25);
			assertThat(s.reservedFor()).isNull();
			assertThat(s.fee()).isEqualTo(Money.rupees(1200));
		});
		assertThat(plan.stalls().get(2).xDm()).isEqualTo(125);
		assertThat(plan.reserved()).containsEntry(ReservedCategory.GI_CRAFT, 1)
			.containsEntry(ReservedCategory.WOMEN_SHG, 1)
			.containsEntry(ReservedCategory.FIRST_TIME, 1)
			.doesNotContainKey(ReservedCategory.AWARDEE);
	}

	@Test
	void reportsEveryBadRowWithItsColumnAndGivesNoPlan() {
		StallPlanCsv.Parsed parsed = StallPlanCsv.parse(HEADER + """
				A-1,handicraft,3x3,1500,0,0,
				A 2,tent,3,-5,0,0,vip
				A-3,food,3x3,1500,abc,0,
				A-1,food,3x3,1500,0,0,
				A-4,food,3x3,1500,0,0
				A-5,food,3x3,"1,500,0,0,
				A-6,food,0x3,,0,20000,
				""");

		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.plan()).isNull();
		assertThat(parsed.problems()).extracting((p) -> p.row() + " " + p.column() + " " + p.messageKey())
			.containsExactly("3 number exhibitions.stall.number", "3 kind exhibitions.csv.kind",
					"3 size exhibitions.csv.size", "3 fee money.unreadable", "3 reserved exhibitions.csv.reserved",
					"4 x exhibitions.csv.metres", "5 number exhibitions.csv.duplicate",
					"6 null exhibitions.csv.columns", "7 null exhibitions.csv.quotes", "8 size exhibitions.stall.size",
					"8 fee exhibitions.csv.required", "8 y exhibitions.stall.position");
		assertThat(parsed.problems().get(6).arguments()).containsExactly("A-1", 2);
		assertThat(parsed.problems().get(7).arguments()).containsExactly(6, 7);
	}

	@Test
	void aFileWithMistakesIsRefusedWithEveryRowNamed() {
		StallPlanCsv.Parsed parsed = StallPlanCsv
			.parse(HEADER + "A-1,tent,3x3,100,0,0,\nA-2,food,3x3,100,0,0,\nA-3,food,3x3,x,0,0,\n");
		assertThatExceptionOfType(Refusal.class).isThrownBy(parsed::planOrRefuse).satisfies((refusal) -> {
			assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
			assertThat(refusal.messageKey()).isEqualTo("exhibitions.csv.invalid");
			assertThat(refusal.arguments()).containsExactly(2L);
			assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field)
				.containsExactly("row 2: kind", "row 4: fee");
		});
	}

	@Test
	void aFileWithoutTheHeaderOrWithoutStallsIsRefused() {
		assertThat(StallPlanCsv.parse("").problems()).extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.empty");
		assertThat(StallPlanCsv.parse("A-1,food,3x3,100,0,0,\n").problems())
			.extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.header");
		assertThat(StallPlanCsv.parse(HEADER).problems()).extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.empty");
	}

	@Test
	void aPlanHasAtMostItsLimitOfStalls() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int n = 0; n <= StallPlan.MAX_STALLS; n++) {
			csv.append("S-").append(n).append(",food,3x3,100,0,0,\n");
		}
		StallPlanCsv.Parsed parsed = StallPlanCsv.parse(csv.toString());
		assertThat(parsed.problems()).singleElement().satisfies((p) -> {
			assertThat(p.messageKey()).isEqualTo("exhibitions.csv.tooManyRows");
			assertThat(p.row()).isEqualTo(StallPlan.MAX_STALLS + 2);
		});
	}

	@Test
	void anUploadIsCheckedForSizeAndTextBeforeItsRows() {
		assertThat(StallPlanCsv.read(new byte[StallPlanCsv.MAX_BYTES + 1]).problems())
			.extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.tooLarge");
		assertThat(StallPlanCsv.read(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }).problems())
			.extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.notText");
		assertThat(StallPlanCsv
			.read((HEADER + "A-1,food,3x3,100,0,0,\u0000\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.problems()).extracting(StallPlanCsv.RowProblem::messageKey).containsExactly("exhibitions.csv.notText");
		assertThat(StallPlanCsv.read(new byte[0]).problems()).extracting(StallPlanCsv.RowProblem::messageKey)
			.containsExactly("exhibitions.csv.empty");
		assertThat(StallPlanCsv
			.read((HEADER + "A-1,food,3x3,100,0,0,\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.ok()).isTrue();
	}

	@Test
	void theFormsStallFollowsTheRowRulesAndItsCellsReadBackTheSame() {
		Stall stall = StallPlanCsv.stall("HL-3", "handloom", "2.5x3", "1,250.50", "12.5", "0", "women-shg");
		assertThat(stall).isEqualTo(new Stall("HL-3", StallKind.HANDLOOM, 25, 30, Money.paise(125_050), 125, 0,
				ReservedCategory.WOMEN_SHG));
		java.util.List<String> cells = StallPlanCsv.cells(stall);
		assertThat(cells).containsExactly("HL-3", "handloom", "2.5x3", "1250.50", "12.5", "0", "women-shg");
		assertThat(StallPlanCsv.stall(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
				cells.get(5), cells.get(6)))
			.isEqualTo(stall);
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> StallPlanCsv.stall("A 1", "tent", "3x3", "100", "0", "", null))
			.satisfies((refusal) -> assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field)
				.containsExactly("number", "kind", "y"));
	}

}
