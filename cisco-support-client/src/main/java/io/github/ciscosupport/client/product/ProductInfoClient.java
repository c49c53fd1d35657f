package io.github.ciscosupport.client.product;

import java.util.Arrays;
import java.util.List;

import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.ItemIdentity;
import io.github.ciscosupport.client.internal.batch.ItemLookup;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;

/**
 * Client for the Cisco Product Information API v1: product information by serial number or
 * product ID, and MDF names by product ID.
 * <p>
 * Every lookup takes any number of inputs, sends them 5 at a time (walking every page; Cisco's
 * all-zero pagination ends a walk after the first page) and returns one {@link ItemResult} per
 * input, in input order. A miss, which Cisco answers with an item carrying only an
 * {@code ErrorResponse} ({@code NO_RECORDS_FOUND}), is answered {@code NOT_FOUND};
 * {@code API_NOTAUTHORIZED} fails the lookup with
 * {@link io.github.ciscosupport.client.CiscoSupportAuthorizationException}. Blocking code calls
 * {@code collectList().block()}.
 */
public class ProductInfoClient {

	static final String BASE_PATH = "/product/v1/information";

	/** Product Info accepts up to 5 serial numbers or product IDs a call. */
	static final int MAX_INPUTS_PER_CALL = 5;

	private static final String PAGED = "?page_index={page}";

	private static final ParameterizedTypeReference<ProductInfoResponse<ProductInfo>> PRODUCTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ProductInfoResponse<ProductMdfInfo>> MDF = new ParameterizedTypeReference<>() {
	};

	private static final ItemIdentity<ProductInfo> PRODUCT_IDENTITY = ItemIdentity.of((product) -> Arrays
		.asList(product.serialNumber(), product.productId(), product.orderableProductId(), product.baseProductId()),
			ProductInfo::errorResponse);

	private static final ItemIdentity<ProductMdfInfo> MDF_IDENTITY = ItemIdentity
		.of((mdf) -> Arrays.asList(mdf.productId()), ProductMdfInfo::errorResponse);

	private final ItemLookup itemLookup;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code productInfo()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public ProductInfoClient(ClientContext context) {
		this.itemLookup = new ItemLookup(context, "product");
	}

	/**
	 * Looks up the product information of serial numbers ({@code serial_numbers}).
	 * <pre class="code">
	 * productInfo.bySerialNumbers(List.of("FTX1910100B"))
	 *     .subscribe((result) -&gt; System.out.println(result.input() + " is a "
	 *             + result.valueOrThrow().productName()));
	 * </pre>
	 * @param serialNumbers the serial numbers, any number, duplicates allowed
	 * @return one result per serial number, in input order
	 * @throws IllegalArgumentException if a serial number is null or blank
	 */
	public Flux<ItemResult<String, ProductInfo>> bySerialNumbers(List<String> serialNumbers) {
		return lookUp(serialNumbers, "/serial_numbers/", PRODUCTS, PRODUCT_IDENTITY);
	}

	/**
	 * Looks up the product information of product IDs ({@code product_ids}); a {@code /} in a
	 * product ID is sent encoded.
	 * <pre class="code">
	 * Map&lt;String, String&gt; series = productInfo.byProductIds(productIds)
	 *     .filter(ItemResult::isSuccess)
	 *     .collectMap(ItemResult::input, (result) -&gt; result.value().productSeries())
	 *     .block();
	 * </pre>
	 * @param productIds the product IDs, any number, duplicates allowed
	 * @return one result per product ID, in input order
	 * @throws IllegalArgumentException if a product ID is null or blank
	 */
	public Flux<ItemResult<String, ProductInfo>> byProductIds(List<String> productIds) {
		return lookUp(productIds, "/product_ids/", PRODUCTS, PRODUCT_IDENTITY);
	}

	/**
	 * Looks up the MDF names of product IDs ({@code product_ids_mdf}).
	 * <pre class="code">
	 * productInfo.mdfByProductIds(List.of("WS-C3560-48PS-S"))
	 *     .subscribe((result) -&gt; System.out.println(result.valueOrThrow().productNameMdf()));
	 * </pre>
	 * @param productIds the product IDs, any number, duplicates allowed
	 * @return one result per product ID, in input order
	 * @throws IllegalArgumentException if a product ID is null or blank
	 */
	public Flux<ItemResult<String, ProductMdfInfo>> mdfByProductIds(List<String> productIds) {
		return lookUp(productIds, "/product_ids_mdf/", MDF, MDF_IDENTITY);
	}

	private <T> Flux<ItemResult<String, T>> lookUp(List<String> inputs, String path,
			ParameterizedTypeReference<ProductInfoResponse<T>> responseType, ItemIdentity<T> identity) {
		return this.itemLookup.lookUp(inputs, MAX_INPUTS_PER_CALL, BASE_PATH + path, PAGED, responseType,
				ProductInfoResponse::items, identity);
	}

}
