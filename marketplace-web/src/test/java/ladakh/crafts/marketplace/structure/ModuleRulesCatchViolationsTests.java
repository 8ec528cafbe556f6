package ladakh.crafts.marketplace.structure;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules report the deliberately wrong classes under {@code violations} (and
 * only those): each rule is checked against them alone, so a rule that stopped matching
 * anything would fail here rather than pass in silence in {@code ModuleStructureTests}.
 */
class ModuleRulesCatchViolationsTests {

	private static final String VIOLATIONS = ModuleRulesCatchViolationsTests.class.getPackageName() + ".violations";

	private static final JavaClasses wrong = new ClassFileImporter().importPackages(VIOLATIONS);

	private static final ModuleRules rules = ModuleRules.under(VIOLATIONS);

	@Test
	void onlyTheWrongClassesAreImported() {
		assertThat(wrong).allMatch((type) -> type.getPackageName().startsWith(VIOLATIONS));
	}

	@Test
	void aClassOutsideARepositoryThatReadsDocumentsAndInjectsTheTemplateIsReported() {
		List<String> lines = violations(rules.onlyRepositoriesTouchMongoDb());

		assertThat(lines).containsExactly(
				VIOLATIONS + ".alpha.ReadsDocumentsItself touches MongoDB types " + "outside a repository");
	}

	@Test
	void aClassThatUsesAnotherAreasInternalClassesIsReported() {
		List<String> lines = violations(rules.noAreaReachesIntoAnotherAreasInternals());

		assertThat(lines).containsExactlyInAnyOrder(
				VIOLATIONS + ".alpha.ReachesIntoBeta reaches " + VIOLATIONS
						+ ".beta.home.web.HomePage, internal to area beta",
				VIOLATIONS + ".alpha.ReachesIntoBeta reaches " + VIOLATIONS
						+ ".beta.internal.BetaInternal, internal to area beta");
	}

	@Test
	void aNestedWebLayerThatUsesAnotherIsReported() {
		List<String> lines = violations(rules.noWebLayerUsesAnotherWebLayer());

		assertThat(String.join("\n", lines)).contains(VIOLATIONS + ".beta.home.web.HomePage")
			.contains(VIOLATIONS + ".beta.cards.web.CardPage");
	}

	@Test
	void domainCodeThatUsesAWebLayerIsReported() {
		List<String> lines = violations(rules.domainCodeNeverDependsOnAWebLayer());

		assertThat(String.join("\n", lines)).contains(VIOLATIONS + ".beta.internal.BetaInternal")
			.contains(VIOLATIONS + ".alpha.ReachesIntoBeta")
			.doesNotContain(VIOLATIONS + ".alpha.UsesBetaSurface");
	}

	@Test
	void twoAreasThatUseEachOtherAreReportedAsACycle() {
		List<String> lines = violations(rules.areasAreFreeOfCycles());

		assertThat(String.join("\n", lines)).contains("alpha").contains("beta");
	}

	private static List<String> violations(ArchRule rule) {
		EvaluationResult result = rule.evaluate(wrong);
		assertThat(result.hasViolation()).as("%s reports the wrong classes", rule.getDescription()).isTrue();
		return result.getFailureReport().getDetails();
	}

}
