package ladakh.crafts.demo;

import java.util.List;
import java.util.Random;

/**
 * Ladakhi and Balti personal names, put together the way families name children.
 */
final class Names {

	private static final List<String> BUDDHIST_FIRST = List.of("Tsering", "Stanzin", "Padma", "Rigzin", "Sonam",
			"Tashi", "Skalzang", "Tsewang", "Jigmet", "Thinles", "Konchok", "Lobzang", "Nawang", "Rinchen", "Deskit",
			"Kunzes", "Urgain", "Dechen");

	private static final List<String> BUDDHIST_FEMALE_SECOND = List.of("Dolma", "Angmo", "Lhamo", "Chosdol", "Yangdol",
			"Zangmo", "Lamo", "Dolkar", "Palmo", "Chorol", "Spalzes", "Youdon", "Wangmo", "Yangchan");

	private static final List<String> BUDDHIST_MALE_SECOND = List.of("Namgyal", "Wangchuk", "Dorjay", "Norboo",
			"Phuntsog", "Tundup", "Paljor", "Gyatso", "Stobdan", "Chosphel", "Rabgais", "Motup", "Angchuk", "Tsetan");

	private static final List<String> MUSLIM_MALE = List.of("Mohammad Hussain", "Ghulam Raza", "Ali Mohammad",
			"Abbas Ali", "Mohammad Ibrahim", "Sajjad Hussain", "Asgar Ali", "Mohammad Baqir", "Ghulam Mehdi",
			"Mohammad Hassan", "Mohammad Isa", "Anayat Ali", "Zakir Hussain", "Nazir Hussain", "Mohammad Jaffar",
			"Qasim Ali", "Ghulam Murtaza", "Sadiq Ali", "Mohammad Kazim", "Haji Mohammad Ali");

	private static final List<String> MUSLIM_FEMALE_FIRST = List.of("Fatima", "Zainab", "Kulsum", "Sakina", "Masooma",
			"Rubina", "Hajira", "Razia", "Nargis", "Amina", "Zahra", "Sughra", "Tahira", "Batool", "Kaneez", "Sajida");

	private Names() {
	}

	static String person(Random random, Places.Community community, Gender gender) {
		if (community == Places.Community.MUSLIM) {
			if (gender == Gender.MALE) {
				return pick(random, MUSLIM_MALE);
			}
			String surname = (random.nextInt(5) == 0) ? "Khatoon" : "Bano";
			return pick(random, MUSLIM_FEMALE_FIRST) + " " + surname;
		}
		List<String> second = (gender == Gender.FEMALE) ? BUDDHIST_FEMALE_SECOND : BUDDHIST_MALE_SECOND;
		return pick(random, BUDDHIST_FIRST) + " " + pick(random, second);
	}

	static String parentage(Random random, Places.Community community, Gender gender) {
		String father = person(random, community, Gender.MALE);
		return ((gender == Gender.FEMALE) ? "D/o " : "S/o ") + father;
	}

	static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
