/**
 * One page walker for the five pagination shapes of the Cisco Support APIs: EoX
 * {@code PaginationResponseRecord}, snake-case {@code pagination_response_record} (SN2INFO,
 * Product Info, Bug, Case), camel-case {@code paginationResponseRecord} (Software Suggestion),
 * RMA {@code APIPagination} with string values, and PSIRT {@code paging}. Envelope records map
 * their block onto {@link io.github.ciscosupport.client.paging.PageInfo} and implement
 * {@link io.github.ciscosupport.client.paging.Paged}; {@link io.github.ciscosupport.client.paging.PageWalker}
 * streams the pages lazily.
 */
@NullMarked
package io.github.ciscosupport.client.paging;

import org.jspecify.annotations.NullMarked;
