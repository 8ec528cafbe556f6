package ladakh.crafts.marketplace.testsupport;

import java.net.InetSocketAddress;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * Gives requests of a mock-server WebTestClient a client address (they have none), as the
 * socket would: {@code http.mutateWith(ClientAddress.of("10.0.0.7"))}.
 */
public final class ClientAddress implements WebTestClientConfigurer {

	private final InetSocketAddress address;

	private ClientAddress(InetSocketAddress address) {
		this.address = address;
	}

	public static ClientAddress of(String ip) {
		return new ClientAddress(new InetSocketAddress(ip, 40000));
	}

	/** An address of its own for one test, so tests never share a per-address limit. */
	public static ClientAddress fresh() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return of("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
	}

	@Override
	public void afterConfigurerAdded(WebTestClient.Builder builder, WebHttpHandlerBuilder httpHandlerBuilder,
			ClientHttpConnector connector) {
		if (httpHandlerBuilder == null) {
			throw new IllegalStateException("ClientAddress works with a mock-server WebTestClient only");
		}
		httpHandlerBuilder.filters((filters) -> filters.add(0, (exchange, chain) -> chain
			.filter(exchange.mutate().request((request) -> request.remoteAddress(this.address)).build())));
	}

}
