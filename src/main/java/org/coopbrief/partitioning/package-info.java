/**
 * Remote partitioning ({@code coopbrief.partitioning=remote}): the manager sends the partner briefings'
 * partitions over a JMS queue of an ActiveMQ Artemis broker to {@code coopbrief worker} processes, which
 * share its PostgreSQL job repository and reports folder, and waits for them in the job repository.
 * In local mode (the default) nothing here is active and no broker is needed.
 */
@NullMarked
package org.coopbrief.partitioning;

import org.jspecify.annotations.NullMarked;
