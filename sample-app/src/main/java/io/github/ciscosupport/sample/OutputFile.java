package io.github.ciscosupport.sample;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * The file a command writes its report to: CSV or JSON by its extension. It is checked before
 * the first lookup, so a typo in the path does not cost a run of many minutes.
 *
 * @param name the path as given
 * @param path the path
 * @param json whether the report is written as JSON rather than CSV
 */
record OutputFile(String name, Path path, boolean json) {

	static OutputFile of(String name) {
		Path path = Path.of(name);
		String fileName = (path.getFileName() != null) ? path.getFileName().toString().toLowerCase(Locale.ROOT) : "";
		if (fileName.endsWith(".csv") || fileName.endsWith(".json")) {
			return new OutputFile(name, path, fileName.endsWith(".json"));
		}
		int dot = fileName.lastIndexOf('.');
		throw new CommandLineException("--out=" + name + ": "
				+ ((dot < 0) ? "no file extension" : "unknown file extension '" + fileName.substring(dot) + "'")
				+ ", use .csv or .json");
	}

	void checkWritable() {
		checkWritable(this.path);
	}

	/** Opens the file for writing (creating it and deleting it again if it did not exist). */
	static void checkWritable(Path path) {
		if (Files.isDirectory(path)) {
			throw new CommandLineException("cannot write " + path + ": it is a directory");
		}
		try {
			if (Files.exists(path)) {
				try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
					// writable: the report will replace its content
				}
			}
			else {
				Files.delete(Files.createFile(path));
			}
		}
		catch (IOException ex) {
			throw new CommandLineException("cannot write " + path + ": " + reason(ex));
		}
	}

	void write(LifecycleReport report, JsonMapper mapper) throws IOException {
		String content = this.json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report)
				: ReportCsv.write(report);
		Files.writeString(this.path, content, StandardCharsets.UTF_8);
	}

	/** Why a file operation failed, in words: the JDK's messages are often just the path. */
	static String reason(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file or directory";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException system && system.getReason() != null) {
			return system.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
