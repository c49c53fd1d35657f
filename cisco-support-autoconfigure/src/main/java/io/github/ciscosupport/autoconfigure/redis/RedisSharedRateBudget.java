package io.github.ciscosupport.autoconfigure.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.util.Assert;
import org.springframework.util.DigestUtils;

import io.github.ciscosupport.client.transport.SharedRateBudget;

/**
 * A {@link SharedRateBudget} in Redis: each bucket is a Bucket4j bucket (Bucket4j's Lettuce
 * integration, compare-and-swap on one key), reached through the Lettuce connection of the
 * application's {@link RedisConnectionFactory} ({@code spring.data.redis.*}). A permit is a
 * reservation ({@code consumeIgnoringRateLimits}): the bucket goes into debt and the caller waits
 * for its turn, so callers of every instance are served in the order they reserved.
 * <p>
 * The connection is obtained on first use, off the caller's thread, so an application starts
 * while Redis is down; Lettuce reconnects it afterwards. Keys expire once their bucket would be
 * full again, plus a margin.
 */
public final class RedisSharedRateBudget implements SharedRateBudget, DisposableBean {

	/** How long a full bucket's key outlives it: the learned rate of an idle API is kept this long. */
	private static final Duration KEPT_WHEN_IDLE = Duration.ofMinutes(10);

	private static final String VERSION_ID = "v";

	private final RedisConnectionFactory connectionFactory;

	private final String keyPrefix;

	private @Nullable RedisConnection connection;

	/** The buckets once connected, or the attempt to connect under way; a failed attempt is retried. */
	private @Nullable CompletableFuture<AsyncProxyManager<String>> buckets;

