package ladakh.crafts.marketplace.system;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which forwarded headers are believed (decision 29): pure logic over requests, the
 * server's own use of it is in
 * {@code ForwardedHeadersFromAnUntrustedPeerIntegrationTests} and the login tests.
 */
class TrustedForwardedHeadersTests {

	private static final List<String> FORWARDED = List.of("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host",
			"X-Forwarded-Port", "X-Forwarded-Prefix", "Forwarded");

	@Test
	void nobodyIsTrustedByDefaultNotEvenTheLoopback() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of())
			.apply(from("127.0.0.1").header("X-Forwarded-For", "203.0.113.9")
				.header("X-Forwarded-Proto", "https")
				.header("Forwarded", "for=203.0.113.10;proto=https")
				.build());

		assertThat(address(seen)).isEqualTo("127.0.0.1");
		assertThat(seen.getURI().getScheme()).isEqualTo("http");
		assertThat(seen.getHeaders().headerNames()).doesNotContainAnyElementsOf(FORWARDED);
	}

	@Test
	void anUntrustedPeersForwardedHeadersAreRemoved() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("10.0.0.0/8"))
			.apply(from("198.51.100.7").header("X-Forwarded-For", "203.0.113.9")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Prefix", "/x")
				.build());

		assertThat(address(seen)).isEqualTo("198.51.100.7");
		assertThat(seen.getURI().getHost()).isEqualTo("marketplace.example");
		assertThat(seen.getPath().value()).isEqualTo("/login");
		assertThat(seen.getHeaders().headerNames()).doesNotContainAnyElementsOf(FORWARDED);
	}

	@Test
	void aTrustedProxyGivesTheClientsAddressAndScheme() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("192.0.2.1", "10.0.0.0/8")).apply(
				from("10.1.2.3").header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https").build());

		assertThat(address(seen)).isEqualTo("203.0.113.9");
		assertThat(seen.getURI().getScheme()).isEqualTo("https");
	}

	@Test
	void whatTheClientPutInFrontOfTheProxysEntryIsIgnored() {
		// A proxy that appends ($proxy_add_x_forwarded_for) keeps what the client sent
		// first.
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("10.0.0.0/8"))
			.apply(from("10.0.0.5").header("X-Forwarded-For", "6.6.6.6, 203.0.113.9").build());

		assertThat(address(seen)).isEqualTo("203.0.113.9");
	}

	@Test
	void aChainOfTrustedProxiesIsWalkedBackToTheClient() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("10.0.0.0/8"))
			.apply(from("10.0.0.5").header("X-Forwarded-For", "6.6.6.6")
				.header("X-Forwarded-For", "203.0.113.9, 10.0.0.7")
				.build());

		assertThat(address(seen)).isEqualTo("203.0.113.9");
	}

	@Test
	void theStandardForwardedHeaderIsWalkedTheSameWay() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("10.0.0.0/8")).apply(from("10.0.0.5")
			.header("Forwarded", "for=6.6.6.6;proto=http, for=\"[2001:db8::1]:4711\";proto=https, for=10.0.0.7")
			.build());

		assertThat(address(seen)).isEqualTo("[2001:db8::1]");
		assertThat(seen.getURI().getScheme()).isEqualTo("https");
	}

	@Test
	void xForwardedForWinsOverAForwardedHeaderTheClientMayHaveSent() {
		ServerHttpRequest seen = new TrustedForwardedHeaders(List.of("10.0.0.0/8")).apply(
				from("10.0.0.5").header("Forwarded", "for=6.6.6.6").header("X-Forwarded-For", "203.0.113.9").build());

		assertThat(address(seen)).isEqualTo("203.0.113.9");
		assertThat(seen.getHeaders().headerNames()).doesNotContainAnyElementsOf(FORWARDED);
	}

	@Test
	void aHostNameInTheListIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedForwardedHeaders(List.of("proxy.example")));
	}

	private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
		return MockServerHttpRequest.get("http://marketplace.example/login")
			.remoteAddress(new InetSocketAddress(peer, 40000));
	}

	private static String address(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
