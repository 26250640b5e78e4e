package org.coopbrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopbrief.EmbeddedPostgresServer;
import org.coopbrief.cli.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * coopbrief on a real PostgreSQL, as separate processes given nothing but {@code SPRING_DATASOURCE_URL},
 * user and password (each test a database of its own on the JVM's embedded server): the same run
 * writes byte-identical files on H2 and PostgreSQL, a run killed with SIGKILL is recovered and
 * continued to the same result, and of two triggers at once one runs and the other exits 3.
 */
class PostgresOperationsIT {

    /** Both languages as the series ({@code latest} follows it, and the snapshot reads it). */
    private static final Map<String, String> BOTH = Map.of("coopbrief.languages", "en,ru");
    /** Slow enough to be killed in the middle, or to overlap a second trigger. */
    private static final Map<String, String> VERY_SLOW = Map.of(
            "coopbrief.languages", "en,ru", "coopbrief.chunk-size", "5", "coopbrief.fault.chunk-delay-ms", "400");

    private static final String[] RUN = {"run", "--period", "2018"};

    @TempDir
    static Path shared;

    static Path input;
    /** Tables and outputs (SHA-256 of every file) of an uninterrupted run of {@link #RUN} on H2. */
    static OperationsIT.Snapshot onH2;

    @TempDir
    Path home;

    @BeforeAll
    static void theSameRunOnH2() throws Exception {
        input = OperationsIT.input(shared.resolve("input"));
        Coopbrief h2 = new Coopbrief(shared.resolve("h2"), input);
        assertThat(h2.run(BOTH, RUN).exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        onH2 = OperationsIT.snapshot(h2);
        assertThat(onH2.outputs())
                .containsKeys(
                        "rejects.csv",
                        "coopbrief-2018.xlsx",
                        "coopbrief-2018-ru.xlsx",
                        "coopbrief-briefing-2018-en.pdf",
                        "coopbrief-briefing-2018-ru.pdf");
    }

    private Coopbrief onPostgres() {
        return new Coopbrief(home, input, EmbeddedPostgresServer.newDatabase());
    }

    @Test
    void theSameRunOnPostgresqlWritesTheSameRowsAndByteIdenticalFilesAsOnH2() throws Exception {
        Coopbrief app = onPostgres();

        Coopbrief.Finished run = app.run(BOTH, RUN);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(run.output()).contains("each migration in its own transaction");
        assertThat(app.count("select count(*) from flyway_schema_history where version = '1'"))
                .as("the job repository from db/migration/postgresql")
                .isEqualTo(1);
        assertThat(OperationsIT.snapshot(app)).isEqualTo(onH2);
    }

    @Test
    void theBundledDataWritesByteIdenticalWorkbooksAndBriefingsOnH2AndPostgresql() throws Exception {
        Path bundled = Path.of("input").toAbsolutePath();
        Coopbrief h2 = new Coopbrief(home.resolve("h2"), bundled);
        Coopbrief pg = new Coopbrief(home.resolve("pg"), bundled, EmbeddedPostgresServer.newDatabase());
        Coopbrief.Finished onH2 = h2.run(BOTH, "run");
        Coopbrief.Finished onPg = pg.run(BOTH, "run");
        assertThat(onH2.exitCode()).as(onH2.output()).isEqualTo(ExitCode.OK);
        assertThat(onPg.exitCode()).as(onPg.output()).isEqualTo(ExitCode.OK);

        Map<String, String> h2Files = outputs(h2);
        assertThat(h2Files)
                .containsKeys("coopbrief-2020.xlsx", "coopbrief-2020-ru.xlsx", "coopbrief-briefing-2020-ru.pdf")
                .hasSizeGreaterThan(10); // partner briefings too
        assertThat(outputs(pg)).isEqualTo(h2Files);
    }

    /** Every output file of the period's latest run with its SHA-256, from its manifest. */
    private static Map<String, String> outputs(Coopbrief app) throws Exception {
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(app.reports().resolve("2020/latest/manifest.json").toFile());
        Map<String, String> outputs = new TreeMap<>();
        for (JsonNode out : manifest.get("outputs")) {
            outputs.put(out.get("file").asString(), out.get("sha256").asString());
        }
        return outputs;
    }

    @Test
    void aRunKilledWithSigkillOnPostgresqlIsRecoveredAndContinuedToTheSameResult() throws Exception {
        Coopbrief app = onPostgres();
        Coopbrief.Started started = app.start(VERY_SLOW, RUN);
        app.await(
                started,
                "select count(*) from batch_step_execution where step_name = 'load-figure' and commit_count >= 2",
                Duration.ofMinutes(3));

        started.process().destroyForcibly().waitFor();

        assertThat(app.count("select count(*) from batch_job_execution where status = 'STARTED'"))
                .isEqualTo(1);
        Coopbrief.Finished resumed = app.run(BOTH, RUN);
        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(resumed.output()).contains("Recovered execution");
        assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(2);
        OperationsIT.assertNothingLeftRunning(app);
        assertThat(OperationsIT.snapshot(app)).isEqualTo(onH2);
    }

    @Test
    void twoTriggersAtOnceOnPostgresqlRunExactlyOneAndTheOtherExits3TouchingNothing() throws Exception {
        Coopbrief app = onPostgres();
        app.run(Map.of(), "history"); // create the schema first, as an installed system has it
        Coopbrief.Started first = app.start(VERY_SLOW, RUN);
        Coopbrief.Started second = app.start(VERY_SLOW, RUN);

        List<Coopbrief.Finished> results = List.of(Coopbrief.finish(first), Coopbrief.finish(second));

        assertThat(results)
                .extracting(Coopbrief.Finished::exitCode)
                .containsExactlyInAnyOrder(ExitCode.COMPLETED_WITH_REJECTS, ExitCode.ALREADY_RUNNING);
        assertThat(results)
                .filteredOn(r -> r.exitCode() == ExitCode.ALREADY_RUNNING)
                .singleElement()
                .satisfies(r -> assertThat(r.output()).contains("another run is in progress", "nothing was started"));
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(1);
        assertThat(OperationsIT.runFolders(app.reports().resolve("2018"))).hasSize(1);
        assertThat(OperationsIT.snapshot(app)).isEqualTo(onH2);
    }
}
