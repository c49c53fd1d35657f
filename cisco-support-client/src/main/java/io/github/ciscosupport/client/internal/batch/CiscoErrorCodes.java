package io.github.ciscosupport.client.internal.batch;

import java.util.Set;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;

/**
 * What the in-body error codes of the Cisco Support APIs mean. One table for every API, so
 * that all clients classify alike.
 */
public final class CiscoErrorCodes {

	/** "Access denied" (EoX) and "not authorized" (SN2INFO, Product Info, Bug): never per input. */
	private static final Set<String> ACCESS_DENIED = Set.of("SSA_ERR_034", "SSA_ERR_036", "API_NOTAUTHORIZED");

	/** "There is no data for this input": a normal answer, not a failure. */
	private static final Set<String> NOT_FOUND = Set.of("SSA_ERR_015", "SSA_ERR_022", "SSA_ERR_023",
			"SSA_ERR_024", "SSA_ERR_026", "SSA_ERR_030", "NO_RECORDS_FOUND", "SVO_NO_RECORDS", "NO_DATA_FOUND");

	private static final Set<String> INVALID_INPUT = Set.of("SSA_ERR_010", "SSA_ERR_016", "SSA_ERR_032",
			"API_INVALID_INPUT");

	/** Software Suggestion prefixes its invalid-input codes ({@code S3_INV_BASEPID}, ...). */
	private static final String SOFTWARE_SUGGESTION_INVALID_PREFIX = "S3_INV_";

	private CiscoErrorCodes() {
	}

	/**
	 * Whether a code means the application may not use this API at all.
	 * @param code the Cisco error code, if any
	 * @return {@code true} for {@code SSA_ERR_034}, {@code SSA_ERR_036} and
	 * {@code API_NOTAUTHORIZED}
	 */
	public static boolean isAccessDenied(@Nullable String code) {
		return code != null && ACCESS_DENIED.contains(code.trim());
	}

	/**
	 * The kind of per-input error a code stands for.
	 * @param code the Cisco error code, if any
	 * @return {@code NOT_FOUND}, {@code INVALID_INPUT}, or {@code API_ERROR} for anything else
	 */
	public static ItemError.Kind kindOf(@Nullable String code) {
		if (code == null) {
			return ItemError.Kind.API_ERROR;
		}
		String trimmed = code.trim();
		if (NOT_FOUND.contains(trimmed)) {
			return ItemError.Kind.NOT_FOUND;
		}
		if (INVALID_INPUT.contains(trimmed) || trimmed.startsWith(SOFTWARE_SUGGESTION_INVALID_PREFIX)) {
			return ItemError.Kind.INVALID_INPUT;
		}
		return ItemError.Kind.API_ERROR;
	}

	/**
	 * Throws the typed authorization exception if the code means access denied.
	 * @param statusCode the HTTP status of the response that carried the code
	 * @param code the Cisco error code, if any
	 * @param description Cisco's description, if any
	 * @throws CiscoSupportAuthorizationException if {@link #isAccessDenied(String)}
	 */
	public static void rejectAccessDenied(int statusCode, @Nullable String code, @Nullable String description) {
		if (isAccessDenied(code)) {
			String reason = (description != null) ? " " + description.trim() : "";
			throw new CiscoSupportAuthorizationException(statusCode, code, "Cisco denied access to this API [" + code + "]"
					+ reason + " Check that the API is enabled for the application in the Cisco API Console.");
		}
	}

}
