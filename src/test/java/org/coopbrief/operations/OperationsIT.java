package org.coopbrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coopbrief.cli.ExitCode;
import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unattended operation, with coopbrief started as separate processes the way cron starts it:
 * run identity, restart after a failure or a SIGKILL, the concurrency guard, graceful SIGTERM,
 * and files that appear only complete.
 */
class OperationsIT {

    private static final Map<String, String> NONE = Map.of();
    /** Small chunks that take a while, so a run can be caught in the middle of load-figure. */
    private static final Map<String, String> SLOW =
            Map.of("coopbrief.chunk-size", "10", "coopbrief.fault.chunk-delay-ms", "150");

    @TempDir
    static Path shared;

    static Path input;
    /** Table counts and outputs of an uninterrupted run, to compare interrupted ones with. */
    static Snapshot reference;
    /** The schema of a database built by an uninterrupted start. */
    static List<String> referenceSchema;
    /** The steps of an uninterrupted run, in the order they ran. */
    static List<String> referenceSteps;

    @TempDir
    Path home;

    record Snapshot(Map<String, Long> tables, Map<String, String> outputs) {}

    @BeforeAll
    static void uninterruptedReference() throws Exception {
        input = input(shared.resolve("input"));
        Coopbrief app = new Coopbrief(shared.resolve("reference"), input);
        assertThat(app.run(NONE, "run", "--period", "2018").exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        reference = snapshot(app);
        referenceSchema = app.schema();
        // the job's own steps: a partition of the partner briefings runs after its manager has started, so a
        // kill in the manager (after its work) leaves none of them to kill afterwards
        referenceSteps = app.column("select step_name from batch_step_execution where step_name not like '%:%'"
                + " order by step_execution_id");
        // positive control: equal to the reference means equal tables and outputs, not two empty snapshots
        assertThat(reference.tables().get("figure")).isPositive();
        assertThat(reference.outputs()).containsKeys("rejects.csv", "coopbrief-2018.xlsx", "input figures.csv rows");
    }

    /** The test fixture with one rejected row and 40 more events and figures, so that runs take a while. */
    static Path input(Path dir) throws IOException {
        Path input = TestInputs.copyFixture(dir);
        // one rejected row, so the reject report has content to compare
        TestInputs.appendLine(
                input.resolve("figures.csv"), "F0100,BY,AF,exports,goods,,,2019,1x,USD_M,,,,,,,,B1:520,,,");
        for (int i = 0; i < 40; i++) {
            TestInputs.appendLine(
                    input.resolve("events.csv"),
                    String.format(
                            "E%04d,2019-%02d,forum,BY;AF,,,Forum %3$d,Форум %3$d,,B1:1,,", 200 + i, i % 12 + 1, i));
            TestInputs.appendLine(
                    input.resolve("figures.csv"),
                    String.format("F%04d,BY,AF,exports,goods,,,%d,%d.5,USD_M,,,,,,,,B1:520,,,", 200 + i, 1960 + i, i));
        }
        return input;
    }

    static Snapshot snapshot(Coopbrief app) throws Exception {
        return snapshot(app, "2018");
    }

    /** The row counts of the dataset's and the analysis' tables, and the latest run of the period's outputs. */
    static Snapshot snapshot(Coopbrief app, String period) throws Exception {
        Map<String, Long> tables = new TreeMap<>();
        for (String t : List.of(
                "entity",
                "source",
                "exchange_rate",
                "figure",
                "target",
                "event",
                "stg_figure",
                "stg_event",
                "ingest_reject",
                "analysis_run",
                "analysis_comparison",
                "analysis_flow",
                "analysis_growth",
                "analysis_target",
                "analysis_finding")) {
            tables.put(t, app.count("select count(*) from " + t));
        }
        Path latest = app.reports().resolve(period + "/latest");
        Map<String, String> outputs = new TreeMap<>();
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(latest.resolve("manifest.json").toFile());
        for (JsonNode out : manifest.get("outputs")) {
            outputs.put(out.get("file").asString(), out.get("sha256").asString());
        }
        for (JsonNode in : manifest.get("inputs")) {
            outputs.put(
                    "input " + Path.of(in.get("file").asString()).getFileName() + " rows",
                    in.get("rows").asString() + "/" + in.get("loaded").asString() + "/"
                            + in.get("rejected").asString());
        }
        return new Snapshot(tables, outputs);
    }

    static List<Path> runFolders(Path periodDir) throws IOException {
        try (Stream<Path> s = Files.list(periodDir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theSameParametersTwiceMakeOneRunAndOneSetOfOutputs() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        assertThat(app.run(NONE, "run", "--period", "2018").exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);

        Coopbrief.Finished again = app.run(NONE, "run", "--period", "2018");

        assertThat(again.exitCode()).isEqualTo(ExitCode.NOTHING_TO_DO);
        assertThat(again.output()).contains("already complete: the run for period 2018", "revision 0", "add --rerun");
        assertThat(app.count("select count(*) from batch_job_instance where job_name = 'coopbrief'"))
                .isEqualTo(1);
        assertThat(runFolders(app.reports().resolve("2018"))).hasSize(1);
        assertThat(snapshot(app)).isEqualTo(reference);

        Coopbrief.Finished rerun = app.run(NONE, "run", "--period", "2018", "--rerun");
        assertThat(rerun.exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_instance where job_name = 'coopbrief'"))
                .isEqualTo(2);
        List<Path> folders = runFolders(app.reports().resolve("2018"));
        assertThat(folders).hasSize(2);
        assertThat(Files.readSymbolicLink(app.reports().resolve("2018/latest")))
                .isEqualTo(folders.get(1).getFileName());
    }

    @Test
    void aRunThatFailsAtChunkNContinuesFromThereToTheSameResult() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Coopbrief.Finished failed = app.run(
                Map.of(
                        "coopbrief.chunk-size",
                        "10",
                        "coopbrief.fault.fail-step",
                        "load-figure",
                        "coopbrief.fault.fail-after-chunks",
                        "2"),
                "run",
                "--period",
                "2018");
        assertThat(failed.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(failed.output()).contains("fault injected", "coopbrief restart");
        assertThat(app.count("select count(*) from stg_figure") + app.count("select count(*) from ingest_reject"))
                .as("two chunks of 10 committed: staged or rejected")
                .isEqualTo(20);
        assertThat(Files.exists(app.reports().resolve("2018/latest"))).isFalse();

        // the same command again continues the failed run
        Coopbrief.Finished resumed = app.run(Map.of("coopbrief.chunk-size", "10"), "run", "--period", "2018");

        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
        assertThat(
                        app.count(
                                "select read_count from batch_step_execution where step_name = 'load-figure' and status = 'COMPLETED'"))
                .as("the restarted step read only what was left after the committed chunks")
                .isEqualTo(47 - 20);
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    @Test
    void aRunKilledWithSigkillIsRecoveredAndContinuedToTheSameResult() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        // slow enough that a `history` started meanwhile surely finds it going; it is killed right after
        Map<String, String> verySlow = Map.of("coopbrief.chunk-size", "5", "coopbrief.fault.chunk-delay-ms", "400");
        Coopbrief.Started started = app.start(verySlow, "run", "--period", "2018");
        app.await(
                started,
                "select count(*) from batch_step_execution where step_name = 'load-figure' and commit_count >= 2",
                Duration.ofMinutes(3));

        Coopbrief.Finished whileRunning = app.run(NONE, "history");
        assertThat(whileRunning.output())
                .as("a run that is really going is left alone")
                .contains(" STARTED ")
                .doesNotContain("Recovered");

        started.process().destroyForcibly().waitFor();

        assertThat(app.count("select count(*) from batch_job_execution where status = 'STARTED'"))
                .isEqualTo(1);
        Coopbrief.Finished history = app.run(NONE, "history");
        assertThat(history.output())
                .as("any start recovers what a killed process left running")
                .contains("Recovered execution", " FAILED ")
                .doesNotContain(" STARTED ", " STOPPING ");
        Coopbrief.Finished resumed = app.run(Map.of("coopbrief.chunk-size", "10"), "run", "--period", "2018");
        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(2);
        assertNothingLeftRunning(app);
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    @Test
    void aRunKilledAgainWhileContinuingLeavesNoExecutionRunningOnceTheNextStartRecovered() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        // slow, and waiting for conditions that stay true, so that no poll can miss the moment
        Map<String, String> verySlow = Map.of("coopbrief.chunk-size", "5", "coopbrief.fault.chunk-delay-ms", "400");
        for (String step : List.of("load-figure", "load-event")) {
            Coopbrief.Started started = app.start(verySlow, "run", "--period", "2018");
            app.await(
                    started,
                    "select count(*) from batch_step_execution where step_name = '" + step + "' and commit_count >= 1"
                            + " and job_execution_id = (select max(job_execution_id) from batch_job_execution)",
                    Duration.ofMinutes(3));
            started.process().destroyForcibly().waitFor();
        }

        Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");

        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(3);
        assertNothingLeftRunning(app);
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    @Test
    void aKillInEachStepInTurnIsRecoveredAndTheRunEndsAsIfUninterrupted() throws Exception {
        assertThat(referenceSteps)
                .as("positive control: every stage of the job is among the kill points")
                .contains(
                        "reset-staging",
                        "load-figure",
                        "analyse",
                        "write-workbook",
                        "write-partner-briefings",
                        "write-overall-briefing",
                        "write-manifest")
                .doesNotHaveDuplicates();
        Coopbrief app = new Coopbrief(home, input);
        // a chain: each start recovers the run the previous one left STARTED, redoes the step killed
        // after its work but before its end was recorded, and is itself killed in the next step
        for (String step : referenceSteps) {
            Coopbrief.Finished killed =
                    app.run(Map.of("coopbrief.fault.halt-in-step", step), "run", "--period", "2018");

            assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
            assertThat(killed.output()).contains("halting in step " + step + " after its work");
            assertThat(app.count("select count(*) from batch_job_execution where status = 'STARTED'"))
                    .as("killed in " + step + ": left STARTED for the next start to recover")
                    .isEqualTo(1);
        }

        Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");

        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(referenceSteps.size() + 1);
        assertNothingLeftRunning(app);
        assertThat(snapshot(app))
                .as("tables (so no duplicate rows) and outputs")
                .isEqualTo(reference);
        try (Stream<Path> files = Files.walk(app.reports())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    static void assertNothingLeftRunning(Coopbrief app) throws Exception {
        assertThat(app.count(
                        "select count(*) from batch_job_execution where status in ('STARTING', 'STARTED', 'STOPPING')"))
                .isZero();
        assertThat(
                        app.count(
                                "select count(*) from batch_step_execution where status in ('STARTING', 'STARTED', 'STOPPING')"))
                .isZero();
    }

    @Test
    void sigtermStopsARunGracefullyAndItCanBeRestarted() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Coopbrief.Started started = app.start(SLOW, "run", "--period", "2018");
        app.await(
                started,
                "select count(*) from batch_step_execution where step_name = 'load-figure' and commit_count >= 1",
                Duration.ofMinutes(3));

        started.process().destroy(); // SIGTERM
        Coopbrief.Finished stopped = Coopbrief.finish(started);

        assertThat(stopped.exitCode()).as(stopped.output()).isEqualTo(ExitCode.STOPPED);
        assertThat(stopped.output()).contains("SIGTERM received", "STOPPED");
        assertThat(app.count("select count(*) from batch_job_execution where status = 'STOPPED'"))
                .isEqualTo(1);
        Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");
        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    /** Chunks of 2 rows that take a second each: load-figure (47 rows) takes more than 20 s. */
    private static final Map<String, String> SLOW_CHUNKS =
            Map.of("coopbrief.chunk-size", "2", "coopbrief.fault.chunk-delay-ms", "1000");

    private static final Pattern LOAD_FIGURE_PROGRESS = Pattern.compile(
            "(?m)^(\\d\\d):(\\d\\d):(\\d\\d) INFO  Progress - load-figure (\\d+)/(\\d+) rows, [\\d.,]+/s, \\d+:\\d\\d left$");

    @Test
    void offATerminalALongStepLogsDoneTotalRateAndTimeLeftEveryTenSecondsAndAQuickStepNothing() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Coopbrief.Finished run = app.run(SLOW_CHUNKS, "run", "--period", "2018");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        long rows = Files.readAllLines(input.resolve("figures.csv")).size() - 1;
        List<MatchResult> lines =
                LOAD_FIGURE_PROGRESS.matcher(run.output()).results().toList();
        assertThat(lines).as(run.output()).hasSizeGreaterThanOrEqualTo(2);
        long before = 0;
        int at = -1;
        for (MatchResult line : lines) {
            long done = Long.parseLong(line.group(4));
            assertThat(Long.parseLong(line.group(5))).isEqualTo(rows);
            assertThat(done).isGreaterThan(before).isLessThan(rows);
            before = done;
            int seconds = Integer.parseInt(line.group(1)) * 3600
                    + Integer.parseInt(line.group(2)) * 60
                    + Integer.parseInt(line.group(3));
            if (at >= 0) {
                // one line every 10 s (the clock prints whole seconds; past midnight the day wraps)
                assertThat(Math.floorMod(seconds - at, 86_400)).isBetween(9, 11);
            }
            at = seconds;
        }
        // the quick steps (the analysis, the workbook, the manifest) take less than 10 s: no line for them
        assertThat(run.output())
                .doesNotContain("Progress - analyse", "Progress - write-workbook", "Progress - write-manifest");
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    @Test
    void quietShowsNoProgressForAStepLongEnoughToShowIt() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Map<String, String> slowAnalysis =
                Map.of("coopbrief.fault.delay-in-step", "analyse", "coopbrief.fault.delay-in-step-ms", "11000");

        Coopbrief.Finished quiet = app.run(slowAnalysis, "run", "--period", "2018", "--quiet");
        Coopbrief.Finished shown = app.run(slowAnalysis, "run", "--period", "2018", "--rerun");

        assertThat(quiet.exitCode()).as(quiet.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(quiet.output()).containsPattern("step analyse +COMPLETED .* 1\\d\\.\\d\\d s");
        assertThat(quiet.output()).doesNotContain("Progress -");
        // positive control: the same held step without --quiet shows that it is going
        assertThat(shown.exitCode()).as(shown.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(shown.output()).contains("Progress - analyse running, 0:10 so far");
    }

    @Test
    void twoTriggersAtOnceRunExactlyOneAndTheOtherExits3TouchingNothing() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        app.run(NONE, "history"); // create the database first, as an installed system has it
        // slow enough (about 10 s) that both triggers surely overlap, whatever the start-up times
        Map<String, String> verySlow = Map.of("coopbrief.chunk-size", "5", "coopbrief.fault.chunk-delay-ms", "400");
        Coopbrief.Started first = app.start(verySlow, "run", "--period", "2018");
        Coopbrief.Started second = app.start(verySlow, "run", "--period", "2018");

        List<Coopbrief.Finished> results = List.of(Coopbrief.finish(first), Coopbrief.finish(second));

        assertThat(results)
                .extracting(Coopbrief.Finished::exitCode)
                .containsExactlyInAnyOrder(ExitCode.COMPLETED_WITH_REJECTS, ExitCode.ALREADY_RUNNING);
        assertThat(results)
                .filteredOn(r -> r.exitCode() == ExitCode.ALREADY_RUNNING)
                .singleElement()
                .satisfies(r -> assertThat(r.output()).contains("another run is in progress", "nothing was started"));
        assertThat(app.count("select count(*) from batch_job_execution")).isEqualTo(1);
        assertThat(runFolders(app.reports().resolve("2018"))).hasSize(1);
    }

    @Test
    void noFileEverAppearsUnderItsFinalNameBeforeItIsComplete() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Map<Path, String> firstSeen = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (Stream<Path> files = Files.walk(app.reports())) {
                    files.filter(Files::isRegularFile)
                            .filter(OperationsIT::isFinalName)
                            .forEach(f -> firstSeen.computeIfAbsent(f, OperationsIT::hash));
                } catch (IOException | java.io.UncheckedIOException notYet) {
                    // folder not there yet, or a temporary file moved away while listing
                }
            }
        });
        watcher.start();
        Coopbrief.Finished run = app.run(SLOW, "run", "--period", "2018");
        done.set(true);
        watcher.join();

        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(firstSeen.keySet())
                .extracting(p -> p.getFileName().toString())
                .contains("manifest.json", "rejects.csv");
        firstSeen.forEach((file, hashWhenFirstSeen) -> assertThat(hash(file))
                .as("content of " + file + " when it first appeared")
                .isEqualTo(hashWhenFirstSeen));
    }

    @Test
    void theSchedulerFiresRunsFromACronExpressionAndSkipsAFireWhileBusy() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Map<String, String> settings = new java.util.HashMap<>(SLOW);
        settings.put("coopbrief.schedules.drill.cron", "*/2 * * * * *");
        settings.put("coopbrief.schedules.drill.command", "run");
        settings.put("coopbrief.schedules.drill.args", "--period,2018,--input," + input + ",--rerun");

        Coopbrief.Finished scheduler = app.run(settings, "schedule", "--schedule", "drill", "--stop-after", "PT9S");

        assertThat(scheduler.exitCode()).as(scheduler.output()).isZero();
        assertThat(scheduler.output())
                .contains(
                        "schedule 'drill' (*/2 * * * * *): run --period 2018",
                        "next fires ",
                        "fired 'drill' at ",
                        "'drill' finished with exit code 4");
        assertThat(scheduler.output())
                .containsPattern("skipped 'drill' due at .*: the previous run \\('drill'\\) is still going");
        assertThat(app.count("select count(*) from batch_job_execution where status = 'COMPLETED'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aKillInsideAnyMigrationOfANewDatabaseLeavesNothingTheNextStartCannotBuildFromScratch() throws Exception {
        List<String> versions = migrationVersions();
        assertThat(versions).as("positive control: the migrations were found").contains("1", "2", "3");
        for (String version : versions) {
            Coopbrief app = new Coopbrief(home.resolve("v" + version), input);
            Coopbrief.Finished killed = app.run(Map.of("coopbrief.fault.halt-in-migration", version), "history");
            assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
            assertThat(killed.output()).contains("halting inside migration " + version + " after 1 statement");
            assertThat(app.home().resolve("data/coopbrief.mv.db"))
                    .as("a half-built database never takes the real one's place")
                    .doesNotExist();

            Coopbrief.Finished next = app.run(NONE, "history");

            assertThat(next.exitCode()).as(next.output()).isZero();
            assertThat(next.output())
                    .contains("none found: built schema version " + versions.get(versions.size() - 1) + " aside");
            assertThat(app.schema()).as("after a kill in migration " + version).isEqualTo(referenceSchema);
            assertThat(leftovers(app)).isEmpty();
        }
        Coopbrief last = new Coopbrief(home.resolve("v" + versions.get(versions.size() - 1)), input);
        assertThat(last.run(NONE, "run", "--period", "2018").exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(snapshot(last)).isEqualTo(reference);
    }

    @Test
    void aKillInsideAnUpgradeIsUndoneFromTheCopyTakenBeforeAndTheUpgradeRunsAgain() throws Exception {
        List<String> versions = migrationVersions();
        String previous = versions.get(versions.size() - 2);
        String current = versions.get(versions.size() - 1);
        Coopbrief app = new Coopbrief(home, input);
        Coopbrief.Finished old = app.run(Map.of("spring.flyway.target", previous), "history");
        assertThat(old.output()).contains("built schema version " + previous + " aside");

        Coopbrief.Finished killed = app.run(
                Map.of("coopbrief.fault.halt-in-migration", current, "coopbrief.fault.halt-after-statements", "2"),
                "history");
        assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
        assertThat(app.home().resolve("data/.coopbrief.before-upgrade.zip")).exists();

        Coopbrief.Finished next = app.run(NONE, "run", "--period", "2018");

        assertThat(next.exitCode()).as(next.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(next.output())
                .contains("an upgrade that did not finish: restored the copy taken before it; schema version "
                        + previous + ": upgraded it to version " + current);
        assertThat(app.schema()).isEqualTo(referenceSchema);
        assertThat(snapshot(app)).isEqualTo(reference);
        assertThat(leftovers(app)).isEmpty();
        assertThat(app.run(NONE, "history").output()).contains("schema version " + current + ", up to date");
    }

    @Test
    void aDatabaseHeldByAForeignProgramExits2NamingTheFileAndTouchesNothing() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        assertThat(app.run(NONE, "history").exitCode()).isZero();
        Path file = app.home().resolve("data/coopbrief.mv.db");
        Process foreign = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForeignHolder.class.getName(),
                        "jdbc:h2:file:" + app.home().resolve("data/coopbrief"))
                .redirectErrorStream(true)
                .start();
        try (var said = new java.io.BufferedReader(new java.io.InputStreamReader(foreign.getInputStream()))) {
            assertThat(said.readLine()).isEqualTo("holding");
            String before = hash(file);

            Coopbrief.Finished refused = app.run(
                    Map.of("spring.datasource.hikari.initialization-fail-timeout", "1000"), "run", "--period", "2018");

            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.output().strip().lines())
                    .singleElement()
                    .asString()
                    .contains(file + " cannot be opened: another program holds it", "Close that program");
            assertThat(hash(file)).isEqualTo(before);
            assertThat(app.reports()).doesNotExist();
        } finally {
            foreign.getOutputStream().close();
            foreign.waitFor();
        }
    }

    @Test
    void aFullDiskWhileWritingTheWorkbookOrABriefingFailsCleanlyAndTheSameCommandContinues() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Path folder = app.reports().resolve("2018/1");
        for (String file : List.of("coopbrief-2018.xlsx", "coopbrief-briefing-2018-en.pdf")) {
            Coopbrief.Finished full = app.run(Map.of("coopbrief.fault.disk-full", file), "run", "--period", "2018");

            assertThat(full.exitCode()).as(full.output()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(full.output())
                    .contains("coopbrief: cannot write " + folder.resolve(file) + ": No space left on device")
                    .contains("coopbrief restart");
            assertThat(folder.resolve(file))
                    .as("no partial file under its final name")
                    .doesNotExist();
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no temporary file left")
                        .noneMatch(n -> n.endsWith(".tmp"))
                        .doesNotContain("manifest.json");
            }
        }

        Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");

        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
        assertNothingLeftRunning(app);
        assertThat(snapshot(app)).isEqualTo(reference);
    }

    @Test
    void aFullDiskUnderTheDatabaseFailsNamingItsFileAndTheSameCommandContinuesOnceThereIsSpace() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        Path file = app.home().resolve("data/coopbrief.mv.db");
        try (SmallDisk disk = SmallDisk.mount(app.home().resolve("data"), "8m")) {
            assertThat(app.run(NONE, "history").exitCode()).isZero(); // the database, with its schema
            Path filler = disk.fillLeaving(32 * 1024);

            Coopbrief.Finished full = app.run(NONE, "run", "--period", "2018");

            assertThat(full.exitCode()).as(full.output()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(full.output())
                    .contains("coopbrief: cannot write the database " + file + ": No space left on device")
                    .contains("then run the same command again")
                    .doesNotContain("Exception");
            assertThat(app.reports().resolve("2018/latest")).doesNotExist();

            Files.delete(filler);
            Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");

            assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
            assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
            assertNothingLeftRunning(app);
            assertThat(snapshot(app)).isEqualTo(reference);

            disk.readOnly(true);
            String before = hash(file);
            Coopbrief.Finished readOnly = app.run(NONE, "run", "--period", "2018", "--rerun");
            disk.readOnly(false);

            assertThat(readOnly.exitCode()).as(readOnly.output()).isEqualTo(ExitCode.USAGE);
            assertThat(readOnly.output().strip().lines())
                    .as("one line naming the folder and the cause")
                    .singleElement()
                    .asString()
                    .contains(app.home().resolve("data").toString(), "Read-only file system");
            assertThat(hash(file)).isEqualTo(before);
            assertThat(runFolders(app.reports().resolve("2018"))).hasSize(1);
        }
    }

    @Test
    void aReportFolderThatFillsUpOrTurnsReadOnlyFailsCleanlyAndTheSameCommandContinues() throws Exception {
        Coopbrief app = new Coopbrief(home, input);
        try (SmallDisk disk = SmallDisk.mount(app.reports(), "8m")) {
            // the run stops after the analysis; then its report disk is made full, then read-only
            Coopbrief.Finished killed =
                    app.run(Map.of("coopbrief.fault.halt-in-step", "analyse"), "run", "--period", "2018");
            assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
            Path folder = app.reports().resolve("2018/1");
            Path filler = disk.fillLeaving(16 * 1024);

            Coopbrief.Finished full = app.run(NONE, "run", "--period", "2018");

            assertThat(full.exitCode()).as(full.output()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(full.output())
                    .contains("coopbrief: cannot write " + folder.resolve("coopbrief-2018.xlsx"))
                    .contains("No space left on device");
            Files.delete(filler);
            disk.readOnly(true);

            Coopbrief.Finished readOnly = app.run(NONE, "run", "--period", "2018");
            disk.readOnly(false);

            assertThat(readOnly.exitCode()).as(readOnly.output()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(readOnly.output()).contains(folder.toString(), "Read-only file system");
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no partial or temporary file")
                        .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".xlsx") || n.endsWith(".pdf"));
            }

            Coopbrief.Finished resumed = app.run(NONE, "run", "--period", "2018");

            assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
            assertThat(app.count("select count(*) from batch_job_instance")).isEqualTo(1);
            assertNothingLeftRunning(app);
            assertThat(snapshot(app)).isEqualTo(reference);
        }
    }

    /** The versions of the bundled migrations, in Flyway's order ("1", "2", "2.1"...). */
    /** The versions an H2 database goes through: the common migrations and H2's own (not PostgreSQL's V1). */
    private static List<String> migrationVersions() throws Exception {
        Path root = Path.of(
                OperationsIT.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.getParent().getFileName().toString().equals("postgresql"))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(
                            v -> Arrays.stream(v.split("\\."))
                                    .mapToInt(Integer::parseInt)
                                    .toArray(),
                            Arrays::compare))
                    .toList();
        }
    }

    /** Files in the data folder that a migration, a copy or a restore left half-done. */
    private static List<String> leftovers(Coopbrief app) throws IOException {
        try (Stream<Path> files = Files.list(app.home().resolve("data"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n ->
                            n.contains("-new") || n.contains(".tmp") || n.endsWith(".zip") || n.contains("restoring"))
                    .toList();
        }
    }

    /** Final names: not temporary (".x.tmp"), not the run log, which grows by design. */
    private static boolean isFinalName(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.equals("run.log");
    }

    private static String hash(Path p) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
