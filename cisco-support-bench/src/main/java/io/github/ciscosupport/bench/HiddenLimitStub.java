package io.github.ciscosupport.bench;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback EoX gateway with a hidden per-second limit, which the client is not told: counted
 * like Mashery in fixed one-second windows of the wall clock, or in a sliding window of one second.
 * Calls beyond it get 403 {@code ERR_403_DEVELOPER_OVER_QPS}, without {@code Retry-After}, and do
 * not count. Each stub has its own port and counters, so several runs can go at once.
 */
final class HiddenLimitStub implements AutoCloseable {

	private static final long SECOND = 1_000_000_000L;

	private final int limit;

	private final boolean sliding;

	private final DisposableServer server;

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	/** Accepted calls in the sliding window, in nanoseconds of {@link System#nanoTime()}. */
	private final ArrayDeque<Long> accepted = new ArrayDeque<>();

	private long firstCallAt;

	private volatile long lastAnsweredAt;

	private long window = Long.MIN_VALUE;

	private int callsInWindow;

	HiddenLimitStub(int limit, boolean sliding) {
		this.limit = limit;
		this.sliding = sliding;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/supporttools/eox/rest/5/EOXBySerialNumber/{page}/{serials}",
					this::bySerialNumbers))
			.bindNow();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Calls received, refused ones included. */
	int calls() {
		return this.calls.get();
	}

	/** Calls answered 403 {@code ERR_403_DEVELOPER_OVER_QPS}. */
	int refused() {
		return this.refused.get();
	}

	/**
	 * Seconds from the first call received to the last one answered: the job's length as the
	 * gateway sees it, without the client's start.
	 */
	double seconds() {
		return (this.lastAnsweredAt - this.firstCallAt) / 1e9;
	}

	private Publisher<Void> bySerialNumbers(HttpServerRequest request, HttpServerResponse response) {
		if (this.calls.getAndIncrement() == 0) {
			this.firstCallAt = System.nanoTime();
		}
		if (!accept()) {
			this.refused.incrementAndGet();
			return StubServer.overQps(response);
		}
		this.lastAnsweredAt = System.nanoTime();
		return StubServer.serialNumbers(request, response);
	}

	private synchronized boolean accept() {
		if (this.sliding) {
			long now = System.nanoTime();
			while (!this.accepted.isEmpty() && this.accepted.peekFirst() <= now - SECOND) {
				this.accepted.pollFirst();
			}
			if (this.accepted.size() >= this.limit) {
				return false;
			}
			this.accepted.addLast(now);
			return true;
		}
		// Mashery's fixed windows: the count restarts at every wall-clock second.
		long second = System.currentTimeMillis() / 1000;
		if (this.window != second) {
			this.window = second;
			this.callsInWindow = 0;
		}
		if (this.callsInWindow >= this.limit) {
			return false;
		}
		this.callsInWindow++;
		return true;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
