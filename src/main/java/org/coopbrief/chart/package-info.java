/** Chart building (series, bars, target paths) separate from rendering (vector PDF, PNG). */
@NullMarked
package org.coopbrief.chart;

import org.jspecify.annotations.NullMarked;
