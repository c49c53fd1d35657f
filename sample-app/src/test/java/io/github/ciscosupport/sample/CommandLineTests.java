package io.github.ciscosupport.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --inventory devices.csv --out report.csv|.json}, as {@code main} runs it, against the
 * embedded simulator.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {

	private static final String NO_RATE_LIMIT = "--cisco.support.rate-limit.enabled=false";

	@TempDir
	Path directory;

	@Test
	void writesTheReportAsCsvAndReportsSkippedRowsOnStderr(CapturedOutput output) throws Exception {
		Path inventory = inventory("""
				hostname,serial,pid,software_type,version
				core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10
				dist-1,FXS2130Q286,WS-C3560-48PS-S,,
				broken-row
				""");
		Path report = this.directory.resolve("report.csv");

		int exitCode = run("--inventory=" + inventory, "--out=" + report);

		List<String> rows = Files.readAllLines(report);
		assertThat(rows).hasSize(3).first().isEqualTo(ReportCsv.HEADER);
		assertThat(rows.get(1)).startsWith("2,core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10,true,")
			.contains(",2012-06-29,CISCO1811W-AG-B/K9,false,");
		assertThat(rows.get(2)).startsWith("3,dist-1,FXS2130Q286,WS-C3560-48PS-S,,,true,");
		assertThat(output.getErr()).contains(inventory + ":4: skipped, expected 5 fields")
			.contains("lookups answered: ")
			.contains("2 devices in ");
		assertThat(exitCode).as("incomplete: a row was skipped").isEqualTo(2);
	}

	@Test
	void writesJsonWhenTheOutputFileSaysSo() throws Exception {
		Path inventory = inventory("core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10\n");
		Path report = this.directory.resolve("report.json");

		int exitCode = run("--inventory=" + inventory, "--out=" + report);

		assertThat(Files.readString(report)).contains("\"serialNumber\" : \"FHK0933224R\"")
			.contains("\"lastDateOfSupport\" : \"2012-06-29\"")
			.contains("\"pastLastDateOfSupport\" : 1");
		assertThat(exitCode).isZero();
	}

	private Path inventory(String csv) throws Exception {
		return Files.writeString(this.directory.resolve("devices.csv"), csv);
	}

	private static int run(String... args) {
		String[] withOptions = new String[args.length + 1];
		System.arraycopy(args, 0, withOptions, 0, args.length);
		withOptions[args.length] = NO_RATE_LIMIT;
		ConfigurableApplicationContext context = SampleApplication.application(withOptions).run(withOptions);
		assertThat(context.getBean(SimulatorData.class).active()).isTrue();
		return SpringApplication.exit(context);
	}

}
