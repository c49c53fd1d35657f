package io.github.ciscosupport.client.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.FailedCall;

/**
 * A 2xx reply of the {@code RestClient} read whole and checked as {@link SuccessBody} checks the
 * {@code WebClient}'s, so that a body that cannot be used is retried; the caller reads the buffered
 * bytes. A body larger than the client's response size fails the call, as the codecs' limit does.
 */
final class BufferedResponse implements ClientHttpResponse {

	private final ClientHttpResponse response;

	private final byte[] body;

	private BufferedResponse(ClientHttpResponse response, byte[] body) {
		this.response = response;
		this.body = body;
	}

	static ClientHttpResponse read(String method, String path, ClientHttpResponse response, int maxSize)
			throws IOException {
		int status = response.getStatusCode().value();
		byte[] body;
		try (response) {
			body = response.getBody().readNBytes(maxSize + 1);
		}
		catch (IOException ex) {
			throw new UnusableBody(status, "a body cut off (" + ErrorReply.describe(ex) + ")", "", ex);
		}
		if (body.length > maxSize) {
			throw new CiscoSupportApiException(status, null, ErrorReply.call(method, path) + " failed: HTTP " + status
					+ " with a body larger than " + maxSize + " bytes; raise cisco.support.max-response-size or "
					+ "CiscoSupportClient.Builder.maxResponseSize.", new FailedCall(method, path, null, ""), null);
		}
		String problem = SuccessBody.problemWith(method, status, response.getHeaders(), body);
		if (problem != null) {
			throw new UnusableBody(status, problem, SuccessBody.start(body), null);
		}
		return new BufferedResponse(response, body);
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return this.response.getStatusCode();
	}

	@Override
	public String getStatusText() throws IOException {
		return this.response.getStatusText();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.response.getHeaders();
	}

	@Override
	public InputStream getBody() {
		return new ByteArrayInputStream(this.body);
	}

	@Override
	public void close() {
		// The connection was released when the body was read.
	}

}
