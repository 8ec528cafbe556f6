package ladakh.crafts.catalog.search;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spellings a buyer may type for the same thing (English, local and Devanagari forms, the
 * British and American spellings), kept in MongoDB collection {@code search_synonyms} and
 * applied at query time: a query containing any term also looks for every other term of
 * its group. A group may also name what its words mean one way ({@code means}): a
 * category word such as "rug" finds carpets and namdas, while "carpet" does not find
 * every rug word.
 *
 * @param id the slug of the first Latin term (the document's {@code _id})
 * @param terms the equivalent spellings, lower case, trimmed, without duplicates
 * @param updatedBy who changed it last ({@code system} for the defaults)
 * @param updatedAt when
 * @param means what the terms also find, one way (may be empty)
 */
public record SynonymGroup(String id, List<String> terms, String updatedBy, Instant updatedAt, List<String> means) {

	/** The most terms one group may hold. */
	public static final int MAX_TERMS = 20;

	/** The longest term, in characters. */
	public static final int MAX_TERM_LENGTH = 60;

	public SynonymGroup {
		terms = clean(terms);
		means = clean(means);
		if (terms.size() < 2 && (terms.isEmpty() || means.isEmpty())) {
			throw new InvalidSynonymGroupException(
					"A group needs at least two different spellings, or a word and what it finds.");
		}
		if (terms.size() > MAX_TERMS || means.size() > MAX_TERMS) {
			throw new InvalidSynonymGroupException("A group holds at most " + MAX_TERMS + " spellings.");
		}
		for (String term : java.util.stream.Stream.concat(terms.stream(), means.stream()).toList()) {
			if (term.length() > MAX_TERM_LENGTH) {
				throw new InvalidSynonymGroupException(
						"\"" + term + "\" is longer than " + MAX_TERM_LENGTH + " characters.");
			}
			if (term.codePoints().noneMatch(Character::isLetter)) {
				throw new InvalidSynonymGroupException("\"" + term + "\" has no letters.");
			}
		}
		id = (id == null || id.isBlank()) ? slugOf(terms) : id;
	}

	/** A group of spellings only. */
	public SynonymGroup(String id, List<String> terms, String updatedBy, Instant updatedAt) {
		this(id, terms, updatedBy, updatedAt, List.of());
	}

	/** Every term and every one-way meaning: what a query word of this group finds. */
	public List<String> finds() {
		List<String> all = new ArrayList<>(this.terms);
		this.means.stream().filter((meaning) -> !all.contains(meaning)).forEach(all::add);
		return all;
	}

	/**
	 * A new group from what staff typed: spellings separated by commas or new lines.
	 * @param text e.g. {@code thangka, thanka, tangka, थंगका}
	 * @return the terms, cleaned
	 */
	public static List<String> parseTerms(String text) {
		if (text == null) {
			return List.of();
		}
		return clean(List.of(text.split("[,\\n\\r;]+")));
	}

	/** The group with other terms, keeping its id. */
	public SynonymGroup withTerms(List<String> newTerms, String by, Instant at) {
		return new SynonymGroup(this.id, newTerms, by, at, this.means);
	}

	private static List<String> clean(List<String> terms) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> cleaned = new ArrayList<>();
		for (String raw : (terms != null) ? terms : List.<String>of()) {
			if (raw == null) {
				continue;
			}
			String term = Normalizer.normalize(raw, Normalizer.Form.NFC)
				.strip()
				.replaceAll("\\s+", " ")
				.toLowerCase(Locale.ROOT);
			if (!term.isEmpty() && seen.add(QueryText.normalize(term))) {
				cleaned.add(term);
			}
		}
		return List.copyOf(cleaned);
	}

	private static String slugOf(List<String> terms) {
		for (String term : terms) {
			String slug = QueryText.normalize(term).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
			if (!slug.isEmpty()) {
				return slug;
			}
		}
		return "group-" + Integer.toHexString(terms.get(0).hashCode());
	}

}
