/** The domain values of the dataset (figures, targets, events, periods, units), the entity hierarchy, and the one reader of the published tables. */
@NullMarked
package org.coopbrief.dataset;

import org.jspecify.annotations.NullMarked;
