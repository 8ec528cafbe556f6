package ladakh.crafts.marketplace.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole application without a socket: WebTestClient is bound to the application
 * context, so {@link SignedIn} and {@code SecurityMockServerConfigurers.csrf()} mutators
 * apply. Talks to the build's shared embedded engines like every other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Tests share one MongoDB: only the email tests send the outbox, so no other context
// takes their messages.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "marketplace.notifications.dispatch=false")
@AutoConfigureWebTestClient
public @interface MockServerTest {

}
