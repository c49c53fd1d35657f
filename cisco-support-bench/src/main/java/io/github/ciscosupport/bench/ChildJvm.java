package io.github.ciscosupport.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a main class in a JVM of its own, on this JVM's class path (optionally filtered), and
 * reads the {@code key=value} lines it prints. A fresh JVM is the only honest setting for a heap
 * limit and for startup time.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static Map<String, String> run(Class<?> main, List<String> jvmArgs, Predicate<String> classPathEntries,
			String... args) throws IOException, InterruptedException {
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(classPathEntries)
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>();
		command.add(System.getProperty("java.home") + "/bin/java");
		command.addAll(jvmArgs);
		command.addAll(List.of("-cp", classPath, main.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Map<String, String> values = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> line.matches("\\w+=.*")).forEach((line) -> {
				int equals = line.indexOf('=');
				values.put(line.substring(0, equals), line.substring(equals + 1));
			});
		}
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(main.getSimpleName() + " exited with " + exit + ": " + values);
		}
		return values;
	}

}
