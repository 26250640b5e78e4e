package org.coopbrief.analysis;

import org.coopbrief.OnPostgres;

/** The golden numbers of the comparisons, computed and stored on a real PostgreSQL. */
@OnPostgres
class GoldenNumbersOnPostgresTest extends GoldenNumbersTest {}
