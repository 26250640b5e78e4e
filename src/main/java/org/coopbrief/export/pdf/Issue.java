package org.coopbrief.export.pdf;

import java.time.LocalDate;

/**
 * Who issues a briefing, under which reference, on which day: on the overall briefing's cover,
 * in the partner briefings' header, and the reference in every page's footer.
 *
 * @param dateOfIssue the day the run started (a restart keeps it), not the data's as-of date
 */
record Issue(String issuingBody, String reference, LocalDate dateOfIssue) {}
