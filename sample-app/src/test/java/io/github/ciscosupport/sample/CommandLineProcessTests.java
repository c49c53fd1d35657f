package io.github.ciscosupport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code main} in a JVM of its own, as a script runs it: stdout is the report and nothing else
 * (no banner, no log line), and errors are one line with exit code 1.
 */
class CommandLineProcessTests {

	@TempDir
	Path directory;

	@Test
	void stdoutIsExactlyTheReport() throws Exception {
		Path inventory = Files.writeString(this.directory.resolve("devices.csv"), """
				hostname,serial,pid,software_type,version
				core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10
				dist-1,FXS2130Q286,WS-C3560-48PS-S,,
				""");

		Run run = main("--inventory=" + inventory);

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> rows = Files.readAllLines(run.out());
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).isEqualTo(ReportCsv.HEADER);
		assertThat(rows.get(1)).startsWith("2,core-1,FHK0933224R,");
		assertThat(rows.get(2)).startsWith("3,dist-1,FXS2130Q286,");
		assertThat(run.err()).contains("running against the embedded Cisco Support API SIMULATOR")
			.containsPattern("past the last date of support: +1");
	}

	@Test
	void anErrorIsOneLineOnStderrWithExitCodeOne() throws Exception {
		Path missing = this.directory.resolve("missing.csv");

		Run run = main("--inventory=" + missing);

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(Files.readString(run.out())).isEmpty();
		assertThat(run.err().lines().filter((line) -> line.startsWith("error: ")))
			.containsExactly("error: cannot read " + missing + ": no such file or directory");
		assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private Run main(String... args) throws IOException, InterruptedException {
		Path out = this.directory.resolve("stdout");
		Path err = this.directory.resolve("stderr");
		List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--cisco.support.rate-limit.enabled=false"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
		return new Run(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, Path out, String err) {

	}

}
