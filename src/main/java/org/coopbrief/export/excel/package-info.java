/** The analysts' Excel workbook (POI; streamed sheets). */
@NullMarked
package org.coopbrief.export.excel;

import org.jspecify.annotations.NullMarked;
