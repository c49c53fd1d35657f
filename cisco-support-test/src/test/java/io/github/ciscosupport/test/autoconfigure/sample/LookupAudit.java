package io.github.ciscosupport.test.autoconfigure.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.github.ciscosupport.client.LookupListener;

/**
 * A lookup listener of the application's, which a slice test keeps because the typed clients
 * report to it.
 */
@Component
public class LookupAudit implements LookupListener {

	private final Map<String, AtomicInteger> inputs = new ConcurrentHashMap<>();

	@Override
	public void inputs(String api, int count) {
		this.inputs.computeIfAbsent(api, (key) -> new AtomicInteger()).addAndGet(count);
	}

	public int inputs(String api) {
		AtomicInteger count = this.inputs.get(api);
		return (count != null) ? count.get() : 0;
	}

}
