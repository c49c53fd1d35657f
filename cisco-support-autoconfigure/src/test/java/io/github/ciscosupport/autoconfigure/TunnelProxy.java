package io.github.ciscosupport.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP CONNECT proxy on loopback that records each tunnel request (target and
 * headers) and connects every tunnel to one fixed upstream port, so tests can use hosts that do
 * not resolve and still reach a local server. Reactor Netty tunnels plain HTTP through CONNECT too.
 */
final class TunnelProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int upstreamPort;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<String> connectRequests = new CopyOnWriteArrayList<>();

	TunnelProxy(int upstreamPort) throws IOException {
		this.upstreamPort = upstreamPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.executor.execute(this::acceptLoop);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** The CONNECT request heads received so far, request line and headers. */
	List<String> connectRequests() {
		return this.connectRequests;
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.executor.execute(() -> tunnel(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void tunnel(Socket client) {
		try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort)) {
			String head = readHead(client.getInputStream());
			this.connectRequests.add(head);
			OutputStream out = client.getOutputStream();
			out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			this.executor.execute(() -> pipe(upstream, client));
			pipe(client, upstream);
		}
		catch (IOException ex) {
			// The client or upstream closed the tunnel.
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed before the end of the CONNECT request");
			}
			head.write(b);
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	private static void pipe(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		}
		catch (IOException ex) {
			// Closed.
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.executor.shutdownNow();
	}

}
