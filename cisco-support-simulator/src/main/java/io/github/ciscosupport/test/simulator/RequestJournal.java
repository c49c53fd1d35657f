package io.github.ciscosupport.test.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every request the simulator received since it started or was last {@link CiscoSupportSimulator#reset()
 * reset}, in arrival order. A request is recorded before its response is written, so a test can
 * count calls as soon as its client returns. The journal keeps the most recent
 * {@link CiscoSupportSimulator.Builder#maxRecordedRequests(int) 100,000 requests} by default, so a
 * long-running simulator (the standalone jar, an application's embedded default) does not grow
 * without bound.
 * <pre class="code">
 * assertThat(sim.requests().tokenCalls()).isEqualTo(1);
 * assertThat(sim.requests().apiCalls(Api.EOX)).isEqualTo(3);
 * assertThat(sim.requests().inputsPerCall(Api.EOX)).allSatisfy((batch) -&gt; assertThat(batch).hasSizeLessThanOrEqualTo(20));
 * </pre>
 *
 * @author cisco-support-spring
 */
public final class RequestJournal {

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	private final int capacity;

	RequestJournal(int capacity) {
		this.capacity = capacity;
	}

	void record(RecordedRequest request) {
		synchronized (this.requests) {
			if (this.requests.size() == this.capacity) {
				this.requests.removeFirst();
			}
			this.requests.addLast(request);
		}
	}

	/**
	 * All recorded requests.
	 * @return a snapshot, oldest first
	 */
	public List<RecordedRequest> all() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	/**
	 * The calls to the token endpoint.
	 * @return a snapshot, oldest first
	 */
	public List<RecordedRequest> tokenRequests() {
		return all().stream().filter((request) -> request.kind() == RecordedRequest.Kind.TOKEN).toList();
	}

	/**
	 * How many calls the token endpoint received, successful or not.
	 * @return the count
	 */
	public int tokenCalls() {
		return tokenRequests().size();
	}

	/**
	 * The calls to any API.
	 * @return a snapshot, oldest first
	 */
	public List<RecordedRequest> apiRequests() {
		return all().stream().filter((request) -> request.kind() == RecordedRequest.Kind.API).toList();
	}

	/**
	 * The calls to one API.
	 * @param api the API
	 * @return a snapshot, oldest first
	 */
	public List<RecordedRequest> calls(Api api) {
		return all().stream().filter((request) -> request.api().orElse(null) == api).toList();
	}

	/**
	 * How many calls the APIs received, successful or not.
	 * @return the count
	 */
	public int apiCalls() {
		return apiRequests().size();
	}

	/**
	 * How many calls one API received, successful or not.
	 * @param api the API
	 * @return the count
	 */
	public int apiCalls(Api api) {
		return calls(api).size();
	}

	/**
	 * The inputs of each call to an API, for example to check batch sizes.
	 * @param api the API
	 * @return one list of inputs per call, oldest first
	 */
	public List<List<String>> inputsPerCall(Api api) {
		List<List<String>> result = new ArrayList<>();
		for (RecordedRequest request : calls(api)) {
			result.add(request.inputs());
		}
		return result;
	}

	/**
	 * Forgets every recorded request.
	 */
	public void clear() {
		synchronized (this.requests) {
			this.requests.clear();
		}
	}

	@Override
	public String toString() {
		return "RequestJournal[tokenCalls=" + tokenCalls() + ", apiCalls=" + apiCalls() + "]";
	}

}
