package ladakh.crafts.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The schemes training centres run under, with the figures the Assistant Director
 * Handicraft, Leh publishes: course length, intake per batch, the monthly stipend, and
 * the subsidy on tools, equipment and a loom for trainees who complete the course.
 */
public enum Scheme {

	/** 16 handicraft training centres, district plan. */
	DISTRICT_PLAN("Handicraft training centres (district plan)", "हस्तशिल्प प्रशिक्षण केंद्र (ज़िला योजना)",
			"HANDICRAFT_TRAINING", 24, 10, 14, 100, 0, LocalDate.of(2010, 4, 1)),
	/** 2 of the 4 carpet-weaving centres, state non-plan since 1980. */
	CARPET_WEAVING_ELEMENTARY("Carpet weaving centres, elementary course (state non-plan)",
			"कालीन बुनाई केंद्र, प्रारंभिक पाठ्यक्रम (राज्य ग़ैर-योजना)", "CARPET_WEAVING", 24, 25, 25, 100, 0,
			LocalDate.of(1980, 4, 1)),
	/** The other 2 carpet-weaving centres. */
	CARPET_WEAVING_ADVANCED("Carpet weaving centres, advanced course (state non-plan)",
			"कालीन बुनाई केंद्र, उन्नत पाठ्यक्रम (राज्य ग़ैर-योजना)", "CARPET_WEAVING", 24, 25, 25, 200, 0,
			LocalDate.of(1980, 4, 1)),
	/** 11 elementary centres in the border blocks. */
	BORDER_AREA("Elementary training centres in the border blocks", "सीमावर्ती ब्लॉकों के प्रारंभिक प्रशिक्षण केंद्र",
			"ELEMENTARY", 12, 10, 10, 250, 75, LocalDate.of(2010, 4, 1)),
	/** 3 one-year centres for ex-trainees setting up their own units. */
	EX_TRAINEE_UNITS("Training for ex-trainees setting up their own units",
			"अपनी इकाई लगाने वाले पूर्व प्रशिक्षुओं का प्रशिक्षण", "SELF_EMPLOYMENT", 12, 10, 10, 250, 75,
			LocalDate.of(2010, 4, 1));

	private final String nameEn;

	private final String nameHi;

	private final String centreKind;

	private final int courseMonths;

	private final int intakeMin;

	private final int intakeMax;

	private final int monthlyStipendRupees;

	private final int subsidyPercent;

	private final LocalDate rateSince;

	Scheme(String nameEn, String nameHi, String centreKind, int courseMonths, int intakeMin, int intakeMax,
			int monthlyStipendRupees, int subsidyPercent, LocalDate rateSince) {
		this.nameEn = nameEn;
		this.nameHi = nameHi;
		this.centreKind = centreKind;
		this.courseMonths = courseMonths;
		this.intakeMin = intakeMin;
		this.intakeMax = intakeMax;
		this.monthlyStipendRupees = monthlyStipendRupees;
		this.subsidyPercent = subsidyPercent;
		this.rateSince = rateSince;
	}

	public Localized title() {
		return new Localized(this.nameEn, this.nameHi);
	}

	/** All published schemes are the handicraft department's. */
	public Department department() {
		return Department.HANDICRAFT;
	}

	/**
	 * {@code HANDICRAFT_TRAINING}, {@code CARPET_WEAVING}, {@code ELEMENTARY} or
	 * {@code SELF_EMPLOYMENT}.
	 */
	public String centreKind() {
		return this.centreKind;
	}

	public int courseMonths() {
		return this.courseMonths;
	}

	public int intakeMin() {
		return this.intakeMin;
	}

	public int intakeMax() {
		return this.intakeMax;
	}

	public int monthlyStipendRupees() {
		return this.monthlyStipendRupees;
	}

	/** The subsidy on the kit given on completion; 0 when the scheme gives none. */
	public int subsidyPercent() {
		return this.subsidyPercent;
	}

	/**
	 * The day the published rate is taken to apply from (the schemes' own start is
	 * published only for the carpet-weaving centres).
	 */
	public LocalDate rateSince() {
		return this.rateSince;
	}

	/** During the course: raw materials, tools and equipment, under every scheme. */
	public List<String> provided() {
		return List.of("RAW_MATERIALS", "TOOLS", "EQUIPMENT");
	}

	/**
	 * On completion, at the subsidy: tools, equipment and a loom (none without a
	 * subsidy).
	 */
	public List<String> kit() {
		return (this.subsidyPercent > 0) ? List.of("TOOLS", "EQUIPMENT", "LOOM") : List.of();
	}

	/**
	 * The centre's name: "Handicraft Training Centre, Stok", "Carpet Weaving Centre,
	 * Leh", ...
	 */
	public String centreTitle() {
		return switch (this.centreKind) {
			case "CARPET_WEAVING" -> "Carpet Weaving Centre";
			case "ELEMENTARY" -> "Elementary Training Centre";
			case "SELF_EMPLOYMENT" -> "Self Employment Training Centre";
			default -> "Handicraft Training Centre";
		};
	}

	/** The same in Hindi. */
	public String centreTitleHi() {
		return switch (this.centreKind) {
			case "CARPET_WEAVING" -> "कालीन बुनाई केंद्र";
			case "ELEMENTARY" -> "प्रारंभिक प्रशिक्षण केंद्र";
			case "SELF_EMPLOYMENT" -> "स्वरोज़गार प्रशिक्षण केंद्र";
			default -> "हस्तशिल्प प्रशिक्षण केंद्र";
		};
	}

}
