/** The main job and its step order: the one class that knows how the features are put together. */
@NullMarked
package org.coopbrief.pipeline;

import org.jspecify.annotations.NullMarked;
