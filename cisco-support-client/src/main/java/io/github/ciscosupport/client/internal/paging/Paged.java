package io.github.ciscosupport.client.internal.paging;

import org.jspecify.annotations.Nullable;

/**
 * A response page: an envelope record that carries a pagination block.
 */
public interface Paged {

	/**
	 * The pagination block of this page.
	 * @return the block, or {@code null} when the response has none (which ends a walk)
	 */
	@Nullable PageInfo pagination();

}
