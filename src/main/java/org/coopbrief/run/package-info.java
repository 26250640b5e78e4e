/** What identifies a run (RunParameters, ReportSelection, the selection rule), its report folder and its log: the low package every step may use. */
@NullMarked
package org.coopbrief.run;

import org.jspecify.annotations.NullMarked;
