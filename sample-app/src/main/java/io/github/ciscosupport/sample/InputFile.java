package io.github.ciscosupport.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the inventory file of a command, with one clear sentence when it cannot.
 */
final class InputFile {

	private InputFile() {
	}

	static byte[] read(String name) {
		Path path = Path.of(name);
		if (Files.isDirectory(path)) {
			throw new CommandLineException("cannot read " + name + ": it is a directory");
		}
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new CommandLineException("cannot read " + name + ": " + OutputFile.reason(ex));
		}
	}

}
