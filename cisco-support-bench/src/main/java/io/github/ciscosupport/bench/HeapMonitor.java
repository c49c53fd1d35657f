package io.github.ciscosupport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * Records two peaks of heap use: the highest heap in use sampled every millisecond (garbage
 * included, so bounded by how far the collector lets the heap fill), and the highest heap still in
 * use right after a collection, which is what the program really holds.
 */
final class HeapMonitor {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final AtomicLong peakUsed = new AtomicLong();

	private final AtomicLong peakLive = new AtomicLong();

	private volatile boolean running = true;

	HeapMonitor() {
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GcInfo gc = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData())
						.getGcInfo();
					long live = gc.getMemoryUsageAfterGc()
						.entrySet()
						.stream()
						.filter((pool) -> this.heapPools.contains(pool.getKey()))
						.mapToLong((pool) -> pool.getValue().getUsed())
						.sum();
					this.peakLive.accumulateAndGet(live, Math::max);
				}
			}, null, null);
		}
		Thread sampler = new Thread(this::sample, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		while (this.running) {
			this.peakUsed.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void stop() {
		this.running = false;
	}

	long peakUsedBytes() {
		return this.peakUsed.get();
	}

	long peakLiveBytes() {
		return this.peakLive.get();
	}

}
