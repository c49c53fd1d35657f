package io.github.ciscosupport.sample.servlet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A gateway that accepts connections and never answers: a blocked request ends within the
 * configured budgets (response timeout, attempts, backoff), as an exception for the RestClient and
 * as a per-item error for the blocking typed client, and the request thread is free again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cisco.support.response-timeout=300ms", "cisco.support.retry.max-attempts=2",
				"cisco.support.retry.backoff.initial=100ms", "cisco.support.retry.backoff.jitter=0",
				"cisco.support.retry.max-total-wait=1s", "cisco.support.rate-limit.enabled=false" })
class DeadGatewayTests {

	// The token comes from the simulator; the API gateway is a socket that never answers.
	private static final CiscoSupportSimulator tokens = CiscoSupportSimulator.start();

	private static final SilentGateway gateway = SilentGateway.start();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("ciscoSupportRestClient")
	RestClient ciscoRestClient;

	@DynamicPropertySource
	static void cisco(DynamicPropertyRegistry registry) {
		registry.add("cisco.support.base-url", () -> "http://127.0.0.1:" + gateway.port());
		registry.add("cisco.support.token-uri", tokens::tokenUri);
		registry.add("cisco.support.client-id", tokens::clientId);
		registry.add("cisco.support.client-secret", tokens::clientSecret);
	}

	@AfterAll
	static void stop() throws IOException {
		gateway.close();
		tokens.close();
	}

	@Test
	void restClientCallGivesUpAfterTheConfiguredAttempts() {
		int before = gateway.connections();
		assertThatExceptionOfType(ServiceUnavailableException.class)
			.isThrownBy(() -> this.ciscoRestClient.get()
				.uri("/supporttools/eox/rest/5/EOXByProductID/1/WS-C3560-48PS-S")
				.retrieve()
				.toBodilessEntity())
			.withMessageContaining("failed after 2 attempts");
		assertThat(gateway.connections() - before).isEqualTo(2);
	}

	@Test
	void blockingLookupAnswersEachInputWithAnErrorWithinTheBudgets() {
		List<Map<String, Object>> answers = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/end-of-life?serials=FHK0933224R,FOC0000000X")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(answers).extracting((answer) -> answer.get("error")).containsExactly("UNAVAILABLE", "UNAVAILABLE");
	}

	/** Accepts connections and reads nothing, answers nothing. */
	static final class SilentGateway implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		private SilentGateway(ServerSocket socket) {
			this.socket = socket;
		}

		static SilentGateway start() {
			try {
				SilentGateway gateway = new SilentGateway(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
				Thread acceptor = new Thread(gateway::accept, "silent-gateway");
				acceptor.setDaemon(true);
				acceptor.start();
				return gateway;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int connections() {
			return this.accepted.size();
		}

		private void accept() {
			try {
				while (true) {
					this.accepted.add(this.socket.accept());
				}
			}
			catch (IOException ex) {
				// Closed.
			}
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			for (Socket connection : this.accepted) {
				connection.close();
			}
		}

	}

}
