package io.github.ciscosupport.test.simulator.data;

/**
 * The customer site a service contract covers. Synthetic: every name and address is made up.
 *
 * @param name the customer name
 * @param address the first address line
 * @param city the city
 * @param state the state or province code
 * @param country the ISO country code
 * @param postalCode the postal code
 * @author cisco-support-spring
 */
public record Customer(String name, String address, String city, String state, String country,
		String postalCode) {

}
