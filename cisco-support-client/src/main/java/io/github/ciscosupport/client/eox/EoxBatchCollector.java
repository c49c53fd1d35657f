package io.github.ciscosupport.client.eox;

import java.util.List;

import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.GroupedAnswer;
import io.github.ciscosupport.client.internal.batch.CiscoErrorCodes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Collects the pages of one EoX batch into a {@link BatchAnswer}: records are grouped by the
 * input(s) they name, errors attached to a record become that input's error, a top-level
 * {@code EOXError} becomes the error of the inputs it names or, naming none, of the whole
 * batch.
 */
final class EoxBatchCollector {

	private static final Log logger = LogFactory.getLog(EoxBatchCollector.class);

	private static final int HTTP_OK = 200;

	private final GroupedAnswer<EoxRecord> answer;

	private final EoxInputNaming naming;

	EoxBatchCollector(List<String> batch, EoxInputNaming naming) {
		this.answer = new GroupedAnswer<>(batch);
		this.naming = naming;
	}

	EoxBatchCollector add(EoxResponse page) {
		if (page.error() != null) {
			addError(page.error(), null);
		}
		for (EoxRecord record : page.records()) {
			if (record.error() != null) {
				addError(record.error(), record.inputValue());
			}
			else {
				addRecord(record);
			}
		}
		return this;
	}

	BatchAnswer<List<EoxRecord>> answer() {
		return this.answer.answer();
	}

	private void addRecord(EoxRecord record) {
		List<String> inputs = inputsNamedBy(record.inputValue());
		if (inputs.isEmpty()) {
			inputs = this.answer.inputsNamedBy(record.eolProductId());
		}
		if (!this.answer.item(inputs, record)) {
			logger.debug("Ignoring EoX record for " + record.eolProductId() + " naming no input of its batch: "
					+ record.inputValue());
		}
	}

	private void addError(EoxError error, @Nullable String recordInputValue) {
		CiscoErrorCodes.rejectAccessDenied(HTTP_OK, error.errorId(), error.description());
		List<String> inputs = inputsNamedBy(error.dataValue());
		if (inputs.isEmpty()) {
			inputs = inputsNamedBy(recordInputValue);
		}
		this.answer.error(inputs, error.toItemError());
	}

	private List<String> inputsNamedBy(@Nullable String echoed) {
		return this.naming.namesOrNone(echoed, this.answer.inputs())
			.stream()
			.flatMap((name) -> this.answer.inputsNamedBy(name).stream())
			.distinct()
			.toList();
	}

}
