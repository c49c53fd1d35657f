package io.github.ciscosupport.test.simulator.data;

import java.time.Instant;
import java.util.List;

/**
 * A TAC support case of the Case API.
 *
 * @param caseId the case ID
 * @param userId the user who opened the case
 * @param contactName the contact name
 * @param contactEmail the contact e-mail
 * @param title the title
 * @param severity the severity, 1 to 4
 * @param statusFlag {@code O} (open) or {@code C} (closed)
 * @param status the status, for example {@code Customer Pending}
 * @param creationDate the creation time
 * @param updatedDate the last update time
 * @param closeDate the close time, or {@code null} for an open case
 * @param serialNumber the serial number the case is about
 * @param contractId the contract number
 * @param technology the technology name
 * @param subTechnology the sub-technology name
 * @param ownerName the TAC engineer
 * @param ownerEmail the TAC engineer's e-mail
 * @param problemCode the problem code name
 * @param rmaNumbers the RMAs opened for the case
 * @param bugIds the bugs attached to the case
 * @param notes the case notes
 * @author cisco-support-spring
 */
public record SupportCase(String caseId, String userId, String contactName, String contactEmail, String title,
		int severity, String statusFlag, String status, Instant creationDate, Instant updatedDate, Instant closeDate,
		String serialNumber, String contractId, String technology, String subTechnology, String ownerName,
		String ownerEmail, String problemCode, List<String> rmaNumbers, List<String> bugIds, List<Note> notes) {

	/**
	 * A case note.
	 *
	 * @param detail the note text
	 * @param createdBy the author
	 * @param creationDate the creation time
	 */
	public record Note(String detail, String createdBy, Instant creationDate) {

	}

}
