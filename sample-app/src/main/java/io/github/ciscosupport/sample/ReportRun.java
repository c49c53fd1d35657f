package io.github.ciscosupport.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A report being made for the page: its progress as events, and a way to cancel it. A late
 * subscriber gets the latest event first, so the page misses nothing that matters.
 */
final class ReportRun {

	// The page redraws a few times a second at most; thousands of answers need not each be an event.
	private static final Duration EVENT_INTERVAL = Duration.ofMillis(200);

	private final String id;

	private final Clock clock;

	private final Instant started;

	private final Sinks.Many<RunEvent> events = Sinks.many().replay().latest();

	private @Nullable Instant lastProgress;

	private @Nullable ReportProgress progress;

	private boolean finished;

	private @Nullable Disposable subscription;

	ReportRun(String id, Clock clock) {
		this.id = id;
		this.clock = clock;
		this.started = clock.instant();
	}

	String id() {
		return this.id;
	}

	Flux<RunEvent> events() {
		return this.events.asFlux();
	}

	synchronized boolean isFinished() {
		return this.finished;
	}

	/** Starts the report; its result is handed to {@code done}. */
	void start(Mono<LifecycleReport> report, java.util.function.Function<LifecycleReport, LifecycleReport> done) {
		Disposable subscription = report.map(done).subscribe(this::done, this::failed);
		synchronized (this) {
			this.subscription = subscription;
		}
	}

	void progress(ReportProgress progress) {
		Instant now = this.clock.instant();
		synchronized (this) {
			this.progress = progress;
			boolean last = progress.answered() == progress.total();
			if (this.finished || (!last && this.lastProgress != null
					&& Duration.between(this.lastProgress, now).compareTo(EVENT_INTERVAL) < 0)) {
				return;
			}
			this.lastProgress = now;
			emit(event(RunEvent.PROGRESS, null, null, now));
		}
	}

	/** Stops the lookups: no further call leaves for this report. */
	boolean cancel() {
		Disposable subscription;
		synchronized (this) {
			if (this.finished) {
				return false;
			}
			finish(RunEvent.CANCELLED, null, null);
			subscription = this.subscription;
		}
		if (subscription != null) {
			subscription.dispose();
		}
		return true;
	}

	private synchronized void done(LifecycleReport report) {
		if (!this.finished) {
			finish(RunEvent.DONE, report.id(), null);
		}
	}

	private synchronized void failed(Throwable ex) {
		if (!this.finished) {
			finish(RunEvent.FAILED, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private void finish(String type, @Nullable String reportId, @Nullable String message) {
		this.finished = true;
		emit(event(type, reportId, message, this.clock.instant()));
		this.events.tryEmitComplete();
	}

	private RunEvent event(String type, @Nullable String reportId, @Nullable String message, Instant now) {
		Duration elapsed = Duration.between(this.started, now);
		ReportProgress progress = (this.progress != null) ? this.progress : new ReportProgress(List.of());
		Long remaining = RunEvent.PROGRESS.equals(type)
				? progress.remaining(elapsed).map(Duration::toSeconds).orElse(null) : null;
		return new RunEvent(type, progress.answered(), progress.total(), progress.apis(), elapsed.toSeconds(),
				remaining, reportId, message);
	}

	private void emit(RunEvent event) {
		// Callers hold the lock, so emissions never overlap.
		this.events.tryEmitNext(event);
	}

}
