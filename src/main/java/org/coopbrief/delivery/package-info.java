/**
 * Delivery by email: who receives which of a run's files (the {@code coopbrief.delivery} recipients),
 * the messages (subject, plain-text and HTML body in the recipient's language, the files attached,
 * split above the configured size), and the outbox that makes each message go out once
 * ({@link org.coopbrief.delivery.Outbox}). The pipeline runs its steps after the manifest; the
 * {@code deliver} command uses {@link org.coopbrief.delivery.Deliveries}.
 */
@NullMarked
package org.coopbrief.delivery;

import org.jspecify.annotations.NullMarked;
