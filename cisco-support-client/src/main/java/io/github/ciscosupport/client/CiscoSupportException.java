package io.github.ciscosupport.client;

import java.util.List;

/**
 * Base class of every exception the Cisco Support client raises. Messages never contain the
 * client secret or an access token.
 * <p>
 * When a fault that dooms every later call (daily quota used up, access denied, credentials
 * refused) ends a batched lookup, the exception that fails the lookup's {@code Flux} names the
 * inputs that were not answered, so that a job can resume with exactly those
 * ({@link #getUnansweredInputs()}).
 */
public class CiscoSupportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> unansweredInputs;

	public CiscoSupportException(String message) {
		super(message);
		this.unansweredInputs = List.of();
	}

	public CiscoSupportException(String message, Throwable cause) {
		super(message, cause);
		this.unansweredInputs = List.of();
	}

	/**
	 * A copy of an exception, with its message, cause and stack trace, that names the inputs a
	 * lookup left unanswered. Every subclass has such a constructor, used by its
	 * {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected CiscoSupportException(CiscoSupportException original, List<String> unansweredInputs) {
		super(original.getMessage(), original.getCause());
		setStackTrace(original.getStackTrace());
		for (Throwable suppressed : original.getSuppressed()) {
			addSuppressed(suppressed);
		}
		this.unansweredInputs = List.copyOf(unansweredInputs);
	}

	/**
	 * The inputs of a batched lookup that this exception left without a result: those not yet
	 * emitted when it ended the lookup, each once, in input order. Empty for an exception that
	 * did not end a batched lookup.
	 * @return the unanswered inputs, possibly empty
	 */
	public List<String> getUnansweredInputs() {
		return this.unansweredInputs;
	}

	/**
	 * A copy of this exception, of the same type, naming the inputs a lookup left unanswered.
	 * This exception is not changed: the same instance may reach several callers (a failed token
	 * fetch is shared by every call waiting for it). Subclasses override this method to return
	 * their own type.
	 * @param inputs the unanswered inputs
	 * @return the copy
	 */
	public CiscoSupportException withUnansweredInputs(List<String> inputs) {
		return new CiscoSupportException(this, inputs);
	}

}
