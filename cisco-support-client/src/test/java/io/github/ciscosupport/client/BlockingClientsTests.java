package io.github.ciscosupport.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.psirt.SecurityAdvisory;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking typed clients against the simulator: lists with one result per input, lazy
 * streams that stop reading pages when closed, single answers, and the blocking timeout.
 */
@CiscoSupportSimulatorTest
class BlockingClientsTests {

	private final CiscoSupportSimulator sim;

	private final BlockingCiscoSupportClient cisco;

	BlockingClientsTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.cisco = SimulatorClients.of(sim).blocking();
	}

	@Test
	void batchedLookupAnswersAListWithOneResultPerInputInOrder() {
		String serial = this.sim.catalogue().devices().get(0).serialNumber();
		List<ItemResult<String, List<EoxRecord>>> results = this.cisco.eox()
			.bySerialNumbers(List.of(serial, "NOT A SERIAL", serial));
		assertThat(results).extracting(ItemResult::input).containsExactly(serial, "NOT A SERIAL", serial);
		assertThat(results.get(0).isSuccess()).isTrue();
		assertThat(results.get(1).error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
	}

	@Test
	void singleItemLookupAnswersItsItemResult() {
		ItemResult<String, SecurityAdvisory> result = this.cisco.securityAdvisories().byAdvisoryId("cisco-sa-unknown");
		assertThat(result.input()).isEqualTo("cisco-sa-unknown");
		assertThat(result.error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
	}

	@Test
	void pagedQueryIsALazyStreamThatStopsReadingPagesWhenClosed() {
		assertThat(this.sim.catalogue().advisories()).hasSizeGreaterThan(200);
		try (Stream<SecurityAdvisory> all = this.cisco.securityAdvisories().all()) {
			// Half of the first page of 100: the second page is not asked for (the page walker asks
			// for it once the stream reaches the last item of the first).
			assertThat(all.limit(50).map(SecurityAdvisory::advisoryId).toList()).hasSize(50);
			assertThat(this.sim.requests().apiCalls(Api.PSIRT)).isEqualTo(1);
		}
		assertThat(this.sim.requests().apiCalls(Api.PSIRT)).isEqualTo(1);
	}

	@Test
	void pagedQueryStreamReadsEveryPageWhenConsumed() {
		try (Stream<SecurityAdvisory> all = this.cisco.securityAdvisories().all()) {
			assertThat(all.count()).isEqualTo(this.sim.catalogue().advisories().size());
		}
	}

	@Test
	void callOnADeadGatewayEndsAtTheBlockingTimeout() throws Exception {
		VirtualClock clock = new VirtualClock();
		try (SilentServer dead = new SilentServer()) {
			CiscoSupportClient client = TestClients.builder("http://127.0.0.1:" + dead.port())
				.retry(RetryOptions.disabled())
				.scheduler(clock)
				.blockingTimeout(Duration.ofSeconds(30))
				.build();
			CompletableFuture<?> call = CompletableFuture
				.supplyAsync(() -> client.blocking().eox().bySerialNumbers(List.of("FHK0933224R")));
			clock.expectWaitAndAdvance(Duration.ofSeconds(30));
			assertThat(failureOf(call)).isInstanceOf(BlockingTimeoutException.class)
				.hasMessageContaining("EoxClient.bySerialNumbers did not complete within the blocking timeout of 30 s");
		}
	}

	private static Throwable failureOf(CompletableFuture<?> result) throws Exception {
		try {
			result.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		throw new AssertionError("The call succeeded");
	}

	/** A gateway that accepts connections and never answers. */
	static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final List<Socket> connections = new ArrayList<>();

		private final Thread acceptor = new Thread(this::accept, "silent-server");

		SilentServer() throws IOException {
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		synchronized int accepted() {
			return this.connections.size();
		}

		private void accept() {
			try {
				while (true) {
					Socket connection = this.socket.accept();
					synchronized (this) {
						this.connections.add(connection);
					}
				}
			}
			catch (IOException ex) {
				// Closed.
			}
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			synchronized (this) {
				for (Socket connection : this.connections) {
					connection.close();
				}
			}
		}

	}

}
