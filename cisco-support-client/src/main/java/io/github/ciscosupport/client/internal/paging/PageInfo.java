package io.github.ciscosupport.client.internal.paging;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A pagination block of any of the five shapes, read by one type: the field names of every
 * casing are aliases, string values ({@code "1"}, as RMA sends them) read as numbers, and
 * absent values read as 0. Envelope records declare the block under the API's own name, for
 * instance {@code @JsonProperty("PaginationResponseRecord") PageInfo pagination}.
 *
 * @param pageIndex the index of this page (1-based; 0 in Product Info's all-zero blocks)
 * @param lastIndex the index of the last page (0 when the result is empty, and in all-zero
 * blocks)
 * @param totalRecords the number of records of all pages
 * @param pageRecords the number of records on this page
 * @param next PSIRT only: the link to the next page, {@code "NA"} on the last
 * @param previous PSIRT only: the link to the previous page, {@code "NA"} on the first
 * @param count PSIRT only: the number of records of all pages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageInfo(int pageIndex, int lastIndex, long totalRecords, int pageRecords, @Nullable String next,
		@Nullable String previous, long count) {

	private static final String NO_LINK = "NA";

	@JsonCreator
	static PageInfo of(@JsonProperty("pageIndex") @JsonAlias({ "PageIndex", "page_index" }) @Nullable Integer pageIndex,
			@JsonProperty("lastIndex") @JsonAlias({ "LastIndex", "last_index" }) @Nullable Integer lastIndex,
			@JsonProperty("totalRecords") @JsonAlias({ "TotalRecords", "total_records" }) @Nullable Long totalRecords,
			@JsonProperty("pageRecords") @JsonAlias({ "PageRecords", "page_records" }) @Nullable Integer pageRecords,
			@JsonProperty("next") @Nullable String next, @JsonProperty("prev") @Nullable String previous,
			@JsonProperty("count") @Nullable Long count) {
		return new PageInfo(orZero(pageIndex), orZero(lastIndex), orZero(totalRecords), orZero(pageRecords), next,
				previous, orZero(count));
	}

	/**
	 * Whether another page follows the given one. PSIRT blocks tell by their {@code next}
	 * link; the others by {@code lastIndex}, so the quirks (all-zero block on success,
	 * {@code last_index} 0 on an empty result) simply end the walk. The page number is the one
	 * requested, because the block's own {@code pageIndex} may be 0.
	 * @param page the 1-based number of the page this block came with
	 * @return {@code true} if page {@code page + 1} exists
	 */
	public boolean hasPageAfter(int page) {
		if (this.next != null || this.previous != null) {
			return this.next != null && !this.next.isBlank() && !NO_LINK.equals(this.next.trim().toUpperCase(Locale.ROOT));
		}
		return this.lastIndex > page;
	}

	private static int orZero(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static long orZero(@Nullable Long value) {
		return (value != null) ? value : 0L;
	}

}
