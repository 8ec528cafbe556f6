package ladakh.crafts.marketplace.search.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.catalog.search.SynonymGroup;

/**
 * The spellings staff type, one group per form: separated by commas or new lines.
 *
 * @param terms the text as typed
 */
record SynonymForm(String terms) {

	/** Longest text accepted in the box. */
	static final int MAX_LENGTH = 2000;

	static SynonymForm empty() {
		return new SynonymForm("");
	}

	/** Bound by name from the posted form; a box not sent is empty. */
	SynonymForm {
		terms = (terms != null) ? terms : "";
	}

	static SynonymForm of(SynonymGroup group) {
		return new SynonymForm(String.join(", ", group.terms()));
	}

	List<String> parsed() {
		return SynonymGroup.parseTerms(this.terms);
	}

	/** Message keys of what is wrong, empty when it can be saved. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.terms.length() > MAX_LENGTH) {
			problems.add("synonyms.form.terms.tooLong");
			return problems;
		}
		List<String> parsed = parsed();
		if (parsed.size() < 2) {
			problems.add("synonyms.form.terms.tooFew");
		}
		if (parsed.size() > SynonymGroup.MAX_TERMS) {
			problems.add("synonyms.form.terms.tooMany");
		}
		if (parsed.stream().anyMatch((term) -> term.length() > SynonymGroup.MAX_TERM_LENGTH)) {
			problems.add("synonyms.form.terms.termTooLong");
		}
		if (parsed.stream().anyMatch((term) -> term.codePoints().noneMatch(Character::isLetter))) {
			problems.add("synonyms.form.terms.noLetters");
		}
		return problems;
	}

}
