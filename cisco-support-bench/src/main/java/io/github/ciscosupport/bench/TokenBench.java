package io.github.ciscosupport.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.ciscosupport.client.transport.RateLimitOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Item 2: token requests under contention, ours against Spring Security's manager wired by hand.
 * Both clients run at the same time against the same stub, whose token endpoint counts requests
 * per client and answers after {@value #TOKEN_LATENCY_MILLIS} ms (id.cisco.com is no faster), the
 * window in which concurrent callers can pile up.
 */
final class TokenBench {

	private static final long TOKEN_LATENCY_MILLIS = 100;

	private static final int COLD_CALLERS = 256;

	private static final int COLD_ROUNDS = 7;

	private static final int LIFETIME_SECONDS = 2;

	private static final Duration RUN = Duration.ofSeconds(10);

	private static final int BUSY_CALLERS = 64;

	private static final int BUSY_ROUNDS = 5;

	/**
	 * Ours refreshes at 90 % of a 2 s lifetime (the larger of the skew and 10 % of the lifetime);
	 * Spring Security's provider gets the same 200 ms skew, else its 60 s default would refetch on
	 * every call.
	 */
	private static final Duration SKEW = Duration.ofMillis(200);

	private final StubServer stub;

	private int round;

	TokenBench(StubServer stub) {
		this.stub = stub;
	}

	List<Row> run() {
		this.stub.tokenLatency(Duration.ofMillis(TOKEN_LATENCY_MILLIS));
		List<Integer> coldOurs = new ArrayList<>();
		List<Integer> coldSpring = new ArrayList<>();
		this.stub.tokenLifetimeSeconds(3600);
		for (int i = 0; i < COLD_ROUNDS; i++) {
			int[] counts = measure(TokenBench::coldBurst);
			coldOurs.add(counts[0]);
			coldSpring.add(counts[1]);
		}
		List<Integer> busyOurs = new ArrayList<>();
		List<Integer> busySpring = new ArrayList<>();
		this.stub.tokenLifetimeSeconds(LIFETIME_SECONDS);
		for (int i = 0; i < BUSY_ROUNDS; i++) {
			int[] counts = measure(TokenBench::busyRun);
			busyOurs.add(counts[0]);
			busySpring.add(counts[1]);
		}
		// One fetch per refresh cycle: 90 % of the lifetime plus the fetch itself.
		double cycleSeconds = LIFETIME_SECONDS * 0.9 + TOKEN_LATENCY_MILLIS / 1000d;
		int ideal = (int) Math.ceil(RUN.toSeconds() / cycleSeconds);
		Summary ours = Summary.of(busyOurs);
		Summary cold = Summary.of(coldOurs);
		String busySetting = "lifetime " + LIFETIME_SECONDS + " s, " + RUN.toSeconds() + " s run, " + BUSY_CALLERS
				+ " callers";
		return List.of(
				new Row("2", "Token requests, cold cache, " + COLD_CALLERS + " concurrent first calls: ours",
						cold.format(0), "1", Row.met(cold.max() == 1)),
				new Row("2", "… same, Spring Security manager + exchange filter wired by hand (baseline)",
						Summary.of(coldSpring).format(0), "report", ""),
				new Row("2", "Token requests, " + busySetting + ": ours", ours.format(0),
						"1 per refresh cycle = " + ideal, Row.met(ours.max() <= ideal)),
				new Row("2", "… same, Spring Security (baseline)", Summary.of(busySpring).format(0), "report", ""));
	}

	/**
	 * Puts the same load on our client and on Spring Security's at the same time, each with a
	 * fresh token cache and its own token path, and returns how many token requests each made.
	 */
	private int[] measure(Function<WebClient, Mono<Void>> load) {
		String oursName = "ours-" + this.round;
		String springName = "spring-" + this.round++;
		WebClient ours = Clients
			.cisco(this.stub.baseUrl(), this.stub.tokenUri(oursName), SKEW, RateLimitOptions.disabled())
			.webClient();
		WebClient spring = Clients.springSecurity(this.stub.baseUrl(), this.stub.tokenUri(springName), SKEW);
		Mono.when(load.apply(ours), load.apply(spring)).block();
		return new int[] { this.stub.tokenRequests(oursName), this.stub.tokenRequests(springName) };
	}

	/** Concurrent first calls, all subscribed before the first token arrives. */
	private static Mono<Void> coldBurst(WebClient client) {
		return Flux.range(0, COLD_CALLERS).flatMap((call) -> EoxCalls.oneSerial(client), COLD_CALLERS).then();
	}

	/** Callers calling back to back until the run is over. */
	private static Mono<Void> busyRun(WebClient client) {
		return Mono.defer(() -> Load.until(() -> EoxCalls.oneSerial(client), BUSY_CALLERS,
				System.nanoTime() + RUN.toNanos()));
	}

}
