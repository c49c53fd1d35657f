package io.github.ciscosupport.test.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.http.Fault;

/**
 * The simulated apix.cisco.com gateway: routes a request to the token endpoint or an API and
 * applies, in Mashery's order, the service lookup (596), the bearer header check (403
 * {@code ERR_403_NOT_AUTHORIZED}), token validation (401), the API's activation (403
 * {@code ERR_403_DEVELOPER_INACTIVE}), the rate limit and the programmed faults. Records every
 * request in the journal before answering.
 *
 * @author cisco-support-spring
 */
final class Gateway {

	private final Map<Api, ApiHandler> handlers;

	private final TokenEndpoint tokenEndpoint;

	private final Faults faults;

	private final TokenService tokens;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	private final RequestJournal journal;

	private final Supplier<String> baseUrl;

	private final AtomicLong served = new AtomicLong();

	Gateway(List<ApiHandler> handlers, TokenEndpoint tokenEndpoint, Faults faults, TokenService tokens,
			RateLimiter rateLimiter, Clock clock, RequestJournal journal, Supplier<String> baseUrl) {
		this.handlers = new LinkedHashMap<>();
		for (ApiHandler handler : handlers) {
			this.handlers.put(handler.api(), handler);
		}
		this.tokenEndpoint = tokenEndpoint;
		this.faults = faults;
		this.tokens = tokens;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
		this.journal = journal;
		this.baseUrl = baseUrl;
	}

	SimResponse handle(SimRequest request) {
		Instant now = this.clock.instant();
		if (request.path().equals(TokenEndpoint.PATH)) {
			TokenEndpoint.Call call = this.tokenEndpoint.handle(request, this.baseUrl.get() + "/oauth2/default");
			this.journal.record(new RecordedRequest(RecordedRequest.Kind.TOKEN, null, "token", request.method(),
					request.path(), redactQuery(request.queryParameters()), redactHeaders(request.headers()),
					List.of(), call.clientId(), call.authentication(), call.response().status(),
					call.response().outcome(), now));
			return call.response();
		}
		Api api = Api.forPath(request.path());
		if (api == null) {
			SimResponse response = Mashery.serviceNotFound();
			this.journal.record(new RecordedRequest(RecordedRequest.Kind.OTHER, null, null, request.method(),
					request.path(), request.queryParameters(), request.headers(), List.of(), null, null,
					response.status(), response.outcome(), now));
			return response;
		}
		List<String> segments = request.segmentsAfter(api.basePath());
		Route route = this.handlers.get(api).route(request, segments);
		SimResponse response = gate(api, route, request, segments, now);
		this.journal.record(new RecordedRequest(RecordedRequest.Kind.API, api, (route != null) ? route.endpoint() : null,
				request.method(), request.path(), request.queryParameters(), request.headers(),
				(route != null) ? route.inputs() : segments, null, null, response.status(), response.outcome(), now));
		return response;
	}

	private SimResponse gate(Api api, Route route, SimRequest request, List<String> segments, Instant now) {
		if (route != null && this.faults.isUriTooLong(route.inputs().size())) {
			return Mashery.uriTooLong();
		}
		boolean spaces = (route != null) ? route.hasSpaceInInputs()
				: segments.stream().anyMatch((segment) -> segment.indexOf(' ') >= 0);
		if (spaces) {
			return Mashery.serviceNotFound();
		}
		String authorization = request.header("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				|| authorization.substring(7).isBlank()) {
			return Mashery.notAuthorized();
		}
		if (this.tokens.check(authorization.substring(7).trim(), now) != TokenService.Status.VALID) {
			return Mashery.invalidToken();
		}
		if (this.faults.isDisabled(api)) {
			return Mashery.developerInactive();
		}
		RateLimit limit = this.faults.rateLimit(api);
		if (limit != null) {
			RateLimiter.Rejection rejection = this.rateLimiter.acquire(api, limit, now);
			if (rejection != null) {
				return rejection.qps() ? Mashery.overQps(limit.statusFor(api))
						: Mashery.overRate(limit.statusFor(api), rejection.retryAfterSeconds());
			}
		}
		ApiFault fault = this.faults.takeApiFault(api, (route != null) ? route.inputs() : segments);
		long latency = this.faults.latency(api).toMillis();
		SimResponse response;
		if (fault != null && !fault.spoilsTheAnswer()) {
			response = faultResponse(fault);
		}
		else if (route == null) {
			response = Mashery.notFound();
		}
		else if (!route.method().equals(request.method())) {
			response = Mashery.methodNotAllowed(route.method());
		}
		else {
			response = route.action().get()
				.header(Mashery.MESSAGE_ID, Mashery.messageId())
				.header("x-ratelimit-limit", "2000")
				.header("x-ratelimit-observed", String.valueOf(this.served.incrementAndGet()));
			if (fault == ApiFault.MALFORMED_JSON && response.body() != null) {
				String body = response.body();
				response.body(body.substring(0, Math.max(1, body.length() / 2))).outcome(fault.name());
			}
			else if (fault == ApiFault.EMPTY_BODY) {
				response.body("").outcome(fault.name());
			}
		}
		return response.delay(latency);
	}

	private static SimResponse faultResponse(ApiFault fault) {
		SimResponse response = switch (fault) {
			case DEVELOPER_INACTIVE -> Mashery.developerInactive();
			case INTERNAL_SERVER_ERROR -> Mashery.serverError(500);
			case BAD_GATEWAY -> Mashery.serverError(502);
			case SERVICE_UNAVAILABLE -> Mashery.serverError(503);
			case GATEWAY_TIMEOUT -> Mashery.serverError(504);
			case CONNECTION_RESET -> SimResponse.fault(Fault.CONNECTION_RESET_BY_PEER);
			case INVALID_TOKEN -> Mashery.invalidToken();
			case CONNECTION_DROPPED_MID_BODY -> SimResponse.fault(Fault.MALFORMED_RESPONSE_CHUNK);
			case HTML_PAGE -> Mashery.maintenancePage();
			case MALFORMED_JSON, EMPTY_BODY -> throw new IllegalArgumentException("Handled with the response");
		};
		return response.outcome(fault.name());
	}

	private static Map<String, List<String>> redactQuery(Map<String, List<String>> query) {
		Map<String, List<String>> result = new LinkedHashMap<>(query);
		result.computeIfPresent("client_secret", (key, value) -> List.of(RecordedRequest.REDACTED));
		return result;
	}

	private static Map<String, List<String>> redactHeaders(Map<String, List<String>> headers) {
		Map<String, List<String>> result = new LinkedHashMap<>(headers);
		for (Map.Entry<String, List<String>> entry : result.entrySet()) {
			if (entry.getKey().equalsIgnoreCase("Authorization")) {
				entry.setValue(List.of("Basic " + RecordedRequest.REDACTED));
			}
		}
		return result;
	}

}
