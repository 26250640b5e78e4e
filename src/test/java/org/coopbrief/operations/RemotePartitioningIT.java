package org.coopbrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.coopbrief.EmbeddedPostgresServer;
import org.coopbrief.cli.ExitCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * Remote partitioning on this machine as it runs across several: an Artemis broker in the test JVM,
 * the JVM's embedded PostgreSQL, a manager process ({@code run} with {@code coopbrief.partitioning=remote})
 * and two {@code coopbrief worker} processes sharing its reports folder. The partner briefings spread
 * over both workers and the outputs are byte-identical to a single-process run; a worker killed with
 * SIGKILL in the middle of a partition makes the manager fail after its partition timeout, and the
 * restart reruns only the partitions that had not completed, to the same result.
 */
class RemotePartitioningIT {

    private static final Map<String, String> BOTH = Map.of("coopbrief.languages", "en,ru");
    private static final String PARTITION = "write-partner-briefing:";

    @TempDir
    static Path shared;

    static EmbeddedActiveMQ broker;
    static String brokerUrl;
    /** Tables and outputs of the same run in one process (local partitioning, H2). */
    static OperationsIT.Snapshot local;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void brokerAndTheSameRunInOneProcess() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setMaxDiskUsage(-1); // a full test disk must not block the producers
        configuration.setBrokerInstance(shared.resolve("broker").toFile());
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        brokerUrl = "tcp://127.0.0.1:" + port;

        Coopbrief single = new Coopbrief(shared.resolve("single"), bundledInput());
        Coopbrief.Finished run = single.run(BOTH, "run");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
        local = OperationsIT.snapshot(single, "2020");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @AfterEach
    void stopProcesses() throws Exception {
        for (Process p : started) {
            p.destroyForcibly().waitFor();
        }
    }

    private static Path bundledInput() {
        return Path.of("input").toAbsolutePath();
    }

    private Map<String, String> remote(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(BOTH);
        settings.put("coopbrief.partitioning", "remote");
        settings.put("spring.artemis.broker-url", brokerUrl);
        settings.putAll(more);
        return settings;
    }

    /** A worker with a home of its own (logs) and the manager's database and reports folder. */
    private Coopbrief.Started worker(
            Coopbrief manager, EmbeddedPostgresServer.Database db, String name, Map<String, String> settings)
            throws IOException {
        Map<String, String> workerSettings = new HashMap<>(remote(settings));
        workerSettings.remove("coopbrief.partitioning"); // the command sets it
        workerSettings.put("coopbrief.reports-dir", manager.reports().toString());
        Coopbrief.Started worker =
                new Coopbrief(dir.resolve(name), bundledInput(), db).start(workerSettings, "worker", "--name", name);
        started.add(worker.process());
        return worker;
    }

    private static void awaitOutput(Coopbrief.Started process, String text) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            if (process.output().contains(text)) {
                return;
            }
            if (!process.process().isAlive()) {
                throw new AssertionError("ended (exit " + process.process().exitValue() + ") before '" + text + "':\n"
                        + process.output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "':\n" + process.output());
    }

    @Test
    void aManagerAndTwoWorkersWriteByteIdenticalOutputsAndEachWorkerRunsSomePartitions() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.newDatabase();
        Coopbrief manager = new Coopbrief(dir.resolve("manager"), bundledInput(), db);
        // a short hold in each partition, so that neither worker can take them all before the other is free
        Map<String, String> brief = Map.of(
                "coopbrief.fault.delay-in-step", "write-partner-briefing", "coopbrief.fault.delay-in-step-ms", "300");
        Coopbrief.Started w1 = worker(manager, db, "w1", brief);
        Coopbrief.Started w2 = worker(manager, db, "w2", brief);
        awaitOutput(w1, "listening on");
        awaitOutput(w2, "listening on");

        Coopbrief.Finished run = manager.run(remote(Map.of()), "run");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
        assertThat(OperationsIT.snapshot(manager, "2020"))
                .as("the same rows and byte-identical files as in one process")
                .isEqualTo(local);
        Map<String, String> workers = partitionWorkers(manager);
        assertThat(workers).hasSizeGreaterThan(2);
        assertThat(workers.values())
                .as("the worker of each partition")
                .containsOnly("w1", "w2")
                .contains("w1", "w2");
        assertThat(w1.output()).contains("worker w1: running partition " + PARTITION);
        assertThat(w2.output()).contains("worker w2: running partition " + PARTITION);
        assertThat(w1.output())
                .containsPattern("worker w1: partition " + PARTITION + "\\S+ \\(step execution \\d+,"
                        + " job execution 1\\) COMPLETED in");

