package io.github.ciscosupport.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback Cisco gateway and token endpoint on Reactor Netty: WireMock's own cost per request
 * would hide the client's. Token requests are counted per path ({@code /token/<name>}), so two
 * clients under test can share one stub; the EoX gateway optionally counts calls in fixed
 * one-second windows like Mashery and answers 403 {@code ERR_403_DEVELOPER_OVER_QPS} beyond the
 * limit.
 */
final class StubServer implements AutoCloseable {

	private static final String EOX = "/supporttools/eox/rest/5";

	private final Map<String, AtomicInteger> tokenRequests = new ConcurrentHashMap<>();

	private final AtomicInteger overQps = new AtomicInteger();

	private final AtomicInteger bySerialNumbersCalls = new AtomicInteger();

	private final Object windowLock = new Object();

	private long window;

	private int callsInWindow;

	private final byte[] pageRecords = EoxJson.pageRecords();

	private final byte[] pageTail = EoxJson.pageTail();

	private final DisposableServer server;

	private volatile Duration tokenLatency = Duration.ZERO;

	private volatile long tokenLifetimeSeconds = 3600;

	private volatile int queriesPerSecond;

	private volatile int byDatesPages = 1;

	StubServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/token/{name}", this::token)
				.get(EOX + "/EOXBySerialNumber/{page}/{serials}", this::bySerialNumbers)
				.get(EOX + "/EOXByDates/{page}/{start}/{end}", this::byDates))
			.bindNow();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	URI tokenUri(String name) {
		return URI.create(baseUrl() + "/token/" + name);
	}

	/** How long the token endpoint takes to answer (id.cisco.com takes 100 ms and more). */
	void tokenLatency(Duration latency) {
		this.tokenLatency = latency;
	}

	void tokenLifetimeSeconds(long seconds) {
		this.tokenLifetimeSeconds = seconds;
	}

	/** Enforces this many EoX calls per fixed one-second window; 0 for no limit. */
	void queriesPerSecond(int limit) {
		this.queriesPerSecond = limit;
	}

	/** The number of pages of every EoX by-dates walk. */
	void byDatesPages(int pages) {
		this.byDatesPages = pages;
	}

	int tokenRequests(String name) {
		return this.tokenRequests.computeIfAbsent(name, (key) -> new AtomicInteger()).get();
	}

	/** The number of calls answered 403 {@code ERR_403_DEVELOPER_OVER_QPS} so far. */
	int overQpsReplies() {
		return this.overQps.get();
	}

	private Publisher<Void> token(HttpServerRequest request, HttpServerResponse response) {
		this.tokenRequests.computeIfAbsent(request.param("name"), (key) -> new AtomicInteger()).incrementAndGet();
		String body = "{\"token_type\":\"Bearer\",\"expires_in\":%d,\"access_token\":\"token-%d\",\"scope\":\"\"}"
			.formatted(this.tokenLifetimeSeconds, System.nanoTime());
		// Drain the form body before answering, as a real server does.
		return request.receive()
			.then(Mono.delay(this.tokenLatency))
			.then(json(response).sendString(Mono.just(body)).then());
	}

	/** Calls of EoX by serial numbers received so far. */
	int bySerialNumbersCalls() {
		return this.bySerialNumbersCalls.get();
	}

	private Publisher<Void> bySerialNumbers(HttpServerRequest request, HttpServerResponse response) {
		this.bySerialNumbersCalls.incrementAndGet();
		if (!authorized(request)) {
			return response.status(HttpResponseStatus.UNAUTHORIZED).send();
		}
		if (overQueriesPerSecond()) {
			this.overQps.incrementAndGet();
			return overQps(response);
		}
		return serialNumbers(request, response);
	}

	/** Mashery's reply to a call over the per-second limit. */
	static Publisher<Void> overQps(HttpServerResponse response) {
		return response.status(HttpResponseStatus.FORBIDDEN)
			.header("X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_QPS")
			.header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
			.sendString(Mono.just("<h1>Developer Over Qps</h1>"));
	}

	/** The EoX answer to a call by serial numbers: one record per serial number of the path. */
	static Publisher<Void> serialNumbers(HttpServerRequest request, HttpServerResponse response) {
		List<String> serials = Arrays.asList(
				URLDecoder.decode(request.param("serials"), StandardCharsets.UTF_8).split(","));
		return json(response).sendByteArray(Mono.just(EoxJson.serialNumbers(serials)));
	}

	private Publisher<Void> byDates(HttpServerRequest request, HttpServerResponse response) {
		if (!authorized(request)) {
			return response.status(HttpResponseStatus.UNAUTHORIZED).send();
		}
		int page = Integer.parseInt(request.param("page"));
		// The records are shared by every page: no 1.1 MB copy per request.
		return json(response).send(Mono.just(Unpooled.wrappedBuffer(EoxJson.pageHead(page, this.byDatesPages),
				this.pageRecords, this.pageTail)));
	}

	private static boolean authorized(HttpServerRequest request) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		return authorization != null && authorization.startsWith("Bearer ");
	}

	/** Mashery's fixed windows: the count restarts at every wall-clock second. */
	private boolean overQueriesPerSecond() {
		int limit = this.queriesPerSecond;
		if (limit == 0) {
			return false;
		}
		long second = System.currentTimeMillis() / 1000;
		synchronized (this.windowLock) {
			if (this.window != second) {
				this.window = second;
				this.callsInWindow = 0;
			}
			return ++this.callsInWindow > limit;
		}
	}

	private static HttpServerResponse json(HttpServerResponse response) {
		return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
