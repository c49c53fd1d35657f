package io.github.ciscosupport.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The command-line mode, for cron jobs and pipelines:
 * <ul>
 * <li>{@code --inventory=devices.csv --out=report.csv|report.json}: the report, with a progress
 * line on stderr;</li>
 * <li>{@code --serials=A,B,C}: the end-of-life dates of serial numbers, printed;</li>
 * <li>{@code --sample-inventory=devices.csv [--devices=300]}: writes an inventory of simulator
 * devices (simulator only).</li>
 * </ul>
 */
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	static final List<String> OPTIONS = List.of("inventory", "serials", "sample-inventory");

	private static final long PROGRESS_INTERVAL_NANOS = Duration.ofMillis(500).toNanos();

	private final LifecycleReportService reports;

	private final EndOfLifeReport endOfLife;

	private final SimulatorData simulator;

	private final JsonMapper json;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	CommandLine(LifecycleReportService reports, EndOfLifeReport endOfLife, SimulatorData simulator, JsonMapper json,
			PrintStream out, PrintStream err) {
		this.reports = reports;
		this.endOfLife = endOfLife;
		this.simulator = simulator;
		this.json = json;
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for a command rather than the web page. */
	static boolean isCommand(String... args) {
		return Stream.of(args).anyMatch((arg) -> OPTIONS.stream().anyMatch((option) -> arg.startsWith("--" + option)));
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (args.containsOption("inventory")) {
			report(Path.of(single(args, "inventory")), args.containsOption("out") ? Path.of(single(args, "out")) : null);
		}
		else if (args.containsOption("sample-inventory")) {
			int size = args.containsOption("devices") ? Integer.parseInt(single(args, "devices"))
					: SampleInventory.DEFAULT_SIZE;
			String csv = this.simulator.sampleInventory(size)
				.orElseThrow(() -> new IllegalStateException("The sample inventory needs the simulator (no credentials)"));
			Files.writeString(Path.of(single(args, "sample-inventory")), csv, StandardCharsets.UTF_8);
		}
		else if (args.containsOption("serials")) {
			this.endOfLife.print(args.getOptionValues("serials").stream()
				.flatMap((value) -> Arrays.stream(value.split(",")))
				.toList(), this.out);
		}
	}

	private void report(Path inventoryFile, Path outFile) throws IOException {
		Inventory inventory = InventoryReader.read(Files.readString(inventoryFile, StandardCharsets.UTF_8));
		inventory.rejectedRows()
			.forEach((row) -> this.err.printf("%s:%d: skipped, %s: %s%n", inventoryFile, row.line(), row.reason(),
					row.content()));
		long started = System.nanoTime();
		LifecycleReport report = this.reports.report(inventory, new ProgressLine(started)).block();
		this.err.printf("%n%d devices in %.1f s%n", report.devices().size(),
				(System.nanoTime() - started) / 1e9);
		report.unavailable().values().forEach((why) -> this.err.println("WARNING: " + why));
		this.err.println(report.summary());
		String content = (outFile != null && outFile.toString().toLowerCase(Locale.ROOT).endsWith(".json"))
				? this.json.writerWithDefaultPrettyPrinter().writeValueAsString(report) : ReportCsv.write(report);
		if (outFile != null) {
			Files.writeString(outFile, content, StandardCharsets.UTF_8);
		}
		else {
			this.out.print(content);
		}
		if (!inventory.rejectedRows().isEmpty() || !report.unavailable().isEmpty()) {
			this.exitCode = 2;   // the report is out, but incomplete: let a pipeline notice
		}
	}

	private static String single(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("Give one value: --" + option + "=...");
		}
		return values.get(0);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** Rewrites one stderr line at most twice a second, and always the last time. */
	private final class ProgressLine implements ProgressListener {

		private final long started;

		private long printedAt;

		ProgressLine(long started) {
			this.started = started;
			this.printedAt = started - PROGRESS_INTERVAL_NANOS;
		}

		@Override
		public synchronized void progress(int answered, int total) {
			long now = System.nanoTime();
			if (answered == total || now - this.printedAt >= PROGRESS_INTERVAL_NANOS) {
				this.printedAt = now;
				CommandLine.this.err.printf("\rlookups answered: %d/%d (%d%%), %.0f s", answered, total,
						100L * answered / Math.max(total, 1), (now - this.started) / 1e9);
			}
		}

	}

}
