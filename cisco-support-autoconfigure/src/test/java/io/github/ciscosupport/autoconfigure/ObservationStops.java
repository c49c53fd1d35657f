package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals each observation that stops, so that a test can wait for one. {@code WebClient} stops
 * its observation just after the response has been handed on, on an I/O thread: a test that
 * blocks on the call can resume before then. Micrometer calls {@code onStop} in reverse order of
 * registration, so register this handler first for the others (metrics) to be done when it is
 * told.
 */
public final class ObservationStops implements ObservationHandler<Observation.Context> {

	private final BlockingQueue<Observation.Context> stopped = new LinkedBlockingQueue<>();

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

	@Override
	public void onStop(Observation.Context context) {
		this.stopped.add(context);
	}

	/**
	 * Waits (in real time, for I/O) until an observation of the given name, with the given
	 * low-cardinality key value, has stopped.
	 */
	public void await(String name, String key, String value) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Observation.Context next;
		do {
			next = this.stopped.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			assertThat(next).as("a stopped observation " + name + " with " + key + "=" + value).isNotNull();
		}
		while (!name.equals(next.getName()) || next.getLowCardinalityKeyValue(key) == null
				|| !value.equals(next.getLowCardinalityKeyValue(key).getValue()));
	}

}
