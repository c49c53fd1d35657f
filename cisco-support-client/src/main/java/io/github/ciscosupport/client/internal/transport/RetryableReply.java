package io.github.ciscosupport.client.internal.transport;

/**
 * Carries a retryable error reply from the exchange to {@link GatewayRetry}; never leaves the
 * retry filter, hence no stack trace.
 */
final class RetryableReply extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ErrorReply reply;

	RetryableReply(ErrorReply reply) {
		super("HTTP " + reply.status(), null, false, false);
		this.reply = reply;
	}

	ErrorReply reply() {
		return this.reply;
	}

}
