package io.github.ciscosupport.client.internal.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.FailedCall;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
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
 * body is handed on, without a copy, as a response whose body is the joined buffer. A body over the size limit
 * fails the call at once with a {@link CiscoSupportApiException} naming the limit.
 */
final class SuccessBody {

	private static final JsonFactory JSON = new JsonFactory();

	private static final int BODY_START = 400;

	private static final DataBuffer EMPTY = DefaultDataBufferFactory.sharedInstance.allocateBuffer(0);

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
		// The codecs' DataBuffer decoder joins the body up to maxInMemorySize without copying it:
		// the joined buffer is checked in place and handed on as the body the caller decodes.
		return response.bodyToMono(DataBuffer.class)
			.onErrorMap(TransientFaults::isTransient,
					(ex) -> new UnusableBody(status, "a body cut off (" + ErrorReply.describe(ex) + ")", "", ex))
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(request, status, ex))
			.defaultIfEmpty(EMPTY)
			.flatMap((body) -> {
				String problem = problemWith(request.method().name(), status, response.headers().asHttpHeaders(), body);
				if (problem != null) {
					String start = start(body);
					DataBufferUtils.release(body);
					return Mono.error(new UnusableBody(status, problem, start, null));
				}
				// Read once, like any WebClient response body, by the caller's decoder, which
				// releases it.
				AtomicBoolean read = new AtomicBoolean();
				return Mono.just(response.mutate().body((consumed) -> Flux.defer(() -> {
					if (read.getAndSet(true)) {
						return Flux.error(new IllegalStateException("The response body has already been read"));
					}
					return (body.readableByteCount() > 0) ? Flux.just(body) : Flux.empty();
				})).build());
			});
	}

	/**
	 * What makes a 2xx body unusable, for any HTTP client.
	 * @return the problem, or null when the body can be used
	 */
	static @Nullable String problemWith(String method, int status, HttpHeaders headers, byte[] body) {
		return problemWith(method, status, headers, DefaultDataBufferFactory.sharedInstance.wrap(body));
	}

	private static @Nullable String problemWith(String method, int status, HttpHeaders headers, DataBuffer body) {
		if (body.readableByteCount() == 0) {
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
		return start(DefaultDataBufferFactory.sharedInstance.wrap(body));
	}

	private static String start(DataBuffer body) {
		return new String(bytes(body, Math.min(body.readableByteCount(), BODY_START)), StandardCharsets.UTF_8);
	}

	/** A copy of the first {@code length} readable bytes, leaving the buffer as it is. */
	private static byte[] bytes(DataBuffer body, int length) {
		byte[] bytes = new byte[length];
		body.toByteBuffer(body.readPosition(), ByteBuffer.wrap(bytes), 0, length);
		return bytes;
	}

	private static @Nullable String jsonProblem(DataBuffer body) {
		int start = body.readPosition();
		int length = body.readableByteCount();
		int first = 0;
		while (first < length && isWhitespace(body.getByte(start + first))) {
			first++;
		}
		int last = length - 1;
		while (last > first && isWhitespace(body.getByte(start + last))) {
			last--;
		}
		if (first == length) {
			return "a JSON content type and no JSON value";
		}
		byte opening = body.getByte(start + first);
		byte closing = (opening == '{') ? (byte) '}' : (opening == '[') ? (byte) ']' : 0;
		if (closing != 0 && (last == first || body.getByte(start + last) != closing)) {
			return "JSON that is cut off (it starts with '" + (char) opening + "' and does not end with '"
					+ (char) closing + "')";
		}
		return (length <= SKIMMED_BYTES) ? skimProblem(bytes(body, length)) : null;
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
