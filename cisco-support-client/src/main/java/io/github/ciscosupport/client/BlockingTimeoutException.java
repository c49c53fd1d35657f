package io.github.ciscosupport.client;

import java.time.Duration;
import java.util.List;

import io.github.ciscosupport.client.internal.Durations;

/**
 * A call of a {@linkplain CiscoSupportClient#blocking() blocking typed client} that did not end
 * within the blocking timeout ({@code cisco.support.blocking-timeout},
 * {@link CiscoSupportClient.Builder#blockingTimeout}). The lookup was cancelled: its requests in
 * flight and its place in the rate limiter's queue were given up.
 */
public class BlockingTimeoutException extends CiscoSupportException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param call what was called, such as {@code EoxClient.bySerialNumbers}
	 * @param timeout the blocking timeout
	 */
	public BlockingTimeoutException(String call, Duration timeout) {
		super(call + " did not complete within the blocking timeout of " + Durations.seconds(timeout)
				+ " (cisco.support.blocking-timeout); the lookup was cancelled");
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected BlockingTimeoutException(BlockingTimeoutException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public BlockingTimeoutException withUnansweredInputs(List<String> inputs) {
		return new BlockingTimeoutException(this, inputs);
	}

}
