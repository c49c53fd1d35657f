package io.github.ciscosupport.sample.servlet;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * An HTTP interface of the application's own for a Cisco endpoint; in the HTTP service group
 * {@code cisco-support}, the starter backs it with the Cisco client.
 */
@HttpExchange(url = "/supporttools/eox/rest/5", accept = "application/json")
interface EoxHttp {

	@GetExchange("/EOXByProductID/1/{productId}")
	String byProductId(@PathVariable String productId);

}
