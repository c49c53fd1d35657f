package io.github.ciscosupport.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that nothing listens on, for a Redis (or any server) that is down.
 */
public final class ClosedPort {

	private ClosedPort() {
	}

	/** A port that was free a moment ago; connecting to it is refused. */
	public static int find() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
