package ladakh.crafts.catalog.search;

import java.time.Instant;
import java.util.List;

/**
 * The spellings the storefront starts with: Ladakhi craft words as buyers type them in
 * English, in local transliterations and in Devanagari. Staff change them at
 * {@code /admin/search/synonyms}; these are only written into an empty collection.
 */
final class DefaultSynonyms {

	private DefaultSynonyms() {
	}

	static List<SynonymGroup> groups(Instant now) {
		return List.of(group(now, "thangka", "thanka", "tangka", "thangka painting", "थंगका", "थांका", "थंका"),
				group(now, "pashmina", "pashm", "lena", "pashmina shawl", "पश्मीना", "पशमीना", "पश्म"),
				group(now, "namda", "numdah", "numda", "नमदा"), group(now, "papu", "pabu", "पापु", "पाबु"),
				group(now, "filigree", "filigiri", "filigri", "फिलिग्री"),
				group(now, "mani stone carving", "mani stones", "mani stone", "मणि पत्थर"),
				group(now, "goncha", "gonchas", "गोंचा"), group(now, "perak", "perag", "पेराक"),
				group(now, "thigma", "tigma", "थिगमा"), group(now, "choktse", "chogtse", "चोकत्से"),
				group(now, "nambu", "snambu", "नम्बू"));
	}

	private static SynonymGroup group(Instant now, String... terms) {
		return new SynonymGroup(null, List.of(terms), "system", now);
	}

}
