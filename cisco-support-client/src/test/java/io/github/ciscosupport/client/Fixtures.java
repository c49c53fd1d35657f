package io.github.ciscosupport.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON samples of {@code src/test/resources/fixtures}, taken from recorded Cisco
 * traffic where there is a recording.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static String read(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
