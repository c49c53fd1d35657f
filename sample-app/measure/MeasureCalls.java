import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Counts the Cisco calls of one command-line report: starts the simulator in this JVM, runs the
 * sample's jar against it as a separate process (as with Cisco credentials), and prints the calls
 * each API received from the simulator's request journal, with the process's wall time. Any jar of
 * the sample works, an older one included, so "before" and "after" are measured the same way.
 *
 * <pre>
 * java -Djarmode=tools -jar sample-app/target/sample-app-0.1.0-SNAPSHOT.jar extract --destination /tmp/sample
 * java -cp '/tmp/sample/lib/*' sample-app/measure/MeasureCalls.java \
 *     sample-app/target/sample-app-0.1.0-SNAPSHOT.jar devices5000.csv report5000.csv [more options]
 * </pre>
 */
public class MeasureCalls {

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: MeasureCalls <sample-app.jar> <inventory.csv> <report.csv|.json> [options...]");
			System.exit(2);
		}
		try (CiscoSupportSimulator simulator = CiscoSupportSimulator.start()) {
			List<String> command = new ArrayList<>(List.of("java", "-jar", args[0], "--inventory=" + args[1],
					"--out=" + args[2], "--cisco.support.base-url=" + simulator.baseUrl(),
					"--cisco.support.token-uri=" + simulator.tokenUri(), "--cisco.support.client-id=" + simulator.clientId(),
					"--cisco.support.client-secret=" + simulator.clientSecret()));
			command.addAll(Arrays.asList(args).subList(3, args.length));
			long started = System.nanoTime();
			Process report = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			int exitCode = report.waitFor();
			System.out.printf("%nexit code %d, process wall time %.1f s%n", exitCode, (System.nanoTime() - started) / 1e9);
			for (Api api : Api.values()) {
				int calls = simulator.requests().apiCalls(api);
				if (calls > 0) {
					System.out.printf("  %-20s %5d calls%n", api, calls);
				}
			}
			System.out.printf("  %-20s %5d calls (and %d token calls)%n", "all APIs", simulator.requests().apiCalls(),
					simulator.requests().tokenCalls());
		}
	}

}
