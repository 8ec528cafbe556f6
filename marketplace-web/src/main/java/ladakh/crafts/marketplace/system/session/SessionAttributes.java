package ladakh.crafts.marketplace.system.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import org.bson.Document;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;

/**
 * Session attributes as plain BSON, never Java serialisation: reading a session must not
 * instantiate classes its bytes name (decision 34). Stored as {@code [{name, value}]}.
 * Strings, ints, longs and booleans are stored as themselves; every other value is a
 * document tagged with {@code type}, one of a few this class knows:
 * <ul>
 * <li>{@code securityContext}: the signed-in person, as {@code authentication:
 * {principal, authorities}} or {@code null}. A {@link MarketplaceUser} principal is
 * stored field by field without its password hash ({@code marketplaceUser}); any other
 * principal by its name only ({@code name}), and comes back as that name. It comes back
 * as an authenticated {@link UsernamePasswordAuthenticationToken}; an authentication that
 * is not authenticated is not stored;</li>
 * <li>{@code map}: a map with string keys (a visitor's cart), entries in order;</li>
 * <li>{@code locale} and {@code csrfToken}.</li>
 * </ul>
 * A value of any other type is refused on save, loudly: a new kind of attribute needs a
 * tag here. A stored value that does not decode (an unknown tag, a missing field, a role
 * that no longer exists) makes the whole session unreadable, which the repository treats
 * as no session.
 */
final class SessionAttributes {

	static final String TYPE = "type";

	/** Maps inside maps: deeper than any attribute this application writes. */
	private static final int MAX_DEPTH = 4;

	private SessionAttributes() {
	}

	/**
	 * The stored form of these attributes.
	 * @throws IllegalArgumentException for a value of a type sessions do not store
	 */
	static List<Document> encode(Map<String, Object> attributes) {
		List<Document> stored = new ArrayList<>(attributes.size());
		attributes
			.forEach((name, value) -> stored.add(new Document("name", name).append("value", value(name, value, 0))));
		return stored;
	}

