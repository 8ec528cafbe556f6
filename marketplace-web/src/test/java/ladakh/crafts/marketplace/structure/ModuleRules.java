package ladakh.crafts.marketplace.structure;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep the bounded areas apart (decision 40), for the classes under one
 * root package: {@link #marketplace()} for the application, {@link #under(String)} for
 * the deliberately wrong classes that prove each rule reports what it should.
 * <p>
 * An area is a direct sub-package of the root ({@code marketplace.orders}); its top
 * package is its public surface, every package below it ({@code web}, {@code stripe},
 * {@code registration}, ...) is internal to it. {@code shared} and {@code system} may be
 * used by every area, sub-packages included.
 * <p>
 * The two rules the code does not keep yet report one line per class (per class and
 * reached class), never per call, so that the frozen store stays short and a class that
 * is improved in part stays the same known violation.
 */
public final class ModuleRules {

	/** The application's root package. */
	public static final String MARKETPLACE = "ladakh.crafts.marketplace";

	/** Areas every other area may use, internals included. */
	static final Set<String> OPEN_AREAS = Set.of("shared", "system");

	/**
	 * The only classes besides repositories that may touch MongoDB types, each for a
	 * reason that is not an area's aggregate. Adding one needs a line in decision 40.
	 */
	static final Set<String> MONGO_EXEMPTIONS = Set.of(
			// The demo loader writes the generated data set as stored documents (insert
			// if
			// absent, by fixed id): seeding a database, not a move of any aggregate.
			MARKETPLACE + ".demo.DemoDataLoader", MARKETPLACE + ".demo.DemoDocuments",
			// The same for the sellers' part of the demo data (registrations, fund
			// entries, instructors in their stored shape), run after the demo loader.
			MARKETPLACE + ".sellers.demo.SellersDemoData",
			// Index setup for the collections the storefront and the indexer query, run
			// at
			// every start.
			MARKETPLACE + ".demo.MarketplaceIndexes",
			// A listing's stored shape, read and written by the catalog's repositories
			// (package-private to them): a mapping, no query.
			MARKETPLACE + ".catalog.ListingDocuments",
			// The same for a revenue ledger line and its sums (package-private to the
			// ledger's repository).
			MARKETPLACE + ".treasury.LedgerDocuments",
			// The same for a seller (package-private to the sellers area's
			// repositories).
			MARKETPLACE + ".sellers.SellerDocuments",
			// The session store: its wiring and its BSON codec (decision 34). Sessions
			// belong
			// to no area.
			MARKETPLACE + ".system.session.SessionConfiguration", MARKETPLACE + ".system.session.SessionAttributes");

	private static final Set<String> MONGO_CLASSES = Set.of(
			"org.springframework.data.mongodb.core.ReactiveMongoTemplate",
			"org.springframework.data.mongodb.core.ReactiveMongoOperations");

	private final String root;

	private final Set<String> exemptions;

	private ModuleRules(String root, Set<String> exemptions) {
		this.root = root;
		this.exemptions = exemptions;
	}

	/** The rules for the application's main code. */
	public static ModuleRules marketplace() {
		return new ModuleRules(MARKETPLACE, MONGO_EXEMPTIONS);
	}

	/** The same rules for another root, with no exemptions. */
	public static ModuleRules under(String root) {
		return new ModuleRules(root, Set.of());
	}

	/**
	 * Only repositories touch MongoDB: outside a class named {@code *Repository} (nested
	 * classes and lambdas count as their top-level class) and the named exemptions, no
	 * class depends on {@code org.bson}, {@code com.mongodb},
	 * {@code ReactiveMongoTemplate} or {@code ReactiveMongoOperations}.
	 */
	public ArchRule onlyRepositoriesTouchMongoDb() {
		return classes().that()
			.resideInAPackage(this.root + "..")
			.and()
			.areTopLevelClasses()
			.and(DescribedPredicate.describe("are no repository",
					(JavaClass type) -> !type.getSimpleName().endsWith("Repository")))
			.and(DescribedPredicate.describe("are not exempted",
					(JavaClass type) -> !this.exemptions.contains(type.getName())))
			.should(notTouchMongoDb())
			.as("only repositories touch MongoDB types")
			.because("a repository alone owns the mapping of its aggregate to MongoDB (decision 40)");
	}

	/**
	 * No area reaches into another area's internals: outside its own area, a class
	 * depends only on an area's top package ({@code shared} and {@code system} are open
	 * to all).
	 */
	public ArchRule noAreaReachesIntoAnotherAreasInternals() {
		return classes().that()
			.resideInAPackage(this.root + ".*..")
			.and()
			.areTopLevelClasses()
			.should(notReachIntoAnotherAreasInternals())
			.as("no area reaches into another area's internals")
			.because("an area's sub-packages are internal to it; its top package is its public surface "
					+ "(decision 40)");
	}

	/** No web layer uses another's, nested ones ({@code sellers.home.web}) included. */
	public ArchRule noWebLayerUsesAnotherWebLayer() {
		return slices().matching(this.root + ".(**).web..")
			.should()
			.notDependOnEachOther()
			.allowEmptyShould(true)
			.as("no web layer uses another web layer");
	}

	/** Domain code never depends on a web layer (its own area's included). */
	public ArchRule domainCodeNeverDependsOnAWebLayer() {
		return noClasses().that()
			.resideInAPackage(this.root + "..")
			.and()
			.resideOutsideOfPackage(this.root + "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(this.root + "..web..")
			.allowEmptyShould(true)
			.as("domain code never depends on a web layer");
	}

	/** The areas form no cycle. */
	public ArchRule areasAreFreeOfCycles() {
		return slices().matching(this.root + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true)
			.as("areas are free of cycles");
	}

	private static ArchCondition<JavaClass> notTouchMongoDb() {
		return new ArchCondition<>("not touch MongoDB types") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean touches = withNested(type).flatMap((part) -> part.getDirectDependenciesFromSelf().stream())
					.map(Dependency::getTargetClass)
					.anyMatch(ModuleRules::isMongoType);
				if (touches) {
					events.add(SimpleConditionEvent.violated(type,
							type.getName() + " touches MongoDB types outside a repository"));
				}
			}
		};
	}

	private ArchCondition<JavaClass> notReachIntoAnotherAreasInternals() {
		return new ArchCondition<>("not reach into another area's internals") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String area = area(type.getPackageName());
				Set<String> reached = new TreeSet<>();
				withNested(type).flatMap((part) -> part.getDirectDependenciesFromSelf().stream())
					.map((dependency) -> dependency.getTargetClass().getBaseComponentType())
					.filter((target) -> isInternalToAnotherArea(target, area))
					.forEach((target) -> reached.add(topLevelName(target)));
				for (String target : reached) {
					events.add(SimpleConditionEvent.violated(type,
							type.getName() + " reaches " + target + ", internal to area " + area(packageOf(target))));
				}
			}
		};
	}

	private boolean isInternalToAnotherArea(JavaClass target, String area) {
		String targetPackage = target.getPackageName();
		String targetArea = area(targetPackage);
		return targetArea != null && !targetArea.equals(area) && !OPEN_AREAS.contains(targetArea)
				&& !targetPackage.equals(this.root + "." + targetArea);
	}

	/** The area of a package under the root, or {@code null} for the root and beyond. */
	private String area(String packageName) {
		if (!packageName.startsWith(this.root + ".")) {
			return null;
		}
		String rest = packageName.substring(this.root.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static boolean isMongoType(JavaClass type) {
		String name = type.getBaseComponentType().getName();
		return name.startsWith("org.bson.") || name.startsWith("com.mongodb.") || MONGO_CLASSES.contains(name);
	}

	/** The class with its nested, inner, anonymous and local classes. */
	private static Stream<JavaClass> withNested(JavaClass type) {
		String prefix = type.getName() + "$";
		return Stream.concat(Stream.of(type),
				type.getPackage().getClasses().stream().filter((other) -> other.getName().startsWith(prefix)));
	}

	private static String topLevelName(JavaClass type) {
		String name = type.getName();
		int nested = name.indexOf('$');
		return (nested < 0) ? name : name.substring(0, nested);
	}

	private static String packageOf(String className) {
		return className.substring(0, className.lastIndexOf('.'));
	}

}
