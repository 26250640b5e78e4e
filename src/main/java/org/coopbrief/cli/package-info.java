/** The command line: picocli commands, one launcher for context start, signals and exit codes. */
@NullMarked
package org.coopbrief.cli;

import org.jspecify.annotations.NullMarked;
