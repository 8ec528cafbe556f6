package ladakh.crafts.loadtests.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The marketplace web application started in this JVM on a free port, on the engines this
 * JVM already runs (the build's test mode), as {@code java -jar} would start it: the same
 * configuration, the in-process catalog sync, a real HTTP server. Its classes come from
 * marketplace-web's build output (the benchmarks profile puts them on the classpath), so
 * it is named, not imported, and a normal build compiles without it.
 */
final class InProcessMarketplace implements AutoCloseable {

	static final String MAIN_CLASS = "ladakh.crafts.marketplace.MarketplaceApplication";

	private final ConfigurableApplicationContext context;

	private final int port;

	private InProcessMarketplace(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/**
	 * Starts the marketplace with these settings and, beside it, the benchmark's own
	 * beans (e.g. {@link UnguardedStock}).
	 */
	static InProcessMarketplace start(Map<String, Object> properties, Class<?>... benchmarkBeans) {
		Class<?> main;
		try {
			main = Class.forName(MAIN_CLASS);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The marketplace is not on the classpath: run the benchmarks with "
					+ "mvn -B -pl src/load-tests -am verify -Pbenchmarks", ex);
		}
		List<Class<?>> sources = new ArrayList<>(List.of(main, RecordedRequests.class));
		sources.addAll(List.of(benchmarkBeans));
		SpringApplication application = new SpringApplication(sources.toArray(Class<?>[]::new));
		// As command-line arguments, so they win over application.yml as they would for
		// java -jar.
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.putAll(properties);
		String[] args = settings.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new InProcessMarketplace(application.run(args));
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
