package ladakh.crafts.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The exhibitions the department allots stalls at.
 */
final class Exhibitions {

	private Exhibitions() {
	}

	static List<Exhibition> all() {
		return List.of(ladakhFestival(2026, LocalDate.of(2026, 9, 20)), ladakhFestival(2027, LocalDate.of(2027, 9, 20)),
				sindhuDarshan(2026, LocalDate.of(2026, 6, 23)), sindhuDarshan(2027, LocalDate.of(2027, 6, 23)),
				dosmoche(2026, LocalDate.of(2026, 2, 14)), dosmoche(2027, LocalDate.of(2027, 2, 3)));
	}

	private static Exhibition ladakhFestival(int year, LocalDate startsOn) {
		return new Exhibition("ladakh-festival-" + year,
				new Localized("Ladakh Festival " + year, "लद्दाख महोत्सव " + year), "Leh", District.LEH, startsOn,
				startsOn.plusDays(6), 60,
				new Localized(
						"A week of mask dances, polo and archery in Leh, with a crafts bazaar of the department's artisans, SHGs and centres along the main bazaar.",
						"लेह में मुखौटा नृत्य, पोलो और तीरंदाज़ी का सप्ताह, साथ में विभाग के कारीगरों, स्वयं सहायता समूहों और केंद्रों का शिल्प बाज़ार।"));
	}

	private static Exhibition sindhuDarshan(int year, LocalDate startsOn) {
		return new Exhibition("sindhu-darshan-" + year, new Localized("Sindhu Darshan " + year, "सिंधु दर्शन " + year),
				"Shey", District.LEH, startsOn, startsOn.plusDays(2), 30,
				new Localized(
						"The festival on the banks of the Indus at Shey, held around Guru Purnima, with craft stalls for visitors from across India.",
						"शे में सिंधु नदी के तट पर गुरु पूर्णिमा के आसपास होने वाला उत्सव, देश भर से आए आगंतुकों के लिए शिल्प स्टॉल के साथ।"));
	}

	private static Exhibition dosmoche(int year, LocalDate startsOn) {
		return new Exhibition("dosmoche-" + year, new Localized("Dosmoche Mela " + year, "दोसमोछे मेला " + year), "Leh",
				District.LEH, startsOn, startsOn.plusDays(2), 40,
				new Localized(
						"The winter festival of the scapegoat at Leh Palace, with a mela of winter crafts: pashmina, knitwear, papu and namda.",
						"लेह पैलेस का शीतकालीन उत्सव, पश्मीना, ऊनी बुनाई, पापु और नमदे जैसे सर्दियों के शिल्पों के मेले के साथ।"));
	}

}
