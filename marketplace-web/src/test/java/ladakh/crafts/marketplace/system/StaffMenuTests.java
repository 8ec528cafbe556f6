package ladakh.crafts.marketplace.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each staff role's menu, checked both ways against the access rules and the route table:
 * every entry the role sees opens (200) for it, and every staff page without an id in its
 * address that the role may open (the rules answer 200) is in its menu.
 */
@MockServerTest
class StaffMenuTests {

	private static final Pattern MENU_LINK = Pattern.compile("class=\"staff-menu__link\" href=\"([^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "INSTRUCTOR", "OFFICER", "ACCOUNTS", "REVIEWER", "ADMIN" })
	void everyEntryARoleSeesOpensForIt(Role role) {
		MarketplaceUser user = staff(role);
		List<String> shown = menuOn(user, user.startPage());
		assertThat(shown).as("the header's menu is StaffMenu's, in its order")
			.containsExactlyElementsOf(StaffMenu.of(user).stream().map(StaffMenu.Entry::path).toList())
			.isNotEmpty();
		for (String path : shown) {
			assertThat(status(user, path)).as("%s opens %s", role, path).isEqualTo(200);
			assertThat(menuOn(user, path)).as("the menu is on %s too", path).isEqualTo(shown);
		}
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "INSTRUCTOR", "OFFICER", "ACCOUNTS", "REVIEWER", "ADMIN" })
	void everyStaffPageARoleMayOpenIsInItsMenu(Role role) {
		MarketplaceUser user = staff(role);
		Set<String> menu = new LinkedHashSet<>(menuOn(user, user.startPage()));
		List<String> missing = new ArrayList<>();
		for (String page : staffPages()) {
			int status = status(user, page);
			assertThat(status).as("%s on %s: allowed or refused, nothing else", role, page).isIn(200, 403);
			if (status == 200 && !menu.contains(page)) {
				missing.add(page);
			}
		}
		assertThat(missing).as("pages %s may open that its menu does not reach", role).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "BUYER", "SELLER" })
	void peopleWithoutAStaffRoleHaveNoStaffMenu(Role role) {
		MarketplaceUser user = SignedIn.user("usr-menu-" + role, role + "@example.in", Set.of(role),
				(role == Role.SELLER) ? "art-menu-0001" : null);
		assertThat(StaffMenu.of(user)).isEmpty();
		assertThat(page(user, "/")).doesNotContain("staff-menu");
	}

	/** The mapped staff pages a menu can link to: GET, no path variable, not a file. */
	private Set<String> staffPages() {
		Set<String> pages = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> {
				Set<?> methods = info.getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					return;
				}
				info.getPatternsCondition().getPatterns().forEach((pattern) -> {
					String path = pattern.getPatternString();
					if ((path.equals("/staff") || path.startsWith("/staff/") || path.startsWith("/admin/"))
							&& !path.contains("{") && !path.endsWith(".pdf") && !path.endsWith(".csv")
							&& !path.endsWith(".js")) {
						pages.add(path);
					}
				});
			}));
		assertThat(pages).as("the route table's staff pages").contains("/staff", "/staff/audit", "/admin/users");
		return pages;
	}

	private static MarketplaceUser staff(Role role) {
		return SignedIn.user("usr-menu-" + role, role.name().toLowerCase() + "@example.in", Set.of(role), null);
	}

	private List<String> menuOn(MarketplaceUser user, String path) {
		List<String> links = new ArrayList<>();
		Matcher matcher = MENU_LINK.matcher(page(user, path));
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	private String page(MarketplaceUser user, String path) {
		EntityExchangeResult<String> result = this.http.mutateWith(SignedIn.as(user))
			.method(HttpMethod.GET)
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		return String.valueOf(result.getResponseBody());
	}

	private int status(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
