package io.github.ciscosupport.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item 4: 100,000 EoX records (100 pages of 1000, about 110 MB of JSON) walked page by page in a
 * JVM with {@code -Xmx64m}. The baseline is the same walk of a single page: if the walk streams,
 * 100 pages peak no higher than one.
 */
final class StreamingBench {

	private static final List<String> JVM = List.of("-Xmx64m");

	private static final int PAGES = 100;

	private static final int ROUNDS = 5;

	private static final int BASELINE_ROUNDS = 3;

	private static final double MB = 1024 * 1024;

	private final StubServer stub;

	StreamingBench(StubServer stub) {
		this.stub = stub;
	}

	List<Row> run() throws IOException, InterruptedException {
		this.stub.tokenLatency(Duration.ZERO);
		this.stub.tokenLifetimeSeconds(3600);
		// The one-page baseline is steady: fewer runs of it keep the item short.
		List<Double> onePageLive = new ArrayList<>();
		for (int round = 0; round < BASELINE_ROUNDS; round++) {
			onePageLive.add(Double.parseDouble(walk(1).get("peakLiveBytes")));
		}
		double baseline = Summary.of(onePageLive).median();
		int completed = 0;
		List<Double> peakUsed = new ArrayList<>();
		List<Double> peakLive = new ArrayList<>();
		List<Double> liveRatio = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Map<String, String> walk = walk(PAGES);
			if (Long.parseLong(walk.get("records")) == (long) PAGES * EoxJson.PAGE_SIZE) {
				completed++;
			}
			double live = Double.parseDouble(walk.get("peakLiveBytes"));
			peakUsed.add(Long.parseLong(walk.get("peakUsedBytes")) / MB);
			peakLive.add(live / MB);
			liveRatio.add(live / baseline);
		}
		String setting = "100,000 records, 100 pages, -Xmx64m";
		return List.of(
				new Row("4", "Walks completed (" + setting + ")", completed + " of " + ROUNDS, "all",
						Row.met(completed == ROUNDS)),
				new Row("4", "Peak heap in use, MB, garbage included (" + setting + ")", Summary.of(peakUsed).format(1),
						"report", ""),
				new Row("4", "Peak heap live after GC, MB (" + setting + ")", Summary.of(peakLive).format(1), "report",
						""),
				new Row("4", "Peak live heap, 100 pages ÷ median of 3 one-page walks (same JVM settings)", Summary.of(liveRatio).format(2),
						"report (≈ 1: streams)", ""));
	}

	private Map<String, String> walk(int pages) throws IOException, InterruptedException {
		this.stub.byDatesPages(pages);
		return ChildJvm.run(StreamingWalk.class, JVM, (entry) -> true, this.stub.baseUrl(),
				this.stub.tokenUri("streaming").toString());
	}

}
