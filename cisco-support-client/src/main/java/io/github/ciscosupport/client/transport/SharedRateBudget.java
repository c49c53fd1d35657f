package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * A rate budget kept outside the process, so that every instance of an application that calls
 * Cisco with the same client id takes its permits from it (a Redis store, for example). A
 * {@link RequestRateLimiter} created with one asks it for every request; when it fails or does not
 * answer in time, the limiter paces with its local limits instead.
 * <p>
 * A budget is a set of named token buckets. Each bucket is described by its {@link Refill refills}
 * and a version: the stored description is replaced when a caller brings a higher version, which is
 * how an adaptive rate learned by one instance reaches the others.
 */
public interface SharedRateBudget {

	/**
	 * Takes one permit of every given bucket, queued behind the permits that any instance took
	 * before, as a reservation: the caller may send once the emitted wait has passed. A caller that
	 * gives up later hands the permit back with {@link #giveBack}; if the returned {@code Mono} is
	 * cancelled before it emits, the implementation gives back whatever permit it still takes.
	 * @param buckets the buckets to take a permit of, with the description to create or replace
	 * them with
	 * @return the reservation
	 */
	Mono<Reservation> reserve(List<Bucket> buckets);

	/**
	 * Gives back the permits of a reservation whose caller was cancelled before its turn, so that
	 * later callers move up.
	 * @param buckets the buckets of the reservation
	 * @return completes once given back
	 */
	Mono<Void> giveBack(List<Bucket> buckets);

	/**
	 * A token bucket of the budget.
	 *
	 * @param name the bucket's name, unique within the budget
	 * @param refills what the bucket allows; a permit needs a token of every refill
	 * @param version the description's version: a stored description with a lower version is
	 * replaced by this one, a higher one is kept
	 */
	record Bucket(String name, List<Refill> refills, long version) {

		public Bucket {
			Assert.hasText(name, "name must not be empty");
			Assert.notEmpty(refills, "refills must not be empty");
			refills = List.copyOf(refills);
		}

	}

	/**
	 * One limit of a bucket: up to {@code capacity} tokens, one more every {@code interval}.
	 *
	 * @param capacity the most tokens that can be spent at once, at least 1
	 * @param interval how often a token is added, positive
	 */
	record Refill(int capacity, Duration interval) {

		public Refill {
			Assert.isTrue(capacity >= 1, "capacity must be at least 1");
			Assert.isTrue(interval != null && !interval.isNegative() && !interval.isZero(),
					"interval must be positive");
		}

	}

	/**
	 * A permit taken.
	 *
	 * @param delay how long the caller must wait before sending
	 * @param stored the description of each bucket as stored after the reservation, by name: it
	 * may be newer than the caller's
	 */
	record Reservation(Duration delay, Map<String, Bucket> stored) {

		public Reservation {
			Assert.notNull(delay, "delay must not be null");
			stored = Map.copyOf(stored);
		}

	}

}
