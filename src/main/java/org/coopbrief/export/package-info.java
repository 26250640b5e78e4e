/** The reports: the analysts' workbook and the PDF briefings. They lay out the analysis's results and decide nothing analytic. */
@NullMarked
package org.coopbrief.export;

import org.jspecify.annotations.NullMarked;
