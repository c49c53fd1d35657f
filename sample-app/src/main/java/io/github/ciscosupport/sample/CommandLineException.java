package io.github.ciscosupport.sample;

/**
 * A command that cannot run as given: a missing or unreadable file, an output the report cannot
 * be written to, an option without its value. The message is the one line printed on stderr.
 */
class CommandLineException extends RuntimeException {

	CommandLineException(String message) {
		super(message);
	}

}
