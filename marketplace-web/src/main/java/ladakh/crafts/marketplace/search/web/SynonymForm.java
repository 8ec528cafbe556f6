package ladakh.crafts.marketplace.search.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.catalog.search.SynonymGroup;

/**
 * The spellings staff type, one group per form: separated by commas or new lines; and,
 * for a category word, what those spellings also find, one way.
 *
 * @param terms the text as typed
 * @param means the one-way meanings as typed (may be empty)
 */
record SynonymForm(String terms, String means) {

	/** Longest text accepted in the box. */
	static final int MAX_LENGTH = 2000;

	static SynonymForm empty() {
		return new SynonymForm("", "");
	}

	/** Bound by name from the posted form; a box not sent is empty. */
	SynonymForm {
		terms = (terms != null) ? terms : "";
		means = (means != null) ? means : "";
	}

	static SynonymForm of(SynonymGroup group) {
		return new SynonymForm(String.join(", ", group.terms()), String.join(", ", group.means()));
	}

	List<String> parsed() {
		return SynonymGroup.parseTerms(this.terms);
	}

	List<String> parsedMeans() {
		return SynonymGroup.parseTerms(this.means);
	}

	/** Message keys of what is wrong, empty when it can be saved. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.terms.length() > MAX_LENGTH || this.means.length() > MAX_LENGTH) {
			problems.add("synonyms.form.terms.tooLong");
			return problems;
		}
		List<String> words = parsed();
		List<String> means = parsedMeans();
		if (words.isEmpty() || (words.size() < 2 && means.isEmpty())) {
			problems.add("synonyms.form.terms.tooFew");
		}
		if (words.size() > SynonymGroup.MAX_TERMS || means.size() > SynonymGroup.MAX_TERMS) {
			problems.add("synonyms.form.terms.tooMany");
		}
		List<String> parsed = new ArrayList<>(words);
		parsed.addAll(means);
		if (parsed.stream().anyMatch((term) -> term.length() > SynonymGroup.MAX_TERM_LENGTH)) {
			problems.add("synonyms.form.terms.termTooLong");
		}
		if (parsed.stream().anyMatch((term) -> term.codePoints().noneMatch(Character::isLetter))) {
			problems.add("synonyms.form.terms.noLetters");
		}
		return problems;
	}

}
