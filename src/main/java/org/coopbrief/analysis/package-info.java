/** The comparisons: pure calculators (no Spring) over the published dataset, the analysis step that stores their results, and AnalysisResults, the exports' read API. */
@NullMarked
package org.coopbrief.analysis;

import org.jspecify.annotations.NullMarked;