        w1.process().destroy(); // SIGTERM: the way a worker is stopped
        assertThat(w1.process().waitFor(1, TimeUnit.MINUTES)).as(w1.output()).isTrue();
        assertThat(w1.process().exitValue()).as(w1.output()).isEqualTo(ExitCode.OK);
        assertThat(w1.output()).contains("SIGTERM received: worker w1 stops");
    }

    @Test
    void aWorkerKilledInAPartitionFailsTheManagerAfterItsTimeoutAndTheRestartRerunsOnlyTheUnfinished()
            throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.newDatabase();
        Coopbrief manager = new Coopbrief(dir.resolve("manager"), bundledInput(), db);
        Coopbrief.Started w1 = worker(manager, db, "w1", Map.of());
        // holds its first partition long enough to be killed in it
        Coopbrief.Started w2 = worker(
                manager,
                db,
                "w2",
                Map.of(
                        "coopbrief.fault.delay-in-step",
                        "write-partner-briefing",
                        "coopbrief.fault.delay-in-step-ms",
                        "600000"));
        awaitOutput(w1, "listening on");
        awaitOutput(w2, "listening on");

        Coopbrief.Started first = manager.start(remote(Map.of("coopbrief.partition-timeout", "PT20S")), "run");
        started.add(first.process());
        // once the partition is recorded as started (the hold comes after that), not merely received
        awaitOutput(w2, "holding step " + PARTITION);
        Matcher running = Pattern.compile("holding step (" + Pattern.quote(PARTITION) + "\\S+)")
                .matcher(w2.output());
        assertThat(running.find()).isTrue();
        String killed = running.group(1);
        w2.process().destroyForcibly().waitFor();

        Coopbrief.Finished failed = Coopbrief.finish(first);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(failed.output()).contains("not finished after PT20S", killed + " (STARTED, worker w2)");
        Map<String, String> statusAfterFirst = partitionStatuses(manager);
        assertThat(statusAfterFirst).containsEntry(killed, "STARTED");
        assertThat(w1.output()).contains("partition " + killed, "is STARTED (worker w2): not run again here");

        Coopbrief.Finished restarted = manager.run(remote(Map.of()), "run");

        assertThat(restarted.exitCode()).as(restarted.output()).isEqualTo(ExitCode.OK);
        assertThat(restarted.output()).contains("Recovered execution");
        Map<String, Long> executions = executionsPerPartition(manager);
        assertThat(executions.keySet()).isEqualTo(statusAfterFirst.keySet());
        statusAfterFirst.forEach((partition, status) -> assertThat(executions.get(partition))
                .as(partition + " was " + status + " after the first execution")
                .isEqualTo(status.equals("COMPLETED") ? 1L : 2L));
        assertThat(executions).containsEntry(killed, 2L);
        assertThat(partitionStatuses(manager).values()).containsOnly("COMPLETED");
        assertThat(manager.count("select count(*) from batch_job_execution")).isEqualTo(2);
        OperationsIT.assertNothingLeftRunning(manager);
        assertThat(OperationsIT.snapshot(manager, "2020"))
                .as("the same rows (none twice) and byte-identical files as in one process")
                .isEqualTo(local);
        try (Stream<Path> files = Files.walk(manager.reports())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** The worker that ran each partition (its execution context's {@code worker}), by partition name. */
    private static Map<String, String> partitionWorkers(Coopbrief app) throws Exception {
        Map<String, String> workers = new TreeMap<>();
        for (Map.Entry<String, String> e : query(
                        app,
                        "select s.step_name, c.short_context from batch_step_execution s join"
                                + " batch_step_execution_context c on c.step_execution_id = s.step_execution_id"
                                + " where s.step_name like '" + PARTITION + "%'")
                .entrySet()) {
            Map<String, Object> context = new DefaultExecutionContextSerializer()
                    .deserialize(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.ISO_8859_1)));
            workers.put(e.getKey(), String.valueOf(context.get("worker")));
        }
        return workers;
    }

    /** The status of each partition's latest step execution. */
    private static Map<String, String> partitionStatuses(Coopbrief app) throws Exception {
        return query(
                app,
                "select s.step_name, s.status from batch_step_execution s where s.step_name like '" + PARTITION
                        + "%' and s.step_execution_id = (select max(b.step_execution_id) from batch_step_execution b"
                        + " where b.step_name = s.step_name)");
    }

    private static Map<String, Long> executionsPerPartition(Coopbrief app) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        query(
                        app,
                        "select step_name, count(*) from batch_step_execution where step_name like '" + PARTITION
                                + "%' group by step_name")
                .forEach((name, count) -> counts.put(name, Long.parseLong(count)));
        return counts;
    }

    private static Map<String, String> query(Coopbrief app, String sql) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = app.database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }
}
