package io.github.ciscosupport.sample;

/**
 * Told each time an API answers for one key of a report, so a long run can show how far it got.
 */
@FunctionalInterface
interface ProgressListener {

	ProgressListener NONE = (progress) -> {
	};

	void progress(ReportProgress progress);

}
