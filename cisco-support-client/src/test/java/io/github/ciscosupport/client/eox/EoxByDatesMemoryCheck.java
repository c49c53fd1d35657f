package io.github.ciscosupport.client.eox;

import java.time.LocalDate;
import java.util.List;

import io.github.ciscosupport.client.TestClients;

/**
 * Walks an EoX by-dates result in a JVM of its own, started by {@link EoxByDatesMemoryTests}
 * with a small heap, and prints how many records it saw.
 */
public final class EoxByDatesMemoryCheck {

	private EoxByDatesMemoryCheck() {
	}

	/**
	 * Walks the result.
	 * @param args the simulator base URL, then {@code stream} to count records as they come or
	 * {@code collect} to hold them all (the control that must run out of memory)
	 */
	public static void main(String[] args) {
		long startedAt = System.nanoTime();
		EoxClient eox = TestClients.on(args[0]).eox();
		LocalDate start = LocalDate.of(2020, 1, 1);
		LocalDate end = LocalDate.of(2020, 12, 31);
		long records = "collect".equals(args[1])
				? eox.byDates(start, end).collectList().map(List::size).block()
				: eox.byDates(start, end).count().block();
		System.out.println("records=" + records);
		System.out.println("walkMillis=" + (System.nanoTime() - startedAt) / 1_000_000);
		System.out.println("heapUsedMb=" + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
	}

}
