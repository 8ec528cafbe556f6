package ladakh.crafts.marketplace.system.security;

import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * An area's own access rules. Each area declares one bean; the security configuration
 * applies them after the public pages and before the closing rules (unrouted paths answer
 * 404, anything else is denied), so every page and endpoint has an explicit rule next to
 * its code.
 * <p>
 * Rules that check ownership (a seller touches only their own data) live in the handlers
 * or services, with {@link MarketplaceUser#actsFor(String)}: a path rule cannot know the
 * owner.
 */
public interface AccessRules extends Ordered {

	void apply(AuthorizeExchangeSpec exchanges);

	/**
	 * Exact paths whose POSTs are authenticated by a signature over the request (a
	 * payment gateway's webhook), not by a session: they carry no cookie a forged form
	 * could ride on, so CSRF does not apply. Keep this to such endpoints.
	 * @return exact paths, no patterns
	 */
	default Set<String> signedPostPaths() {
		return Set.of();
	}

	@Override
	default int getOrder() {
		return 0;
	}

}
