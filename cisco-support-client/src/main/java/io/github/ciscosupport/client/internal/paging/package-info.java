/**
 * One page walker for the five pagination shapes of the Cisco Support APIs: EoX
 * {@code PaginationResponseRecord}, snake-case {@code pagination_response_record} (SN2INFO,
 * Product Info, Bug, Case), camel-case {@code paginationResponseRecord} (Software Suggestion),
 * RMA {@code APIPagination} with string values, and PSIRT {@code paging}. Envelope records map
 * their block onto {@link io.github.ciscosupport.client.internal.paging.PageInfo} and implement
 * {@link io.github.ciscosupport.client.internal.paging.Paged}; {@link io.github.ciscosupport.client.internal.paging.PageWalker}
 * streams the pages lazily.
 * <p>
 * Not an API: it may change in any release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.paging;

import org.jspecify.annotations.NullMarked;
