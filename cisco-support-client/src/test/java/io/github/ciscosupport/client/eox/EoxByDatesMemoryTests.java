package io.github.ciscosupport.client.eox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks 100 pages of 1000 EoX records (about 110 MB of JSON) in a forked JVM limited to
 * {@value #HEAP}: streaming must complete, and holding every record, the control, must not.
 * Tagged {@value #TAG}: it takes tens of seconds, so it runs with
 * {@code mvn -pl cisco-support-client verify -Pmemory-check} rather than in every build.
 */
@Tag(EoxByDatesMemoryTests.TAG)
class EoxByDatesMemoryTests {

	static final String TAG = "memory";

	private static final String HEAP = "-Xmx64m";

	private static final int PAGES = 100;

	private static final int RECORDS_PER_PAGE = 1000;

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().disableRequestJournal())
		.build();

	@Test
	void walksOneHundredThousandRecordsInSixtyFourMegabytes() throws Exception {
		stubHundredPages();
		Walk walk = walk("stream");
		assertThat(walk.output()).contains("records=" + PAGES * RECORDS_PER_PAGE);
		assertThat(walk.exitCode()).isZero();
	}

	@Test
	void holdingEveryRecordDoesNotFitInSixtyFourMegabytes() throws Exception {
		stubHundredPages();
		Walk walk = walk("collect");
		assertThat(walk.output()).contains("OutOfMemoryError");
		assertThat(walk.exitCode()).isNotZero();
	}

	private void stubHundredPages() {
		cisco.stubFor(get(urlPathMatching("/supporttools/eox/rest/5/EOXByDates/\\d+/2020-01-01/2020-12-31"))
			.willReturn(okJson(EoxPages.fullPage(1, PAGES, RECORDS_PER_PAGE))));
	}

	private Walk walk(String mode) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path log = Files.createTempFile("eox-memory-" + mode, ".log");
		// ExitOnOutOfMemoryError: an OutOfMemoryError on a Netty thread would otherwise leave
		// the walk hanging instead of failing
		Process process = new ProcessBuilder(List.of(java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), EoxByDatesMemoryCheck.class.getName(), cisco.baseUrl(), mode))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("walk finished").isTrue();
			String output = Files.readString(log);
			System.out.println(mode + ": " + output.lines()
				.filter((line) -> line.startsWith("records=") || line.startsWith("heapUsedMb=") || line.startsWith("walkMillis=") || line.contains("OutOfMemoryError"))
				.toList());
			return new Walk(process.exitValue(), output);
		}
		finally {
			process.destroyForcibly();
			Files.delete(log);
		}
	}

	private record Walk(int exitCode, String output) {
	}

}
