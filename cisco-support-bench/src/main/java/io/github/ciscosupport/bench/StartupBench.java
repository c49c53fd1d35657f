package io.github.ciscosupport.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Item 5: the start of a minimal Spring Boot application with the starter against the same
 * application without it, each in a fresh JVM (startup is a cold-JVM cost). "Without" drops our
 * two jars from the class path and keeps the rest the starter brings (WebClient, Reactor Netty,
 * Spring Security OAuth2 client), which an application calling Cisco needs anyway: the ratio is
 * the cost of our auto-configuration and classes.
 */
final class StartupBench {

	private static final int ROUNDS = 5;

	/**
	 * C1 only, as IDEs and Spring Boot's own startup advice run short-lived JVMs: it halves the
	 * time of each start on 2 cores and applies to both sides alike.
	 */
	private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

	private static final Predicate<String> WITH = (entry) -> true;

	private static final Predicate<String> WITHOUT = (entry) -> !entry.contains("cisco-support-client")
			&& !entry.contains("cisco-support-autoconfigure");

	List<Row> run() throws IOException, InterruptedException {
		// No warm-up round: item 4's JVMs have already read these jars into the page cache.
		List<Double> ratios = new ArrayList<>();
		List<Double> extraMillis = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			// Alternate the order, so that page-cache and CPU-frequency drift hit both alike.
			boolean withFirst = round % 2 == 0;
			long first = start(withFirst ? WITH : WITHOUT, withFirst);
			long second = start(withFirst ? WITHOUT : WITH, !withFirst);
			long with = withFirst ? first : second;
			long without = withFirst ? second : first;
			ratios.add((double) with / without);
			extraMillis.add((double) (with - without));
		}
		return List.of(
				new Row("5", "Context start, minimal app with the starter ÷ without (fresh JVM each)",
						Summary.of(ratios).format(2), "report", ""),
				new Row("5", "… the same as a difference, ms (absolute: indicative only)",
						Summary.of(extraMillis).format(0), "report", ""));
	}

	private long start(Predicate<String> classPath, boolean expectCisco) throws IOException, InterruptedException {
		Map<String, String> result = ChildJvm.run(StartupProbe.class, JVM, classPath);
		if (Boolean.parseBoolean(result.get("ciscoWebClient")) != expectCisco) {
			throw new IllegalStateException("ciscoSupportWebClient present: " + result.get("ciscoWebClient")
					+ ", expected " + expectCisco);
		}
		return Long.parseLong(result.get("startMillis"));
	}

}
