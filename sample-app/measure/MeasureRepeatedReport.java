import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Counts the Cisco calls of a report and of the same report repeated in one running application,
 * where the starter's answer cache ({@code cisco.support.cache.enabled}, on in the sample) serves
 * the second: starts the simulator in this JVM, runs the sample's jar against it as a web
 * application in a separate process, posts the inventory to {@code POST /api/reports} twice, and
 * prints for each report its wall time and the calls each API received (the simulator's request
 * journal).
 *
 * <pre>
 * java -Djarmode=tools -jar sample-app/target/sample-app-0.1.0-SNAPSHOT.jar extract --destination /tmp/sample
 * java -cp '/tmp/sample/lib/*' sample-app/measure/MeasureRepeatedReport.java \
 *     sample-app/target/sample-app-0.1.0-SNAPSHOT.jar devices5000.csv [more options]
 * </pre>
 */
public class MeasureRepeatedReport {

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: MeasureRepeatedReport <sample-app.jar> <inventory.csv> [options...]");
			System.exit(2);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (CiscoSupportSimulator simulator = CiscoSupportSimulator.start()) {
			List<String> command = new ArrayList<>(List.of("java", "-jar", args[0], "--server.port=" + port,
					"--cisco.support.base-url=" + simulator.baseUrl(), "--cisco.support.token-uri=" + simulator.tokenUri(),
					"--cisco.support.client-id=" + simulator.clientId(),
					"--cisco.support.client-secret=" + simulator.clientSecret()));
			command.addAll(Arrays.asList(args).subList(2, args.length));
			Process application = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				HttpClient http = HttpClient.newHttpClient();
				String base = "http://127.0.0.1:" + port;
				awaitStarted(http, base);
				for (String run : List.of("first report", "repeated report")) {
					simulator.requests().clear();
					long started = System.nanoTime();
					HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
						.timeout(Duration.ofMinutes(30))
						.header("Content-Type", "text/csv")
						.POST(HttpRequest.BodyPublishers.ofFile(Path.of(args[1])))
						.build(), HttpResponse.BodyHandlers.ofString());
					System.out.printf("%n%s: HTTP %d, %.1f s%n", run, report.statusCode(),
							(System.nanoTime() - started) / 1e9);
					for (Api api : Api.values()) {
						int calls = simulator.requests().apiCalls(api);
						if (calls > 0) {
							System.out.printf("  %-20s %5d calls%n", api, calls);
						}
					}
					System.out.printf("  %-20s %5d calls%n", "all APIs", simulator.requests().apiCalls());
				}
			}
			finally {
				application.destroy();
				application.waitFor();
			}
		}
	}

	private static void awaitStarted(HttpClient http, String base) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/info")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The sample did not start within 2 minutes");
	}

}
