package io.github.ciscosupport.client.internal.batch;

import java.util.List;

import io.github.ciscosupport.client.ItemError;

/**
 * A decoded Cisco response body that can carry errors at its top level, in an HTTP 200 as well
 * as in the 400 and 403 responses whose body names the problem.
 */
public interface ApiResponseBody {

	/**
	 * The errors reported at the top level of the body, not those attached to single items.
	 * @return the errors, empty if there are none
	 */
	List<ItemError> topLevelErrors();

}
