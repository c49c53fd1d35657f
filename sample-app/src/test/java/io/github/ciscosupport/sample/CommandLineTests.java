package io.github.ciscosupport.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --inventory devices.csv [--out report.csv|.json]} against the embedded simulator, with
 * stdout and stderr captured apart: what a script sees. {@link CommandLineProcessTests} runs
 * {@code main} in its own JVM.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "cisco.support.rate-limit.enabled=false")
class CommandLineTests {

	private static final String CORE_1 = "core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10";

	@TempDir
	Path directory;

	@Autowired
	private LifecycleReportService reports;

	@Autowired
	private EndOfLifeReport endOfLife;

	@Autowired
	private SimulatorData simulatorData;

	@Autowired
	private JsonMapper json;

	@Autowired
	private CiscoSupportSimulator simulator;

	@BeforeEach
	void clearJournal() {
		this.simulator.requests().clear();
	}

	// 1. stdout carries only the report; the summary on stderr is text.

	@Test
	void writesTheReportAloneOnStdoutAndTheSummaryOnStderr() throws Exception {
		Path inventory = inventory("hostname,serial,pid,software_type,version\n" + CORE_1
				+ "\ndist-1,FXS2130Q286,WS-C3560-48PS-S,,\n");

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).isZero();
		List<String> rows = result.out().lines().toList();
		assertThat(rows).hasSize(3).first().isEqualTo(ReportCsv.HEADER);
		assertThat(rows.get(1)).startsWith("2,core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10,true,");
		assertThat(rows.get(2)).startsWith("3,dist-1,FXS2130Q286,WS-C3560-48PS-S,,,true,");
		assertThat(result.err()).contains("lookups answered: ")
			.contains("2 devices reported in ")
			.containsPattern("past the last date of support: +1\n")
			.containsPattern("not covered by a contract: +\\d+\n")
			.doesNotContain("Summary[");
	}

	@Test
	void writesCsvOrJsonToTheOutputFileByItsExtension() throws Exception {
		Path inventory = inventory(CORE_1 + "\n");
		Path csv = this.directory.resolve("report.CSV");
		Path json = this.directory.resolve("report.json");

		Result toCsv = run("--inventory=" + inventory, "--out=" + csv);
		Result toJson = run("--inventory=" + inventory, "--out=" + json);

		assertThat(toCsv.exitCode()).isZero();
		assertThat(toCsv.out()).isEmpty();
		assertThat(Files.readAllLines(csv)).hasSize(2).first().isEqualTo(ReportCsv.HEADER);
		assertThat(toJson.exitCode()).isZero();
		assertThat(Files.readString(json)).contains("\"serialNumber\" : \"FHK0933224R\"")
			.contains("\"lastDateOfSupport\" : \"2012-06-29\"")
			.contains("\"pastLastDateOfSupport\" : 1");
	}

	// 2. Every error is one line on stderr, exit code 1, no stack trace.

	@Test
	void aMissingInventoryFileIsOneLine() {
		Path missing = this.directory.resolve("missing.csv");

		assertFailsWith(run("--inventory=" + missing), "error: cannot read " + missing + ": no such file or directory");
	}

	@Test
	void anInventoryThatIsADirectoryIsOneLine() {
		assertFailsWith(run("--inventory=" + this.directory),
				"error: cannot read " + this.directory + ": it is a directory");
	}

	@Test
	void undecodableBytesAreOneLine() throws Exception {
		Path inventory = Files.write(this.directory.resolve("devices.csv"),
				new byte[] { 's', 'n', '\n', 'A', (byte) 0xE9, (byte) 0x81, '\n' });

		assertFailsWith(run("--inventory=" + inventory), "error: " + inventory
				+ " cannot be read as text: byte 0x81 at offset 5 is not windows-1252; save the inventory as CSV (UTF-8)");
	}

	@Test
	void anUnwritableOutputIsOneLineBeforeAnyLookup() throws Exception {
		Path inventory = inventory(CORE_1 + "\n");
		Path noDirectory = this.directory.resolve("missing").resolve("report.csv");

		assertFailsWith(run("--inventory=" + inventory, "--out=" + noDirectory),
				"error: cannot write " + noDirectory + ": no such file or directory");
		assertFailsWith(run("--inventory=" + inventory, "--out=" + Files.createDirectory(this.directory.resolve("out.csv"))),
				"error: cannot write " + this.directory.resolve("out.csv") + ": it is a directory");
		assertThat(this.simulator.requests().apiCalls()).as("no lookup before the output is known to be writable")
			.isZero();
	}

	@Test
	void anUnknownOutputExtensionIsOneLine() throws Exception {
		Path inventory = inventory(CORE_1 + "\n");

		assertFailsWith(run("--inventory=" + inventory, "--out=report.xlsx"),
				"error: --out=report.xlsx: unknown file extension '.xlsx', use .csv or .json");
		assertFailsWith(run("--inventory=" + inventory, "--out=report"),
				"error: --out=report: no file extension, use .csv or .json");
		assertThat(this.simulator.requests().apiCalls()).isZero();
		assertThat(Path.of("report.xlsx")).doesNotExist();
	}

	@Test
	void anOptionWithoutItsValueIsOneLine() {
		assertFailsWith(run("--inventory="), "error: give one value: --inventory=...");
	}

	// 3. Columns by name, aliases, encodings, duplicates, and inputs that are not inventories.

	@Test
	void findsTheColumnsByTheirHeaderNamesInAnyOrder() throws Exception {
		Path inventory = inventory("""
				Software Version;Serial Number;Site;Product ID;Device Name;Software Type
				15.2(2)E10;FHK0933224R;Lab 3;CISCO1811W-AG-A/K9;core-1;IOS
				""");

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).isZero();
		assertThat(result.out().lines().skip(1).findFirst().orElseThrow())
			.startsWith("2,core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS,15.2(2)E10,true,");
		assertThat(result.err()).contains("warning: Columns ignored: Site");
	}

	@Test
	void reportsAnInventoryOfSerialNumbersAlone() throws Exception {
		Path inventory = inventory("sn\nFHK0933224R\nFXS2130Q286\n");

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).isZero();
		assertThat(result.out().lines()).hasSize(3);
		assertThat(result.out().lines().skip(1).findFirst().orElseThrow())
			.as("EoX by serial number gives the end of life, SN2INFO the rest")
			.startsWith("2,,FHK0933224R,,,,true,")
			.contains(",2012-06-29,serial number,");
	}

	@Test
	void readsAWindows1252FileAndSaysSoOnStderr() throws Exception {
		Path inventory = Files.write(this.directory.resolve("devices.csv"),
				("hostname,serial\r\nzürich-1,FHK0933224R\r\n").getBytes(Charset.forName("windows-1252")));

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("2,zürich-1,FHK0933224R,");
		assertThat(result.err()).contains("warning: " + inventory + " is not UTF-8: read as Windows-1252 (Latin-1)");
	}

	@Test
	void readsAUtf8FileWithAByteOrderMarkAndCrlf() throws Exception {
		Path inventory = Files.write(this.directory.resolve("devices.csv"),
				("\uFEFFhostname,serial,pid\r\nzürich-1,FHK0933224R,CISCO1811W-AG-A/K9\r\n").getBytes(StandardCharsets.UTF_8));

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("2,zürich-1,FHK0933224R,CISCO1811W-AG-A/K9,");
		assertThat(result.err()).doesNotContain("warning");
	}

	@Test
	void notesSerialNumbersListedMoreThanOnce() throws Exception {
		Path inventory = inventory(CORE_1 + "\n" + CORE_1.replace("core-1", "core-1b") + "\n");

		Result result = run("--inventory=" + inventory);

		assertThat(result.err()).contains(
				"warning: 1 serial number is listed more than once: FHK0933224R (see the devices' notes)");
		assertThat(result.out()).contains("serial number also on line 2").contains("serial number also on line 1");
	}

	@Test
	void stopsWithOneMessageWhenTheFileIsNotAnInventory() throws Exception {
		Path file = inventory(IntStream.range(0, 3000)
			.mapToObj((i) -> "invoice " + i + ",EUR 12.50,paid")
			.collect(Collectors.joining("\n")));

		assertFailsWith(run("--inventory=" + file), "error: " + file + " does not look like an inventory: none of its "
				+ "3000 rows could be read (line 1: expected 5 fields (" + InventoryReader.HEADER
				+ ") or 1 (serial), found 3); start it with a header line naming the columns, such as "
				+ InventoryReader.HEADER);
	}

	@Test
	void listsTheFirstTwentySkippedRowsAndCountsTheRest() throws Exception {
		String badRows = IntStream.range(0, 25).mapToObj((i) -> "bad-" + i + ",NOT A SERIAL").collect(Collectors.joining("\n"));
		Path inventory = inventory("hostname,serial\nok-1,FHK0933224R\n" + badRows + "\n");

		Result result = run("--inventory=" + inventory);

		assertThat(result.exitCode()).as("incomplete: rows were skipped").isEqualTo(CommandLine.INCOMPLETE);
		assertThat(result.err().lines().filter((line) -> line.contains(": skipped, "))).hasSize(20);
		assertThat(result.err()).contains(inventory + ":3: skipped, invalid serial number 'NOT A SERIAL': bad-0,NOT A SERIAL")
			.contains(inventory + ": 5 more rows skipped (25 in all)")
			.containsPattern("skipped rows: +25\n");
		assertThat(result.out().lines()).hasSize(2);
	}

	private void assertFailsWith(Result result, String line) {
		assertThat(result.exitCode()).isEqualTo(CommandLine.FAILED);
		assertThat(result.err()).isEqualTo(line + System.lineSeparator());
		assertThat(result.out()).isEmpty();
	}

	private Path inventory(String csv) throws Exception {
		return Files.writeString(this.directory.resolve("devices.csv"), csv);
	}

	private Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine commandLine = new CommandLine(this.reports, this.endOfLife, this.simulatorData, this.json,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		commandLine.run(new DefaultApplicationArguments(args));
		return new Result(commandLine.getExitCode(), out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int exitCode, String out, String err) {

	}

}