	/**
	 * @param connectionFactory the application's Redis connection, which must be Lettuce's
	 * @param keyPrefix the prefix of the keys
	 * @param clientId the Cisco client id whose budget this is: a hash of it follows the prefix,
	 * so that applications with different keys on one Redis keep separate budgets
	 */
	public RedisSharedRateBudget(RedisConnectionFactory connectionFactory, String keyPrefix, @Nullable String clientId) {
		Assert.notNull(connectionFactory, "connectionFactory must not be null");
		Assert.hasText(keyPrefix, "keyPrefix must not be empty");
		this.connectionFactory = connectionFactory;
		String id = (clientId != null) ? clientId : "";
		this.keyPrefix = keyPrefix + ":"
				+ DigestUtils.md5DigestAsHex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 12) + ":";
		// Connects in the background right away, so that the first call does not wait for it.
		buckets();
	}

	@Override
	public Mono<Reservation> reserve(List<Bucket> buckets) {
		return buckets().flatMap((manager) -> Flux.fromIterable(buckets)
			.flatMap((bucket) -> reserve(manager, bucket))
			.collectList())
			.map((reserved) -> {
				Duration wait = Duration.ZERO;
				Map<String, Bucket> stored = new HashMap<>();
				for (Reserved one : reserved) {
					wait = (one.delay().compareTo(wait) > 0) ? one.delay() : wait;
					stored.put(one.stored().name(), one.stored());
				}
				return new Reservation(wait, stored);
			});
	}

	private Mono<Reserved> reserve(AsyncProxyManager<String> manager, Bucket bucket) {
		return Mono.defer(() -> {
			AsyncBucketProxy proxy = proxy(manager, bucket);
			CompletableFuture<VerboseResult<Long>> future = proxy.asVerbose().consumeIgnoringRateLimits(1);
			// A caller that gives up (a timeout, a cancel) before the answer gives the permit back
			// once it is taken.
			return untilCancelled(future, () -> future.thenRun(() -> proxy.addTokens(1))).map((result) -> new Reserved(Duration.ofNanos(result.getValue()),
						stored(bucket.name(), result.getConfiguration())));
		});
	}

	/**
	 * The future's outcome, unless the subscriber cancelled first: then {@code onCancel} runs, and
	 * a late failure (Redis down, the connection closed) is nobody's business any more.
	 */
	private static <T> Mono<T> untilCancelled(CompletableFuture<T> future, Runnable onCancel) {
		return Mono.create((sink) -> {
			AtomicBoolean cancelled = new AtomicBoolean();
			sink.onCancel(() -> {
				cancelled.set(true);
				onCancel.run();
			});
			future.whenComplete((value, ex) -> {
				if (cancelled.get()) {
					return;
				}
				if (ex != null) {
					sink.error(ex);
				}
				else {
					sink.success(value);
				}
			});
		});
	}

	@Override
	public Mono<Void> giveBack(List<Bucket> buckets) {
		return buckets().flatMap((manager) -> Flux.fromIterable(buckets)
			.flatMap((bucket) -> Mono.fromFuture(proxy(manager, bucket).addTokens(1)))
			.then());
	}

	private AsyncBucketProxy proxy(AsyncProxyManager<String> manager, Bucket bucket) {
		BucketConfiguration configuration = configuration(bucket);
		return manager.builder()
			.withImplicitConfigurationReplacement(bucket.version(), TokensInheritanceStrategy.AS_IS)
			.build(this.keyPrefix + bucket.name(), () -> CompletableFuture.completedFuture(configuration));
	}

	/** The bucket as Bucket4j's: its version is the first bandwidth's id, so that others can read it. */
	static BucketConfiguration configuration(Bucket bucket) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		for (int i = 0; i < bucket.refills().size(); i++) {
			Refill refill = bucket.refills().get(i);
			BandwidthBuilder.BandwidthBuilderBuildStage bandwidth = BandwidthBuilder.builder()
				.capacity(refill.capacity())
				.refillGreedy(1, refill.interval());
			builder.addLimit((i == 0) ? bandwidth.id(VERSION_ID + bucket.version()).build() : bandwidth.build());
		}
		return builder.build();
	}

	static Bucket stored(String name, BucketConfiguration configuration) {
		List<Refill> refills = new ArrayList<>();
		for (io.github.bucket4j.Bandwidth bandwidth : configuration.getBandwidths()) {
			refills.add(new Refill((int) bandwidth.getCapacity(),
					Duration.ofNanos(bandwidth.getRefillPeriodNanos() / bandwidth.getRefillTokens())));
		}
		String id = configuration.getBandwidths()[0].getId();
		long version = (id != null && id.startsWith(VERSION_ID)) ? Long.parseLong(id.substring(VERSION_ID.length())) : 0;
		return new Bucket(name, refills, version);
	}

	/**
	 * The buckets, connecting off the caller's thread if need be. A caller that gives up waiting
	 * (the limiter's timeout) leaves the attempt to go on for the next caller.
	 */
	private synchronized Mono<AsyncProxyManager<String>> buckets() {
		CompletableFuture<AsyncProxyManager<String>> buckets = this.buckets;
		if (buckets == null || buckets.isCompletedExceptionally()) {
			buckets = CompletableFuture.supplyAsync(this::connect, Schedulers.boundedElastic()::schedule);
			this.buckets = buckets;
		}
		return untilCancelled(buckets, () -> {
		});
	}

	@SuppressWarnings("unchecked")
	private AsyncProxyManager<String> connect() {
		synchronized (this.connectionFactory) {
			RedisConnection connection = this.connectionFactory.getConnection();
			Object commands = connection.getNativeConnection();
			if (!(commands instanceof RedisClusterAsyncCommands<?, ?>)) {
				connection.close();
				throw new IllegalStateException("The shared rate budget needs Lettuce's Redis connection, not "
						+ commands.getClass().getName());
			}
			RedisApi<byte[]> redis = new LettuceCommands<>((RedisClusterAsyncCommands<byte[], byte[]>) commands);
			synchronized (this) {
				this.connection = connection;
			}
			return new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<>(redis)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_IDLE))
				.build()
				.asAsync()
				.withMapper((String key) -> key.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public synchronized void destroy() {
		RedisConnection connection = this.connection;
		this.connection = null;
		this.buckets = null;
		if (connection != null) {
			connection.close();
		}
	}

	@Override
	public String toString() {
		return "RedisSharedRateBudget[" + this.keyPrefix + "*]";
	}

	private record Reserved(Duration delay, Bucket stored) {
	}

	/**
	 * The commands Bucket4j needs, on the connection factory's connection, standalone or cluster.
	 * Generic in the key type as Bucket4j's own adapters are: it hands over its keys in an
	 * {@code Object[]}.
	 */
	private record LettuceCommands<K>(RedisClusterAsyncCommands<K, byte[]> commands) implements RedisApi<K> {

		@Override
		public <V> RedisFuture<V> eval(String script, ScriptOutputType scriptOutputType, K[] keys, byte[][] args) {
			return this.commands.eval(script, scriptOutputType, keys, args);
		}

		@Override
		public RedisFuture<byte[]> get(K key) {
			return this.commands.get(key);
		}

		@SuppressWarnings("unchecked")
		@Override
		public RedisFuture<?> delete(K key) {
			return this.commands.del(key);
		}

	}

}
