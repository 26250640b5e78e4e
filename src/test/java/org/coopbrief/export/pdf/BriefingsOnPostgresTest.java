package org.coopbrief.export.pdf;

import org.coopbrief.OnPostgres;

/** The briefings of a run on a real PostgreSQL, read back (pages, headings, numbers, Cyrillic). */
@OnPostgres
class BriefingsOnPostgresTest extends BriefingsTest {}
