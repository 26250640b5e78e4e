/** The long-lived scheduler of named cron schedules. */
@NullMarked
package org.coopbrief.schedule;

import org.jspecify.annotations.NullMarked;
