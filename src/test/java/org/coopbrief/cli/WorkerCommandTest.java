package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings of remote partitioning and the worker command, refused before anything is touched: a
 * mode other than local or remote, and remote mode (a worker is always remote) on the embedded H2
 * database, which no other machine can open.
 */
class WorkerCommandTest {

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {}

    @BeforeEach
    void ownHome() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        System.setProperty("coopbrief.reports-dir", home.resolve("reports").toString());
    }

    @AfterEach
    void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
        System.clearProperty("coopbrief.reports-dir");
        System.clearProperty("coopbrief.partitioning");
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aPartitioningModeOtherThanLocalOrRemoteExits2BeforeTheDatabaseOrAReportIsTouched() throws Exception {
        Path input = TestInputs.copyFixture(home.resolve("input"));
        System.setProperty("coopbrief.partitioning", "cluster");

        Result run = cli("run", "--input", input.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("coopbrief.partitioning must be local", "or remote", "not 'cluster'");
        assertThat(home.resolve("data")).as("no database opened").doesNotExist();
        assertThat(home.resolve("reports")).as("no report folder made").doesNotExist();
    }

    @Test
    void remotePartitioningOnTheEmbeddedH2DatabaseExits2() throws Exception {
        Path input = TestInputs.copyFixture(home.resolve("input"));
        System.setProperty("coopbrief.partitioning", "remote");

        Result run = cli("run", "--input", input.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("coopbrief.partitioning=remote", "PostgreSQL", "SPRING_DATASOURCE_URL", "H2");
        assertThat(home.resolve("data")).as("no database opened").doesNotExist();
    }

    @Test
    void aWorkerOnTheEmbeddedH2DatabaseExits2WithoutListening() {
        Result worker = cli("worker", "--name", "w1");

        assertThat(worker.exitCode()).as(worker.err()).isEqualTo(ExitCode.USAGE);
        assertThat(worker.err())
                .contains("coopbrief worker", "PostgreSQL", "H2")
                .doesNotContain("listening");
        assertThat(home.resolve("data")).as("no database opened").doesNotExist();
    }

    @Test
    void workerHelpSaysWhatAWorkerNeedsAndHowItStops() {
        Result help = cli("worker", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains(
                        "Usage: coopbrief worker",
                        "--name=NAME",
                        "<hostname>-<pid>",
                        "spring.artemis.broker-url",
                        "SPRING_DATASOURCE_URL",
                        "PostgreSQL",
                        "reports folder",
                        "SIGTERM",
                        "coopbrief.partition-timeout");
        assertThat(cli("--help").out()).contains("worker");
    }
}
