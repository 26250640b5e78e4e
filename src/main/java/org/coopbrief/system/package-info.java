/** Settings, the job runner with its cross-process lock, history, the database hand-off and the version. */
@NullMarked
package org.coopbrief.system;

import org.jspecify.annotations.NullMarked;
