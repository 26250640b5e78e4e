package org.coopbrief.ingest;

import org.coopbrief.OnPostgres;

/** The ingest job's functional tests, on a real PostgreSQL. */
@OnPostgres
class IngestJobOnPostgresTest extends IngestJobTest {}
