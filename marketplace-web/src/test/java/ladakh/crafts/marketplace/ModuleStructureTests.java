package ladakh.crafts.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import ladakh.crafts.marketplace.structure.ModuleRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the bounded areas apart (decision 40): only repositories touch MongoDB types, no
 * area reaches into another area's internals, no web layer uses another, domain code
 * never depends on a web layer, the areas form no cycle, and the supporting modules know
 * nothing of the services.
 * <p>
 * The first two rules are frozen: the violations main code had when they came in are
 * recorded under {@code src/test/resources/archunit-violations}; a new one fails, one
 * fixed leaves the store on the next run (commit the shrunk store). Main classes only:
 * {@code ModuleRulesCatchViolationsTests} proves the rules on deliberately wrong classes.
 */
class ModuleStructureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("ladakh.crafts");

	private static final ModuleRules rules = ModuleRules.marketplace();

	@Test
	void onlyRepositoriesTouchMongoDb() {
		checkFrozen(rules.onlyRepositoriesTouchMongoDb());
	}

	@Test
	void noAreaReachesIntoAnotherAreasInternals() {
		checkFrozen(rules.noAreaReachesIntoAnotherAreasInternals());
	}

	@Test
	void noAreaUsesAnotherAreasWebPackage() {
		rules.noWebLayerUsesAnotherWebLayer().check(classes);
	}

	@Test
	void domainCodeNeverDependsOnAWebLayer() {
		rules.domainCodeNeverDependsOnAWebLayer().check(classes);
	}

	@Test
	void areasAreFreeOfCycles() {
		rules.areasAreFreeOfCycles().check(classes);
	}

	@Test
	void catalogIndexerKnowsNothingOfTheWebApplication() {
		noClasses().that()
			.resideInAPackage("ladakh.crafts.catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("ladakh.crafts.marketplace..")
			.check(classes);
	}

	@Test
	void supportingModulesKnowNothingOfTheServices() {
		noClasses().that()
			.resideInAnyPackage("ladakh.crafts.embedded..", "ladakh.crafts.localnode..", "ladakh.crafts.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("ladakh.crafts.marketplace..", "ladakh.crafts.catalog..")
			.check(classes);
	}

	/**
	 * Checks a rule against its recorded violations. The rule must already be recorded:
	 * ArchUnit would otherwise record whatever it finds as the new baseline, silently. A
	 * new frozen rule is recorded deliberately, once, with
	 * {@code -Darchunit.freeze.refreeze=true} (see decision 40).
	 */
	private static void checkFrozen(ArchRule rule) {
		if (!Boolean.getBoolean("archunit.freeze.refreeze")) {
			assertThat(storedRules()).as("rules recorded in the violation store").containsKey(rule.getDescription());
		}
		FreezingArchRule.freeze(rule).check(classes);
	}

	private static Properties storedRules() {
		Path store = Path.of(ArchConfiguration.get().getProperty("freeze.store.default.path"), "stored.rules");
		Properties stored = new Properties();
		try (InputStream in = Files.newInputStream(store)) {
			stored.load(in);
		}
		catch (IOException ex) {
			throw new AssertionError("No violation store at " + store.toAbsolutePath(), ex);
		}
		return stored;
	}

}
