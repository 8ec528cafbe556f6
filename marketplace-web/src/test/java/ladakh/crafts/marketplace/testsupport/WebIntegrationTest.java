package ladakh.crafts.marketplace.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port, talking to {@link InProcessMongo}. Test classes
 * extend {@link MongoBackedTest} so they share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestOnlyRoutes.class)
// The tests' client stands in for a reverse proxy on the same machine: its X-Forwarded-*
// headers are believed (ForwardedHeadersFromAnUntrustedPeerIntegrationTests runs
// without).
@TestPropertySource(properties = { "marketplace.metrics.password=scrape-me", "marketplace.notifications.dispatch=false",
		"marketplace.security.trusted-proxies=127.0.0.1,::1" })
public @interface WebIntegrationTest {

}
