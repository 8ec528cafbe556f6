package ladakh.crafts.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import ladakh.crafts.catalog.index.Colour;

/**
 * What a buyer typed, split into the pieces a query is built from: plain words and
 * phrases that belong to a synonym group. Matching a group term is done on a normalised
 * form close to what the index's analyzers do (lower case, Latin accents folded, the
 * usual Devanagari spelling variants of Hindi normalisation merged), so "Thanká" and
 * "थान्का" meet their group whichever way they were typed.
 */
final class QueryText {

	/** Words that carry no meaning of their own in a product search. */
	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "in", "for", "with", "from",
			"by", "to", "on", "or", "का", "की", "के", "और", "में");

	private static final Pattern COMBINING_LATIN = Pattern.compile("[\\u0300-\\u036f]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private QueryText() {
	}

	/**
	 * A piece of a query: a word, or a group whose terms all count as one; either may
	 * name a colour of the fixed list, which then also matches the colour attribute.
	 */
	record Segment(String text, SynonymGroup group, Colour colour) {

		Segment(String text, SynonymGroup group) {
			this(text, group, colourOf(text, group));
		}

	}

	private static Colour colourOf(String text, SynonymGroup group) {
		List<String> names = (group != null) ? group.terms() : List.of(text);
		for (String name : names) {
			Colour colour = Colour.named(normalize(name), QueryText::normalize).orElse(null);
			if (colour != null) {
				return colour;
			}
		}
		return null;
	}

	/**
	 * Splits a query into words and synonym-group phrases; the longest group term wins
	 * where terms overlap ("mani stone carving" before "mani stone").
	 * @param text the query
	 * @param groups the synonym groups
	 * @return the segments, in order, without stop words
	 */
	static List<Segment> segments(String text, List<SynonymGroup> groups) {
		List<String> words = words(text);
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int bestLength = 0;
			SynonymGroup best = null;
			for (SynonymGroup group : groups) {
				for (String term : group.terms()) {
					List<String> termWords = words(term);
					int n = termWords.size();
					if (n > bestLength && n > 0 && i + n <= words.size() && words.subList(i, i + n).equals(termWords)) {
						bestLength = n;
						best = group;
					}
				}
			}
			if (best != null) {
				segments.add(new Segment(String.join(" ", words.subList(i, i + bestLength)), best));
				i += bestLength;
			}
			else {
				if (!STOP_WORDS.contains(words.get(i))) {
					segments.add(new Segment(words.get(i), null));
				}
				i++;
			}
		}
		return segments;
	}

	/** The normalised words of a text. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(normalize(text));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * Lower case, Latin accents folded, and Devanagari spelling variants merged as Hindi
	 * normalisation does (nukta, chandrabindu, dead "n", virama, long and short vowel
	 * signs, zero-width joiners).
	 */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String folded = COMBINING_LATIN.matcher(decomposed).replaceAll("");
		StringBuilder out = new StringBuilder(folded.length());
		String lower = folded.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			char next = (i + 1 < lower.length()) ? lower.charAt(i + 1) : 0;
			switch (c) {
				case '\u093C', '\u200C', '\u200D' -> {
					// nukta and zero-width joiners: dropped
				}
				case '\u0901' -> out.append('\u0902');
				case '\u0928', '\u092E' -> {
					if (next == '\u094D') {
						out.append('\u0902');
						i++;
					}
					else {
						out.append(c);
					}
				}
				case '\u094D' -> {
					// virama: dropped
				}
				case '\u0940' -> out.append('\u093F');
				case '\u0942' -> out.append('\u0941');
				case '\u0908' -> out.append('\u0907');
				case '\u090A' -> out.append('\u0909');
				default -> out.append(c);
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** Whether the text holds Devanagari letters. */
	static boolean isDevanagari(String text) {
		return text != null && text.codePoints().anyMatch((cp) -> cp >= 0x0900 && cp <= 0x097F);
	}

}