	/**
	 * The attributes a stored list holds.
	 * @throws IllegalArgumentException when anything in it is not what {@link #encode}
	 * writes
	 */
	static Map<String, Object> decode(Object stored) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (Object entry : list(stored)) {
			Document attribute = document(entry);
			attributes.put(string(attribute, "name"), read(attribute.get("value"), 0));
		}
		return attributes;
	}

	private static Object value(String name, Object value, int depth) {
		if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
			return value;
		}
		if (value instanceof SecurityContext context) {
			return tagged("securityContext").append("authentication", authentication(context.getAuthentication()));
		}
		if (value instanceof Map<?, ?> map && depth < MAX_DEPTH) {
			List<Document> entries = new ArrayList<>(map.size());
			map.forEach((key, entry) -> {
				if (!(key instanceof String text)) {
					throw refused(name, key);
				}
				entries.add(new Document("key", text).append("value", value(name, entry, depth + 1)));
			});
			return tagged("map").append("entries", entries);
		}
		if (value instanceof Locale locale) {
			return tagged("locale").append("tag", locale.toLanguageTag());
		}
		if (value instanceof CsrfToken token) {
			return tagged("csrfToken").append("headerName", token.getHeaderName())
				.append("parameterName", token.getParameterName())
				.append("token", token.getToken());
		}
		throw refused(name, value);
	}

	private static IllegalArgumentException refused(String name, Object value) {
		return new IllegalArgumentException(
				"Session attribute '" + name + "' holds a " + ((value != null) ? value.getClass().getName() : "null")
						+ ", which sessions do not store; give it a type in SessionAttributes (decision 34)");
	}

	private static Document authentication(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		List<Document> authorities = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority.getAuthority() == null) {
				throw refused("authority", authority);
			}
			Document stored = new Document("authority", authority.getAuthority());
			if (authority instanceof FactorGrantedAuthority factor) {
				stored.append("issuedAt", Date.from(factor.getIssuedAt()));
			}
			authorities.add(stored);
		}
		return new Document("principal", principal(authentication)).append("authorities", authorities);
	}

	private static Document principal(Authentication authentication) {
		if (authentication.getPrincipal() instanceof MarketplaceUser user) {
			return tagged("marketplaceUser").append("id", user.id())
				.append("login", user.login())
				.append("displayName", user.displayName())
				.append("roles", user.roles().stream().map(Role::name).sorted().toList())
				.append("sellerId", user.sellerId())
				.append("enabled", user.enabled())
				.append("mustChangePassword", user.mustChangePassword());
		}
		return tagged("name").append("name", authentication.getName());
	}

	private static Object read(Object value, int depth) {
		if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
			return value;
		}
		Document tagged = document(value);
		String type = string(tagged, TYPE);
		return switch (type) {
			case "securityContext" -> securityContext(tagged.get("authentication"));
			case "map" -> map(tagged, depth);
			case "locale" -> Locale.forLanguageTag(string(tagged, "tag"));
			case "csrfToken" -> new DefaultCsrfToken(string(tagged, "headerName"), string(tagged, "parameterName"),
					string(tagged, "token"));
			default -> throw new IllegalArgumentException("unknown session value type '" + type + "'");
		};
	}

	private static Map<String, Object> map(Document tagged, int depth) {
		if (depth >= MAX_DEPTH) {
			throw new IllegalArgumentException("session value nested too deep");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (Object entry : list(tagged.get("entries"))) {
			Document stored = document(entry);
			map.put(string(stored, "key"), read(stored.get("value"), depth + 1));
		}
		return map;
	}

	private static SecurityContext securityContext(Object stored) {
		SecurityContextImpl context = new SecurityContextImpl();
		if (stored == null) {
			return context;
		}
		Document authentication = document(stored);
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Object entry : list(authentication.get("authorities"))) {
			Document authority = document(entry);
			Object issuedAt = authority.get("issuedAt");
			authorities.add((issuedAt instanceof Date date)
					? FactorGrantedAuthority.withAuthority(string(authority, "authority"))
						.issuedAt(date.toInstant())
						.build()
					: new SimpleGrantedAuthority(string(authority, "authority")));
		}
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(principal(document(authentication.get("principal"))), null, authorities));
		return context;
	}

	private static Object principal(Document stored) {
		String type = string(stored, TYPE);
		return switch (type) {
			case "marketplaceUser" -> new MarketplaceUser(string(stored, "id"), string(stored, "login"),
					stored.getString("displayName"), null, roles(stored.get("roles")), stored.getString("sellerId"),
					bool(stored, "enabled"), bool(stored, "mustChangePassword"));
			case "name" -> string(stored, "name");
			default -> throw new IllegalArgumentException("unknown principal type '" + type + "'");
		};
	}

	private static Set<Role> roles(Object stored) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : list(stored)) {
			if (!(role instanceof String name)) {
				throw new IllegalArgumentException("a role is not a name");
			}
			roles.add(Role.valueOf(name));
		}
		return roles;
	}

	private static Document tagged(String type) {
		return new Document(TYPE, type);
	}

	private static Document document(Object value) {
		if (value instanceof Document document) {
			return document;
		}
		throw new IllegalArgumentException(
				"expected a document, found " + ((value != null) ? value.getClass().getSimpleName() : "nothing"));
	}

	private static Collection<?> list(Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException(
				"expected a list, found " + ((value != null) ? value.getClass().getSimpleName() : "nothing"));
	}

	private static String string(Document document, String field) {
		if (document.get(field) instanceof String text) {
			return text;
		}
		throw new IllegalArgumentException("expected text in '" + field + "'");
	}

	private static boolean bool(Document document, String field) {
		if (document.get(field) instanceof Boolean flag) {
			return flag;
		}
		throw new IllegalArgumentException("expected true or false in '" + field + "'");
	}

}
