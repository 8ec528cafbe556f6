package ladakh.crafts.catalog;

import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only repositories query MongoDB in the indexer, as in the marketplace (decision 40): a
 * class not named {@code *Repository} may hold a client or a database and read stored
 * documents ({@code org.bson.Document}, mapped into search documents), but uses no other
 * driver or Spring Data MongoDB type (collections, filters, sorts, updates, templates),
 * so every query the indexer makes is in a repository, where its index is declared beside
 * it (decision 43). Auto-configurations only wire: they hand the database or the template
 * to the classes that use them.
 */
class MongoAccessRuleTests {

	/** Driver types any class may use: wiring and the stored shape of a document. */
	private static final Set<String> WIRING_AND_DATA = Set.of("com.mongodb.reactivestreams.client.MongoClient",
			"com.mongodb.reactivestreams.client.MongoDatabase", "org.bson.Document");

	/** Classes that query MongoDB under another name, each for a reason. */
	private static final Set<String> EXEMPTIONS = Set.of(
			// The write side's half of the sync protocol: the update operators every
			// listing change includes, used by the marketplace's listing repositories.
			"ladakh.crafts.catalog.sync.SearchVisibleChange",
			// The synonyms' store (search_synonyms) and its cache, public to the
			// marketplace's search administration under this name.
			"ladakh.crafts.catalog.search.SynonymStore");

	@Test
	void onlyRepositoriesQueryMongoDb() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("ladakh.crafts.catalog");
		rule("ladakh.crafts.catalog", EXEMPTIONS).check(main);
	}

	@Test
	void aQueryOutsideARepositoryIsReported() {
		JavaClasses wrong = new ClassFileImporter().importPackages("ladakh.crafts.catalog.rulecheck");
		EvaluationResult result = rule("ladakh.crafts.catalog.rulecheck", Set.of()).evaluate(wrong);
		assertThat(result.getFailureReport().getDetails()).hasSize(1)
			.allSatisfy((line) -> assertThat(line).contains("rulecheck.DirtyListingsReader queries MongoDB"));
	}

	private static ArchRule rule(String root, Set<String> exemptions) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and()
			.areTopLevelClasses()
			.and(DescribedPredicate.describe("are no repository and no auto-configuration",
					(JavaClass type) -> !type.getSimpleName().endsWith("Repository")
							&& !type.getSimpleName().endsWith("AutoConfiguration")))
			.and(DescribedPredicate.describe("are not exempted",
					(JavaClass type) -> !exemptions.contains(type.getName())))
			.should(notQueryMongoDb())
			.as("only repositories query MongoDB");
	}

	private static ArchCondition<JavaClass> notQueryMongoDb() {
		return new ArchCondition<>("not query MongoDB") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean queries = withNested(type).flatMap((part) -> part.getDirectDependenciesFromSelf().stream())
					.map(Dependency::getTargetClass)
					.anyMatch(MongoAccessRuleTests::isQueryType);
				if (queries) {
					events.add(SimpleConditionEvent.violated(type,
							type.getName() + " queries MongoDB outside a repository"));
				}
			}
		};
	}

	private static boolean isQueryType(JavaClass type) {
		String name = type.getBaseComponentType().getName();
		return (name.startsWith("com.mongodb.") || name.startsWith("org.bson.")
				|| name.startsWith("org.springframework.data.mongodb.")) && !WIRING_AND_DATA.contains(name);
	}

	/** The class with its nested, inner, anonymous and local classes. */
	private static Stream<JavaClass> withNested(JavaClass type) {
		String prefix = type.getName() + "$";
		return Stream.concat(Stream.of(type),
				type.getPackage().getClasses().stream().filter((other) -> other.getName().startsWith(prefix)));
	}

}
