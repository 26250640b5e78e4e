/** Languages, message bundles and number formats. */
@NullMarked
package org.coopbrief.localisation;

import org.jspecify.annotations.NullMarked;
