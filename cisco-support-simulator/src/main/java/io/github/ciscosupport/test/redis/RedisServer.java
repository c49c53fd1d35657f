package io.github.ciscosupport.test.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A real Redis server for tests: Debian's {@code redis-server} (or the one named by the
 * {@code REDIS_SERVER} environment variable) started on a free loopback port with a temporary
 * working directory and no persistence, and stopped by {@link #close()}. It can also be stopped and
 * started again on the same port ({@link #stop()}, {@link #start()}) and frozen
 * ({@link #freeze()}, {@link #thaw()}: the process is suspended, so connections stay open but
 * nothing is answered), which is how a test sees Redis go away or turn slow under a running
 * application.
 *
 * <pre class="code">
 * try (RedisServer redis = RedisServer.start()) {
 *     registry.add("spring.data.redis.port", redis::port);
 *     …
 * }
 * </pre>
 *
 * @author cisco-support-spring
 */
public final class RedisServer implements AutoCloseable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);

	private final String executable;

	private final int port;

	private final Path directory;

	private Process process;

	private RedisServer(String executable, int port, Path directory) {
		this.executable = executable;
		this.port = port;
		this.directory = directory;
	}

	/**
	 * Starts a server on a free loopback port.
	 * @return the running server
	 * @throws IllegalStateException if {@code redis-server} cannot be found or does not start
	 */
	public static RedisServer start() {
		try {
			RedisServer server = new RedisServer(executable(), freePort(), Files.createTempDirectory("redis-test"));
			server.launch();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port the server listens on, on {@code 127.0.0.1}; it stays the same across restarts. */
	public int port() {
		return this.port;
	}

	/** The host to connect to. */
	public String host() {
		return "127.0.0.1";
	}

	/** Whether the server process is running (frozen counts as running). */
	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** Stops the server, as a crash or a network partition would end it: its data is lost. */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		thaw();
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	/** Starts the server again on the same port after {@link #stop()}, empty. */
	public synchronized void restart() {
		stop();
		launch();
	}

	/**
	 * Suspends the process (SIGSTOP): connections stay open, commands are not answered, as with a
	 * Redis that is overloaded or behind a stalled network.
	 */
	public synchronized void freeze() {
		signal("-STOP");
	}

	/** Resumes a {@linkplain #freeze() frozen} server (SIGCONT). */
	public synchronized void thaw() {
		signal("-CONT");
	}

	/**
	 * Sends one command and returns the first line of the reply, for test assertions such as
	 * {@code command("DBSIZE")}.
	 * @param arguments the command and its arguments
	 * @return the first line of the reply, such as {@code :3} or {@code +PONG}
	 */
	public String command(String... arguments) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5000);
			StringBuilder request = new StringBuilder("*").append(arguments.length).append("\r\n");
			for (String argument : arguments) {
				byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
				request.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server and deletes its working directory. */
	@Override
	public void close() {
		stop();
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary directory is harmless
		}
	}

	@Override
	public String toString() {
		return "RedisServer[127.0.0.1:" + this.port + (isRunning() ? "" : ", stopped") + "]";
	}

	private synchronized void launch() {
		List<String> command = new ArrayList<>(List.of(this.executable, "--port", Integer.toString(this.port), "--bind",
				"127.0.0.1", "--dir", this.directory.toString(), "--save", "", "--appendonly", "no", "--daemonize",
				"no", "--protected-mode", "yes", "--loglevel", "warning"));
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("redis.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + this.executable
					+ ": install Redis (Debian: apt-get install -y redis-server) or set REDIS_SERVER", ex);
		}
		awaitPong();
	}

	private void awaitPong() {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		IOException last = null;
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited with " + this.process.exitValue() + ": " + log());
			}
			try {
				if ("+PONG".equals(command("PING"))) {
					return;
				}
			}
			catch (UncheckedIOException ex) {
				last = ex.getCause();
			}
			// Polled every 10 ms: the server answers within milliseconds once it listens.
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
		throw new IllegalStateException("redis-server did not answer PING on port " + this.port + " within "
				+ STARTUP_TIMEOUT.toSeconds() + " s: " + log(), last);
	}

	private void signal(String signal) {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		try {
			Process kill = new ProcessBuilder("kill", signal, Long.toString(this.process.pid())).start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String log() {
		try {
			return Files.readString(this.directory.resolve("redis.log")).strip();
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private static String executable() {
		String configured = System.getenv("REDIS_SERVER");
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return "redis-server";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
