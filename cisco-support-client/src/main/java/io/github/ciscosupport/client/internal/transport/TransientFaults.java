package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.github.ciscosupport.client.CiscoSupportException;

/**
 * Decides whether a failure to get a reply is worth retrying: reset or prematurely closed
 * connections and timeouts are; an unknown host or a TLS handshake failure will not heal by
 * itself, and our own exceptions (such as a failed token fetch, which the auth layer retries on
 * its own terms) are final.
 */
final class TransientFaults {

	private static final int MAX_CAUSE_DEPTH = 16;

	private TransientFaults() {
	}

	static boolean isTransient(Throwable failure) {
		Throwable candidate = failure;
		for (int depth = 0; candidate != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (candidate instanceof CiscoSupportException || candidate instanceof UnknownHostException
					|| candidate instanceof SSLHandshakeException) {
				return false;
			}
			// Reactor Netty's PrematureCloseException and Netty's ConnectTimeoutException are
			// IOExceptions; its ReadTimeoutException (the response timeout) is a Netty
			// TimeoutException; Reactor's timeout() raises the JDK's.
			if (candidate instanceof IOException || candidate instanceof TimeoutException
					|| candidate instanceof io.netty.handler.timeout.TimeoutException) {
				return true;
			}
			candidate = candidate.getCause();
		}
		return false;
	}

}
