package io.github.ciscosupport.sample;

/**
 * An inventory that cannot be used at all: not text, no serial number column, or no row that
 * looks like a device. Its message is one sentence for the person who gave the inventory; the
 * command line prints it as is, the REST API answers it with HTTP 400.
 */
class InventoryException extends RuntimeException {

	InventoryException(String message) {
		super(message);
	}

}
