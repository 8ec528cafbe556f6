package ladakh.crafts.marketplace.system.api;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Names a nested type's schema after its enclosing type too ({@code ListingJsonResponse},
 * {@code SearchJsonResponse}, {@code OrderJsonPart}): the areas' JSON records nest small
 * records with the same simple names, and swagger-core names a schema by the simple name
 * alone, so one would silently stand for the other. swagger-core takes a type's name from
 * the root name its (Jackson 2) mapper's introspector finds, which is what this answers.
 */
final class NestedTypeNames extends NopAnnotationIntrospector {

	private static final String OURS = "ladakh.crafts.";

	/** Adds the names to swagger-core's mapper, once per JVM. */
	static void applyTo(ObjectMapper mapper) {
		AnnotationIntrospector current = mapper.getSerializationConfig().getAnnotationIntrospector();
		if (current.allIntrospectors().stream().noneMatch(NestedTypeNames.class::isInstance)) {
			mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new NestedTypeNames(), current));
		}
	}

	@Override
	public PropertyName findRootName(AnnotatedClass type) {
		Class<?> raw = type.getRawType();
		Class<?> outer = raw.getEnclosingClass();
		if (outer == null || !raw.getName().startsWith(OURS)) {
			return null;
		}
		return PropertyName.construct(outer.getSimpleName() + raw.getSimpleName());
	}

}
