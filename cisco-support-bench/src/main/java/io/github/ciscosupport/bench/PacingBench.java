package io.github.ciscosupport.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.eox.EoxClient;

/**
 * Item 3: 2,000 serial numbers through {@link EoxClient} with the rate limiter at 20 requests per
 * second, against a stub that allows 20 per fixed one-second window and answers 403
 * {@code ERR_403_DEVELOPER_OVER_QPS} beyond. The baseline is the ideal wall time, calls ÷ rate.
 */
final class PacingBench {

	static final int SERIAL_NUMBERS = 2000;

	static final int RATE = 20;

	private static final int ROUNDS = 5;

	/** EoX takes 20 serial numbers a call. */
	static final int CALLS = SERIAL_NUMBERS / 20;

	private final StubServer stub;

	PacingBench(StubServer stub) {
		this.stub = stub;
	}

	/**
	 * Sets the stub up for a pacing run (fast long-lived tokens, {@value #RATE} per second allowed)
	 * and returns the serial numbers to look up.
	 */
	static List<String> paced(StubServer stub) {
		stub.tokenLatency(Duration.ZERO);
		stub.tokenLifetimeSeconds(3600);
		stub.queriesPerSecond(RATE);
		return IntStream.range(0, SERIAL_NUMBERS).mapToObj((index) -> "FOC%07d".formatted(index)).toList();
	}

	List<Row> run() throws InterruptedException {
		List<String> serials = paced(this.stub);
		double idealSeconds = (double) CALLS / RATE;
		List<Double> ratios = new ArrayList<>();
		List<Integer> rejected = new ArrayList<>();
		try {
			for (int round = 0; round < ROUNDS; round++) {
				// Let the stub's window of the previous round's last calls pass: a fresh client
				// starts with a full bucket.
				Thread.sleep(1100);
				CiscoSupportClient cisco = Clients.cisco(this.stub.baseUrl(), this.stub.tokenUri("pacing"),
						Duration.ofSeconds(60), Clients.rateLimit(RATE));
				// The token is fetched before the clock starts: this item measures pacing only.
				cisco.authorization().accessToken().block();
				EoxClient eox = cisco.eox();
				int rejectedBefore = this.stub.overQpsReplies();
				long startedAt = System.nanoTime();
				long answered = eox.bySerialNumbers(serials).filter(ItemResult::isSuccess).count().block();
				double seconds = (System.nanoTime() - startedAt) / 1e9;
				if (answered != SERIAL_NUMBERS) {
					throw new IllegalStateException("Only " + answered + " of " + SERIAL_NUMBERS + " answered");
				}
				ratios.add(seconds / idealSeconds);
				rejected.add(this.stub.overQpsReplies() - rejectedBefore);
			}
		}
		finally {
			this.stub.queriesPerSecond(0);
		}
		Summary ratio = Summary.of(ratios);
		Summary overQps = Summary.of(rejected);
		String setting = SERIAL_NUMBERS + " serials, " + CALLS + " calls at " + RATE + "/s";
		return List.of(
				new Row("3", "Wall time ÷ ideal " + idealSeconds + " s (" + setting + ")", ratio.format(3), "≤ 1.02",
						Row.met(ratio.median() <= 1.02)),
				new Row("3", "429 / 403 OVER_QPS replies from a stub enforcing " + RATE + "/s (" + setting + ")",
						overQps.format(0), "0", Row.met(overQps.max() == 0)));
	}

}
