package io.github.ciscosupport.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link VirtualTimeScheduler} that also reports every timer it is asked for. A retry is
 * scheduled on a Netty thread once a reply arrives, so a test must wait for the timer to exist
 * before it advances time, or the timer would start after the advance and never fire.
 */
public final class VirtualClock implements Scheduler {

	private final VirtualTimeScheduler delegate = VirtualTimeScheduler.create();

	private final BlockingQueue<Duration> timers = new LinkedBlockingQueue<>();

	@Override
	public Disposable schedule(Runnable task) {
		return this.delegate.schedule(task);
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		Disposable scheduled = this.delegate.schedule(task, delay, unit);
		this.timers.add(Duration.ofNanos(unit.toNanos(delay)));
		return scheduled;
	}

	@Override
	public long now(TimeUnit unit) {
		return this.delegate.now(unit);
	}

	@Override
	public Worker createWorker() {
		return this.delegate.createWorker();
	}

	@Override
	public void dispose() {
		this.delegate.dispose();
	}

	/** Waits (in real time, for I/O) until a timer is scheduled, and returns its delay. */
	public Duration awaitTimer() throws InterruptedException {
		Duration delay = this.timers.poll(10, TimeUnit.SECONDS);
		assertThat(delay).as("a scheduled timer").isNotNull();
		return delay;
	}

	/** Waits for the next timer, checks its delay and advances virtual time past it. */
	public void expectWaitAndAdvance(Duration expected) throws InterruptedException {
		assertThat(awaitTimer()).isEqualTo(expected);
		advance(expected);
	}

	public void advance(Duration duration) {
		this.delegate.advanceTimeBy(duration);
	}

	public void advanceTo(Instant instant) {
		this.delegate.advanceTimeTo(instant);
	}

	public Duration elapsed() {
		return Duration.ofNanos(this.delegate.now(TimeUnit.NANOSECONDS));
	}

}
