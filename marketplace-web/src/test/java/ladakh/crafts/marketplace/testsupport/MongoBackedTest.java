package ladakh.crafts.marketplace.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that start the application: points it at {@link InProcessMongo}. One
 * {@code @DynamicPropertySource} method shared by all subclasses keeps one cached
 * context.
 */
public abstract class MongoBackedTest {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry);
	}

}
