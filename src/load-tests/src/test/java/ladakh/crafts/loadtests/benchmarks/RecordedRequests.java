package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.protocol.HttpContext;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the requests the marketplace sends to Elasticsearch while recording is on, so
 * the search benchmark can send the very same request bodies straight to Elasticsearch.
 * Added to the in-process marketplace as an extra configuration: it swaps the
 * application's low-level {@link RestClient} for an equal one with this interceptor (one
 * volatile read per request when not recording).
 */
@Configuration(proxyBeanMethods = false)
class RecordedRequests {

	/**
	 * One request as sent.
	 *
	 * @param method the HTTP method
	 * @param uri the path and query, e.g.
	 * {@code /catalog-listings/_search?typed_keys=true}
	 * @param body the body, or {@code null}
	 */
	record Recorded(String method, String uri, String body) {

	}

	private static final Interceptor INTERCEPTOR = new Interceptor();

	/** Records every request to Elasticsearch until {@link #stop()}. */
	static void start() {
		INTERCEPTOR.sink = new CopyOnWriteArrayList<>();
	}

	/** Stops recording; returns what was sent since {@link #start()}. */
	static List<Recorded> stop() {
		List<Recorded> recorded = INTERCEPTOR.sink;
		INTERCEPTOR.sink = null;
		return (recorded != null) ? List.copyOf(recorded) : List.of();
	}

	@Bean
	static BeanPostProcessor recordingElasticsearchRestClient() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof RestClient original)) {
					return bean;
				}
				RestClient recording = RestClient.builder(original.getNodes().toArray(new Node[0]))
					.setRequestConfigCallback((config) -> config.setConnectTimeout(5_000).setSocketTimeout(120_000))
					.setHttpClientConfigCallback((client) -> client.addInterceptorLast(INTERCEPTOR))
					.build();
				try {
					original.close();
				}
				catch (IOException ex) {
					// it was never used
				}
				return recording;
			}
		};
	}

	private static final class Interceptor implements HttpRequestInterceptor {

		private volatile List<Recorded> sink;

		@Override
		public void process(HttpRequest request, HttpContext context) throws IOException {
			List<Recorded> recording = this.sink;
			if (recording == null) {
				return;
			}
			String body = null;
			if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null) {
				body = EntityUtils.toString(enclosing.getEntity(), StandardCharsets.UTF_8);
			}
			recording.add(new Recorded(request.getRequestLine().getMethod(), request.getRequestLine().getUri(), body));
		}

	}

}
