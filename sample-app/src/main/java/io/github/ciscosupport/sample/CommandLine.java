package io.github.ciscosupport.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * The command-line mode, for cron jobs and pipelines:
 * <ul>
 * <li>{@code --inventory=devices.csv [--out=report.csv|report.json]}: the report, on stdout
 * (CSV) or in the file; progress, skipped rows and the summary on stderr;</li>
 * <li>{@code --serials=A,B,C}: the end-of-life dates of serial numbers, printed;</li>
 * <li>{@code --sample-inventory=devices.csv [--devices=300]}: writes an inventory of simulator
 * devices (simulator only).</li>
 * </ul>
 * stdout carries the report and nothing else. An error is one line on stderr and exit code 1;
 * a report that was written but is incomplete (skipped rows, an API unavailable) exits with 2.
 */
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	static final List<String> OPTIONS = List.of("inventory", "serials", "sample-inventory");

	/** Skipped rows listed on stderr; the rest are counted. */
	static final int LISTED_ROWS = 20;

	static final int FAILED = 1;

	static final int INCOMPLETE = 2;

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
	public void run(ApplicationArguments args) {
		try {
			this.exitCode = execute(args);
		}
		catch (CommandLineException | InventoryException ex) {
			fail(ex.getMessage());
		}
		catch (IOException | UncheckedIOException ex) {
			fail(OutputFile.reason((ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : (IOException) ex));
		}
		catch (RuntimeException ex) {
			// Not expected: still one line, with what went wrong, rather than a stack trace.
			fail("the report failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private int execute(ApplicationArguments args) throws IOException {
		if (args.containsOption("inventory")) {
			return report(single(args, "inventory"), args.containsOption("out") ? single(args, "out") : null);
		}
		if (args.containsOption("sample-inventory")) {
			Path file = Path.of(single(args, "sample-inventory"));
			OutputFile.checkWritable(file);
			String csv = this.simulator.sampleInventory(devices(args))
				.orElseThrow(() -> new CommandLineException(
						"--sample-inventory needs the embedded simulator: unset the Cisco credentials"));
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			return 0;
		}
		if (args.containsOption("serials")) {
			this.endOfLife.print(args.getOptionValues("serials").stream()
				.flatMap((value) -> Arrays.stream(value.split(",")))
				.toList(), this.out);
		}
		return 0;
	}

	private int report(String inventoryFile, String outFile) throws IOException {
		OutputFile output = (outFile != null) ? OutputFile.of(outFile) : null;
		if (output != null) {
			output.checkWritable();
		}
		Inventory inventory = InventoryReader.read(InputFile.read(inventoryFile), inventoryFile);
		inventory.warnings().forEach((warning) -> this.err.println("warning: " + warning));
		listRejected(inventoryFile, inventory.rejectedRows());
		long started = System.nanoTime();
		LifecycleReport report = this.reports.report(inventory, new ProgressLine(started)).block();
		this.err.println();
		this.err.print(SummaryText.of(report, Duration.ofNanos(System.nanoTime() - started)));
		report.unavailable().values().forEach((why) -> this.err.println("warning: " + why));
		report.warnings()
			.stream()
			.filter((warning) -> !inventory.warnings().contains(warning))
			.forEach((warning) -> this.err.println("warning: " + warning));
		if (output != null) {
			output.write(report, this.json);
		}
		else {
			this.out.print(ReportCsv.write(report));
			this.out.flush();
		}
		// The report is out, but incomplete: let a pipeline notice.
		return (inventory.rejectedRows().isEmpty() && report.unavailable().isEmpty()) ? 0 : INCOMPLETE;
	}

	private void listRejected(String inventoryFile, List<RejectedRow> rows) {
		rows.stream()
			.limit(LISTED_ROWS)
			.forEach((row) -> this.err.printf("%s:%d: skipped, %s: %s%n", inventoryFile, row.line(), row.reason(),
					row.content()));
		if (rows.size() > LISTED_ROWS) {
			this.err.printf("%s: %d more rows skipped (%d in all)%n", inventoryFile, rows.size() - LISTED_ROWS,
					rows.size());
		}
	}

	private void fail(String message) {
		this.err.println("error: " + message);
		this.exitCode = FAILED;
	}

	private static int devices(ApplicationArguments args) {
		if (!args.containsOption("devices")) {
			return SampleInventory.DEFAULT_SIZE;
		}
		String value = single(args, "devices");
		try {
			int devices = Integer.parseInt(value);
			if (devices > 0) {
				return devices;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CommandLineException("--devices=" + value + ": give a number of devices, such as --devices=5000");
	}

	private static String single(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw new CommandLineException("give one value: --" + option + "=...");
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
		public synchronized void progress(ReportProgress progress) {
			long now = System.nanoTime();
			int answered = progress.answered();
			int total = progress.total();
			if (answered == total || now - this.printedAt >= PROGRESS_INTERVAL_NANOS) {
				this.printedAt = now;
				Duration elapsed = Duration.ofNanos(now - this.started);
				String left = progress.remaining(elapsed)
					.map((remaining) -> ", about " + remaining.toSeconds() + " s left")
					.orElse("");
				CommandLine.this.err.printf("\rlookups answered: %d/%d (%d%%), %d s%s   ", answered, total,
						100L * answered / Math.max(total, 1), elapsed.toSeconds(), left);
			}
		}

	}

}
