package org.coopbrief.export.excel;

import org.coopbrief.OnPostgres;

/** The workbook of a run on a real PostgreSQL, read back with its golden numbers. */
@OnPostgres
class WorkbookGoldenNumbersOnPostgresTest extends WorkbookGoldenNumbersTest {}
