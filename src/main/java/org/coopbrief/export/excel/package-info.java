/** The analysts' Excel workbook (POI; streamed sheets), in English and, beside it, in Russian. */
@NullMarked
package org.coopbrief.export.excel;

import org.jspecify.annotations.NullMarked;
