package io.github.ciscosupport.client.internal.transport;

import java.nio.charset.StandardCharsets;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.FailedCall;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Reads the body of a 2xx reply while the call is still in {@link RetryFilter}'s hands, so that
 * a body that cannot be used is retried like a transient fault instead of failing the caller
 * once it reads it. The body is read whole, up to the codecs' {@code maxInMemorySize} (which the
 * caller's decoder would have needed anyway), and checked cheaply:
 * <ul>
 * <li>a read that fails with a transient fault (connection closed mid-body, read timeout);</li>
 * <li>an empty body, except for 204, 205 and HEAD;</li>
 * <li>an HTML page ({@code text/html}), which no Cisco API answers, but a gateway or load
 * balancer in maintenance does;</li>
 * <li>a JSON content type whose body is not one complete JSON value: a body that does not end
 * with the bracket closing its first one is cut off; up to 64 KB, Jackson also skims the tokens
 * without binding anything.</li>
 * </ul>
 * Other bodies (XML for {@code responseencoding=xml}, text) are passed on unchecked. A usable
 * body is handed on as a response whose body is the buffered bytes. A body over the size limit
 * fails the call at once with a {@link CiscoSupportApiException} naming the limit.
 */
final class SuccessBody {

	private static final JsonFactory JSON = new JsonFactory();

	private static final int BODY_START = 400;

	/**
	 * JSON bodies up to this size are skimmed whole; larger ones (pages of 1000 EoX records are
	 * 1.1 MB) are only checked for an end that closes their start, which finds a cut-off body
	 * unless the cut falls just after a nested closing bracket: skimming a page would cost several
	 * times what reading it costs.
	 */
	private static final int SKIMMED_BYTES = 64 * 1024;

	private SuccessBody() {
	}

	static Mono<ClientResponse> read(ClientRequest request, ClientResponse response) {
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.onErrorMap(TransientFaults::isTransient,
					(ex) -> new UnusableBody(status, "a body cut off (" + ErrorReply.describe(ex) + ")", "", ex))
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(request, status, ex))
			.defaultIfEmpty(new byte[0])
			.flatMap((body) -> {
				String problem = problemWith(request.method().name(), status, response.headers().asHttpHeaders(), body);
				if (problem != null) {
					return Mono.error(new UnusableBody(status, problem, start(body), null));
				}
				// Read by the caller's decoders; a fresh wrapper per subscription, as each reads it.
				return Mono.just(response.mutate()
					.body((consumed) -> Flux.defer(() -> (body.length > 0)
							? Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)) : Flux.empty()))
					.build());
			});
	}

	/**
	 * What makes a 2xx body unusable, for any HTTP client.
	 * @return the problem, or null when the body can be used
	 */
	static @Nullable String problemWith(String method, int status, HttpHeaders headers, byte[] body) {
		if (body.length == 0) {
			boolean emptyExpected = status == 204 || status == 205 || HttpMethod.HEAD.name().equals(method);
			return emptyExpected ? null : "an empty body";
		}
		MediaType type = headers.getContentType();
		if (type != null && MediaType.TEXT_HTML.isCompatibleWith(type)) {
			return "an HTML page instead of the API's answer";
		}
		return ReplyKind.isJson(headers) ? jsonProblem(body) : null;
	}

	/** The start of an unusable body, for the messages. */
	static String start(byte[] body) {
		return new String(body, 0, Math.min(body.length, BODY_START), StandardCharsets.UTF_8);
	}

	private static @Nullable String jsonProblem(byte[] body) {
		int first = 0;
		while (first < body.length && isWhitespace(body[first])) {
			first++;
		}
		int last = body.length - 1;
		while (last > first && isWhitespace(body[last])) {
			last--;
		}
		if (first == body.length) {
			return "a JSON content type and no JSON value";
		}
		byte closing = (body[first] == '{') ? (byte) '}' : (body[first] == '[') ? (byte) ']' : 0;
		if (closing != 0 && (last == first || body[last] != closing)) {
			return "JSON that is cut off (it starts with '" + (char) body[first] + "' and does not end with '"
					+ (char) closing + "')";
		}
		return (body.length <= SKIMMED_BYTES) ? skimProblem(body) : null;
	}

	private static boolean isWhitespace(byte character) {
		return character == ' ' || character == '\n' || character == '\r' || character == '\t';
	}

	private static @Nullable String skimProblem(byte[] body) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() == null) {
				return "a JSON content type and no JSON value";
			}
			parser.skipChildren();
			return (parser.nextToken() == null) ? null : "more than one JSON value";
		}
		catch (JacksonException ex) {
			return "JSON that does not parse (" + ex.getOriginalMessage() + ")";
		}
	}

	private static CiscoSupportApiException tooLarge(ClientRequest request, int status, DataBufferLimitException ex) {
		return new CiscoSupportApiException(status, null,
				ErrorReply.call(request) + " failed: HTTP " + status + " with a body larger than the codecs' "
						+ "maxInMemorySize (" + ex.getMessage() + "); raise cisco.support.max-response-size or "
						+ "CiscoSupportClient.Builder.maxResponseSize.",
				new FailedCall(request.method().name(), request.url().getRawPath(), null, ""), ex);
	}

}
