/** The PDF briefings (OpenPDF), overall and per partner, in each language. */
@NullMarked
package org.coopbrief.export.pdf;

import org.jspecify.annotations.NullMarked;
