package ladakh.crafts.marketplace.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;

import ladakh.crafts.embedded.QueryScans;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The scan check (decision 43): after every test class, the queries the embedded MongoDB
 * server ran that examined more than {@link #BEYOND} (100) documents beyond those they
 * returned (a missing or unfit index) fail the class, unless the allow-list names them.
 * Registered for every Jupiter class by {@code META-INF/services} (autodetection is on in
 * {@code junit-platform.properties}); the server runs in the test JVM, so its
 * {@link QueryScans} report reaches this class directly. A scan from a background task
 * (the catalog sync) counts in whichever class runs when it happens.
 * <p>
 * The allow-list, {@value #ALLOWED}, names deliberate scans (a rebuild, a sweep) and the
 * known offenders, one per line: {@code collection operation shape | why}. Like the
 * frozen ArchUnit violations it may only shrink: {@code QueryScanCheckTests} caps its
 * length.
 */
public final class QueryScanCheck implements AfterAllCallback {

	/**
	 * Documents a query may examine beyond those it returns ({@code
	 * MARKETPLACE_SCAN_BEYOND} lowers it for a survey; the build keeps 100).
	 */
	public static final long BEYOND = Long.parseLong(System.getenv().getOrDefault("MARKETPLACE_SCAN_BEYOND", "100"));

	public static final String ALLOWED = "query-scans-allowed.txt";

	private static final Queue<QueryScans.Scan> seen = new ConcurrentLinkedQueue<>();

	static {
		QueryScans.subscribe(BEYOND, seen::add);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		AssertionError failure = verdict(drain());
		if (failure != null) {
			throw failure;
		}
	}

	/** The scans reported since the last check, which no check will see again. */
	public static List<QueryScans.Scan> drain() {
		List<QueryScans.Scan> scans = new ArrayList<>();
		for (QueryScans.Scan scan = seen.poll(); scan != null; scan = seen.poll()) {
			scans.add(scan);
		}
		return scans;
	}

	/** Hands scans back to the next check (a test that drained them to look). */
	public static void requeue(List<QueryScans.Scan> scans) {
		seen.addAll(scans);
	}

	/**
	 * Runs {@code work} whose scans matching {@code deliberate} (by
	 * {@link #key(QueryScans.Scan) key}) are expected: a once-per-database backfill that
	 * a test runs again. Every other scan, its own or a background task's, stays
	 * reported.
	 */
	public static <T> T excusing(Predicate<String> deliberate, Supplier<T> work) {
		List<QueryScans.Scan> before = drain();
		try {
			return work.get();
		}
		finally {
			List<QueryScans.Scan> during = drain();
			requeue(before);
			requeue(during.stream().filter((scan) -> !deliberate.test(key(scan))).toList());
		}
	}

	/**
	 * The failure these scans make, or {@code null} when the allow-list names them all.
	 */
	public static AssertionError verdict(List<QueryScans.Scan> scans) {
		Map<String, String> allowed = allowed();
		Map<String, QueryScans.Scan> offenders = new LinkedHashMap<>();
		for (QueryScans.Scan scan : scans) {
			String key = key(scan);
			if (!allowed.containsKey(key)) {
				offenders.putIfAbsent(key, scan);
			}
		}
		if (offenders.isEmpty()) {
			return null;
		}
		StringBuilder message = new StringBuilder("Queries read more than " + BEYOND
				+ " documents beyond those they returned; declare an index that serves them "
				+ "(decision 43), or, for a deliberate scan, add the line to src/test/resources/" + ALLOWED + ":");
		offenders.forEach((key, scan) -> message.append("\n  ")
			.append(key)
			.append(" | examined ")
			.append(scan.examined())
			.append(", returned ")
			.append(scan.returned())
			.append((scan.index() != null) ? ", index " + scan.index() : ", no index"));
		return new AssertionError(message.toString());
	}

	/**
	 * Collection (without its database: test classes may take their own), operation,
	 * shape.
	 */
	public static String key(QueryScans.Scan scan) {
		String collection = scan.namespace().substring(scan.namespace().indexOf('.') + 1);
		return collection + " " + scan.operation() + " " + scan.shape();
	}

	/** The allow-list: key to reason. */
	public static Map<String, String> allowed() {
		Map<String, String> allowed = new LinkedHashMap<>();
		try (InputStream in = QueryScanCheck.class.getClassLoader().getResourceAsStream(ALLOWED)) {
			if (in == null) {
				throw new IllegalStateException(ALLOWED + " is missing from the test resources");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int bar = line.lastIndexOf(" | ");
				String key = (bar < 0) ? line.strip() : line.substring(0, bar).strip();
				allowed.put(key, (bar < 0) ? "" : line.substring(bar + 3).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return allowed;
	}

}
