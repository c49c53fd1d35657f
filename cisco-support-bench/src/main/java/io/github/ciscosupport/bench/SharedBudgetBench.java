package io.github.ciscosupport.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import io.github.ciscosupport.autoconfigure.redis.RedisSharedRateBudget;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.test.redis.RedisServer;

/**
 * Item 7: several instances with one key. 2,000 serial numbers through {@code EoxClient}, split
 * evenly over 1, 2 and 4 instances (each its own client and rate limiter at 20 per second) that
 * run at the same time against a stub allowing the key 20 per fixed one-second window: with the
 * budget shared in Redis ({@code store=redis}, Debian's redis-server on loopback) and with each
 * instance pacing itself ({@code store=local}). The baseline is the ideal wall time, calls ÷ rate.
 */
final class SharedBudgetBench {

	private static final int RATE = PacingBench.RATE;

	private static final int CALLS = PacingBench.CALLS;

	private static final int[] INSTANCES = { 1, 2, 4 };

	private final StubServer stub;

	SharedBudgetBench(StubServer stub) {
		this.stub = stub;
	}

	List<Row> run() throws InterruptedException {
		List<String> serials = PacingBench.paced(this.stub);
		double idealSeconds = (double) CALLS / RATE;
		List<Row> rows = new ArrayList<>();
		try (RedisServer redis = RedisServer.start()) {
			LettuceConnectionFactory connectionFactory = new LettuceConnectionFactory(
					new RedisStandaloneConfiguration(redis.host(), redis.port()));
			connectionFactory.afterPropertiesSet();
			connectionFactory.start();
			try {
				for (int instances : INSTANCES) {
					for (boolean shared : new boolean[] { true, false }) {
						// Let the stub's window of the previous run's last calls pass.
						Thread.sleep(1100);
						RedisSharedRateBudget budget = shared ? new RedisSharedRateBudget(connectionFactory,
								"bench-" + instances, "bench-client") : null;
						Run run = run(instances, budget, serials);
						String setting = instances + " instance" + ((instances > 1) ? "s" : "") + ", "
								+ (shared ? "shared (redis)" : "local") + ", " + CALLS + " calls, key allowed " + RATE
								+ "/s";
						double ratio = run.seconds() / idealSeconds;
						boolean met = !shared || (ratio <= 1.15 && run.rejected() == 0);
						rows.add(new Row("7", "Wall time ÷ ideal " + idealSeconds + " s; OVER_QPS replies (" + setting + ")",
								"%.3f; %d".formatted(ratio, run.rejected()), shared ? "≤ 1.15; 0" : "report",
								shared ? Row.met(met) : "—"));
						if (budget != null) {
							budget.destroy();
						}
					}
				}
			}
			finally {
				connectionFactory.destroy();
			}
		}
		finally {
			this.stub.queriesPerSecond(0);
		}
		return rows;
	}

	private Run run(int instances, RedisSharedRateBudget budget, List<String> serials) {
		List<CiscoSupportClient> clients = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			RequestRateLimiter limiter = (budget != null)
					? RequestRateLimiter.create(Clients.rateLimit(RATE), Schedulers.parallel(), budget,
							Duration.ofMillis(500), Duration.ofSeconds(5))
					: RequestRateLimiter.create(Clients.rateLimit(RATE), Schedulers.parallel());
			CiscoSupportClient cisco = Clients.cisco(this.stub.baseUrl(), this.stub.tokenUri("shared-" + instances),
					Duration.ofSeconds(60), limiter);
			// The token is fetched before the clock starts: this item measures pacing only.
			cisco.authorization().accessToken().block();
			clients.add(cisco);
		}
		int share = serials.size() / instances;
		int rejectedBefore = this.stub.overQpsReplies();
		long startedAt = System.nanoTime();
		long answered = Flux.range(0, instances)
			.flatMap((i) -> clients.get(i).eox().bySerialNumbers(serials.subList(i * share, (i + 1) * share)),
					instances)
			.filter(ItemResult::isSuccess)
			.count()
			.block();
		double seconds = (System.nanoTime() - startedAt) / 1e9;
		if (answered != serials.size()) {
			throw new IllegalStateException("Only " + answered + " of " + serials.size() + " answered");
		}
		return new Run(seconds, this.stub.overQpsReplies() - rejectedBefore);
	}

	private record Run(double seconds, int rejected) {
	}

}
