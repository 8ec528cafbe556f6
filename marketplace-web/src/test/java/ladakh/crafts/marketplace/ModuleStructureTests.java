package ladakh.crafts.marketplace;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the bounded areas apart: no area reaches into another area's web layer, and the
 * areas do not form cycles.
 */
class ModuleStructureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("ladakh.crafts");

	@Test
	void noAreaUsesAnotherAreasWebPackage() {
		slices().matching("ladakh.crafts.marketplace.(*).web..")
			.should()
			.notDependOnEachOther()
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void domainCodeNeverDependsOnAWebLayer() {
		noClasses().that()
			.resideInAPackage("ladakh.crafts.marketplace..")
			.and()
			.resideOutsideOfPackage("ladakh.crafts.marketplace..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("ladakh.crafts.marketplace..web..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void areasAreFreeOfCycles() {
		slices().matching("ladakh.crafts.marketplace.(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true)
			.check(classes);
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

}
