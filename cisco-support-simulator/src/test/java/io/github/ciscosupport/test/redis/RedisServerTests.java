package io.github.ciscosupport.test.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RedisServerTests {

	@Test
	void startsOnAFreeLoopbackPortAndAnswers() {
		try (RedisServer redis = RedisServer.start()) {
			assertThat(redis.command("PING")).isEqualTo("+PONG");
			assertThat(redis.command("SET", "key", "value")).isEqualTo("+OK");
			assertThat(redis.command("DBSIZE")).isEqualTo(":1");
		}
	}

	@Test
	void restartsEmptyOnTheSamePort() {
		try (RedisServer redis = RedisServer.start()) {
			int port = redis.port();
			redis.command("SET", "key", "value");

			redis.stop();
			assertThat(redis.isRunning()).isFalse();
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> redis.command("PING"));

			redis.restart();
			assertThat(redis.port()).isEqualTo(port);
			assertThat(redis.command("DBSIZE")).isEqualTo(":0");
		}
	}

	@Test
	void frozenServerKeepsConnectionsButAnswersNothingUntilThawed() throws IOException {
		try (RedisServer redis = RedisServer.start()) {
			redis.freeze();
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), redis.port())) {
				socket.setSoTimeout(300);
				socket.getOutputStream().write("PING\r\n".getBytes());
				assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> socket.getInputStream().read());
			}
			redis.thaw();
			assertThat(redis.command("PING")).isEqualTo("+PONG");
		}
	}

	@Test
	void closeStopsTheServer() {
		RedisServer redis = RedisServer.start();
		redis.close();
		assertThat(redis.isRunning()).isFalse();
		assertThat(redis.toString()).contains("stopped");
	}

}
