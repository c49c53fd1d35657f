package io.github.ciscosupport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every item of issue 10 and prints the table, which it also writes to the file given as
 * the first argument.
 */
public final class BenchMain {

	private static final String ITEMS = "1,2,3,4,5,6,7";

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		long startedAt = System.nanoTime();
		List<Row> rows = new ArrayList<>();
		try (StubServer stub = new StubServer()) {
			rows.addAll(timed("1", () -> new OverheadBench(stub).run()));
			rows.addAll(timed("2", () -> new TokenBench(stub).run()));
			rows.addAll(timed("3", () -> new PacingBench(stub).run()));
			rows.addAll(timed("4", () -> new StreamingBench(stub).run()));
			rows.addAll(timed("5", () -> new StartupBench().run()));
			rows.addAll(timed("6", () -> new AdaptiveBench(stub).run()));
			rows.addAll(timed("7", () -> new SharedBudgetBench(stub).run()));
			rows.addAll(timed("8", () -> new CacheBench(stub).run()));
		}
		String table = table(rows, (System.nanoTime() - startedAt) / 1_000_000_000);
		System.out.println(table);
		Path out = Path.of(args.length > 0 ? args[0] : "bench.md");
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
		// Reactor's and Netty's non-daemon threads would keep the JVM alive.
		System.exit(0);
	}

	/** Runs the item unless {@code -Dbench.items} (say {@code 1,3}) leaves it out. */
	private static List<Row> timed(String name, Item item) throws Exception {
		if (!List.of(System.getProperty("bench.items", ITEMS).split(",")).contains(name)) {
			return List.of();
		}
		long startedAt = System.nanoTime();
		List<Row> rows = item.run();
		System.err.printf("[bench] item %s: %d s%n", name, (System.nanoTime() - startedAt) / 1_000_000_000);
		return rows;
	}

	private static String table(List<Row> rows, long seconds) {
		StringBuilder table = new StringBuilder();
		table.append("| # | Measure (ours ÷ baseline, or count) | Median (min–max, n) | Target | Met |\n");
		table.append("|---|---|---|---|---|\n");
		for (Row row : rows) {
			table.append("| ").append(String.join(" | ", row.item(), row.measure(), row.result(), row.target(),
					row.verdict())).append(" |\n");
		}
		table.append("\nJava ").append(System.getProperty("java.version")).append(", ")
			.append(Runtime.getRuntime().availableProcessors()).append(" CPUs, harness ").append(seconds).append(" s.\n");
		return table.toString();
	}

	/** One item of the issue: its rows of the table. */
	@FunctionalInterface
	private interface Item {

		List<Row> run() throws Exception;

	}

}
