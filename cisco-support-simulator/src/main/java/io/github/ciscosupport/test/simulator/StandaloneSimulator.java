package io.github.ciscosupport.test.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line, for manual exploration with curl:
 * <pre class="code">
 * java -jar cisco-support-simulator-&lt;version&gt;-standalone.jar --port 8089
 * </pre>
 * Options: {@code --port} (default 8089, 0 for a free port), {@code --host} (default
 * {@code 127.0.0.1}), {@code --client-id}, {@code --client-secret}, {@code --token-lifetime}
 * (seconds). Stops on Ctrl+C.
 *
 * @author cisco-support-spring
 */
public final class StandaloneSimulator {

	private StandaloneSimulator() {
	}

	/**
	 * Starts the simulator and waits until the JVM is stopped.
	 * @param args the command line options
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static void main(String[] args) throws InterruptedException {
		CiscoSupportSimulator.Builder builder = CiscoSupportSimulator.builder().port(8089);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				value = arg.substring(equals + 1);
				arg = arg.substring(0, equals);
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				usage(System.out);
				return;
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					System.err.println("Missing value for " + arg);
					usage(System.err);
					System.exit(2);
				}
				value = args[++i];
			}
			switch (arg) {
				case "--port" -> builder.port(Integer.parseInt(value));
				case "--host" -> builder.host(value);
				case "--client-id" -> builder.clientId(value);
				case "--client-secret" -> builder.clientSecret(value);
				case "--token-lifetime" -> builder.tokenLifetime(Duration.ofSeconds(Long.parseLong(value)));
				default -> {
					System.err.println("Unknown option " + arg);
					usage(System.err);
					System.exit(2);
				}
			}
		}
		CiscoSupportSimulator simulator = builder.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}, "cisco-support-simulator-shutdown"));
		System.out.println("Cisco Support API simulator listening on " + simulator.baseUrl());
		System.out.println("  token endpoint: " + simulator.tokenUri());
		System.out.println("  client id:      " + simulator.clientId());
		System.out.println("  client secret:  " + simulator.clientSecret());
		System.out.println("  data:           " + simulator.catalogue());
		System.out.println("Try:");
		System.out.println("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=" + simulator.clientId()
				+ " -d client_secret=" + simulator.clientSecret() + " " + simulator.tokenUri()
				+ " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
		System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" " + simulator.baseUrl()
				+ "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R?responseencoding=json");
		System.out.println("Press Ctrl+C to stop.");
		stopped.await();
	}

	private static void usage(PrintStream out) {
		out.println("Usage: java -jar cisco-support-simulator-<version>-standalone.jar [--port 8089] [--host 127.0.0.1]");
		out.println("       [--client-id simulator-client] [--client-secret simulator-secret] [--token-lifetime 3600]");
	}

}
