package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * A 2xx reply whose body cannot be used: cut off by a closed connection or a timeout, empty, an
 * HTML page, or JSON that does not parse. An {@code IOException}, so that
 * {@link TransientFaults} retries it like a reset connection, within the same attempt and
 * waiting budgets; once they are used up, {@link ErrorReply#noReply} reports it.
 */
final class UnusableBody extends IOException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String bodyStart;

	/**
	 * @param status the reply's HTTP status
	 * @param problem what is wrong with the body, completing "HTTP 200 with ..."
	 * @param bodyStart the start of the body as text, for the excerpt in messages, or empty
	 * @param cause the failure that cut the body off, if any
	 */
	UnusableBody(int status, String problem, String bodyStart, @Nullable Throwable cause) {
		super("HTTP " + status + " with " + problem, cause);
		this.status = status;
		this.bodyStart = bodyStart;
	}

	int status() {
		return this.status;
	}

	String bodyStart() {
		return this.bodyStart;
	}

}
