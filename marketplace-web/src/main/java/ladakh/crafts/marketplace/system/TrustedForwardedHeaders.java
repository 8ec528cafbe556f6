package ladakh.crafts.marketplace.system;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Forwarded headers ({@code X-Forwarded-For/-Proto/-Host/-Port/-Prefix},
 * {@code Forwarded}) are believed only when the connection comes from a trusted proxy
 * ({@code marketplace.security.trusted-proxies}, decision 29); from anyone else they are
 * removed, so the client's address (login throttling) and scheme (Secure cookies) are the
 * connection's own.
 * <p>
 * Proxies append the address they saw to what the client sent, so the client is the
 * right-most address that is not a trusted proxy, never the left-most one Spring would
 * take. {@code X-Forwarded-For} wins over a {@code Forwarded} header, which a proxy that
 * sets the former passes on untouched from the client.
 */
class TrustedForwardedHeaders extends ForwardedHeaderTransformer {

	private static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private static final String FORWARDED = "Forwarded";

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private static final Pattern FOR = Pattern.compile("(?i)(?:^|;)\\s*for=\"?([^\";,]*)\"?");

	private final List<InetAddressMatcher> proxies;

	private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

	/**
	 * @param trustedProxies IP addresses or CIDR ranges ({@code 10.0.0.0/8}); no host
	 * names
	 */
	TrustedForwardedHeaders(List<String> trustedProxies) {
		this.proxies = trustedProxies.stream()
			.map(String::trim)
			.filter((entry) -> !entry.isEmpty())
			.map(InetAddressMatchers::fromIpAddress)
			.toList();
		this.remover.setRemoveOnly(true);
	}

	@Override
	public ServerHttpRequest apply(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		if (peer == null || !trusted(peer.getAddress())) {
			return this.remover.apply(request);
		}
		return super.apply(request.mutate().headers(this::keepTheClientsHopOnly).build());
	}

	private boolean trusted(InetAddress address) {
		return address != null && this.proxies.stream().anyMatch((proxy) -> proxy.matches(address));
	}

	/**
	 * Only IP literals are looked at (getByName then never asks DNS); "unknown" or an
	 * obfuscated name is not one of ours.
	 */
	private boolean trusted(String address) {
		if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
			return false;
		}
		try {
			return trusted(InetAddress.getByName(address));
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Leaves one hop: the right-most entry whose address is not a trusted proxy (the
	 * left-most when all are).
	 */
	private void keepTheClientsHopOnly(HttpHeaders headers) {
		List<String> forwardedFor = entries(headers.get(X_FORWARDED_FOR));
		if (!forwardedFor.isEmpty()) {
			headers.remove(FORWARDED);
			headers.set(X_FORWARDED_FOR, client(forwardedFor, forwardedFor));
			return;
		}
		List<String> forwarded = entries(headers.get(FORWARDED));
		if (!forwarded.isEmpty()) {
			headers.set(FORWARDED,
					client(forwarded, forwarded.stream().map(TrustedForwardedHeaders::forAddress).toList()));
		}
	}

	private String client(List<String> hops, List<String> addresses) {
		for (int i = hops.size() - 1; i > 0; i--) {
			if (!trusted(addresses.get(i))) {
				return hops.get(i);
			}
		}
		return hops.get(0);
	}

	private static List<String> entries(List<String> values) {
		List<String> entries = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				for (String entry : value.split(",")) {
					if (!entry.isBlank()) {
						entries.add(entry.trim());
					}
				}
			}
		}
		return entries;
	}

	/**
	 * The address in a {@code Forwarded} element's {@code for=}, without port or
	 * brackets.
	 */
	private static String forAddress(String element) {
		var matcher = FOR.matcher(element);
		if (!matcher.find()) {
			return "";
		}
		String node = matcher.group(1).trim();
		if (node.startsWith("[")) {
			int end = node.indexOf(']');
			return (end > 0) ? node.substring(1, end) : node;
		}
		int colon = node.indexOf(':');
		return (colon > 0 && node.indexOf(':', colon + 1) < 0) ? node.substring(0, colon) : node;
	}

}
