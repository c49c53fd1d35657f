package io.github.ciscosupport.bench;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.transport.RateLimitOptions;

/**
 * The child JVM of item 4: walks an EoX by-dates result through the full client stack and
 * prints how many records it saw and its heap peaks.
 */
public final class StreamingWalk {

	private StreamingWalk() {
	}

	/** @param args the stub's base URL and token URI */
	public static void main(String[] args) {
		HeapMonitor heap = new HeapMonitor();
		EoxClient eox = Clients.cisco(args[0], URI.create(args[1]), Duration.ofSeconds(60), RateLimitOptions.disabled())
			.eox();
		long records = eox.byDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).count().block();
		heap.stop();
		System.out.println("records=" + records);
		System.out.println("peakUsedBytes=" + heap.peakUsedBytes());
		System.out.println("peakLiveBytes=" + heap.peakLiveBytes());
	}

}
