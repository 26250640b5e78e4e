package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command starts, seen from the classes its JVM loads: {@code --help}, {@code --version}
 * and a usage error start no Spring context at all, {@code history} one with the database only,
 * never Spring Batch's, and once the schema is up to date not even Flyway; a command that needs the
 * jobs does start it (the positive control), and on an up-to-date schema it does not set Flyway up either.
 */
class StartupTest {

    /** Loaded by every application context, and only by one. */
    private static final String CONTEXT = "org.springframework.context.support.AbstractApplicationContext";
    /** Loaded when the batch context starts (Spring Boot's auto-configuration of Spring Batch). */
    private static final String BATCH = "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration";
    /** Loaded when Spring Boot sets Flyway up (the schema migration). */
    private static final String FLYWAY_SETUP = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";
    /** Loaded when Flyway configures itself, and when it runs a command (info, validate, migrate). */
    private static final String FLYWAY = "org.flywaydb.core.api.configuration.ClassicConfiguration";

    private static final String FLYWAY_COMMAND = "org.flywaydb.core.FlywayExecutor";
    /** The base of Spring's own message sources, whose class initialiser lists every locale of the JVM. */
    private static final String SPRING_MESSAGES = "org.springframework.context.support.MessageSourceSupport";

    @TempDir
    Path home;

    record Started(int exitCode, String output, List<String> classes) {}

    @Test
    void helpVersionAndAUsageErrorStartNoContext() throws Exception {
        for (List<String> args : List.of(
                List.of("--help"), List.of("--version"), List.of("run", "--help"), List.of("run", "--lang", "de"))) {
            Started s = start(args.toArray(String[]::new));
            assertThat(s.exitCode()).as(args + ": " + s.output()).isIn(ExitCode.OK, ExitCode.USAGE);
            assertThat(s.classes()).as(args + " loaded classes").isNotEmpty().doesNotContain(CONTEXT, BATCH);
        }
    }

    @Test
    void historyStartsTheDatabaseButNotTheBatchContextAndAJobCommandStartsIt() throws Exception {
        Started history = start("history");
        assertThat(history.exitCode()).as(history.output()).isZero();
        assertThat(history.output()).contains("built schema version", "No job executions yet");
        assertThat(history.classes())
                .contains(CONTEXT, FLYWAY_SETUP, FLYWAY, FLYWAY_COMMAND)
                .doesNotContain(BATCH);

        Started again = start("history");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("schema version", "up to date", "No job executions yet");
        assertThat(again.classes())
                .as("an up-to-date schema is read as it is")
                .contains(CONTEXT)
                .doesNotContain(FLYWAY_SETUP, FLYWAY, FLYWAY_COMMAND, BATCH);

        Started compare = start("compare", "--partner", "GE");
        assertThat(compare.output()).as("positive control").contains("no data loaded yet");
        assertThat(compare.classes())
                .contains(CONTEXT, BATCH)
                .as("the whole application on an up-to-date schema: Flyway is not configured, Spring's"
                        + " default message source (which lists every locale) is not made")
                .doesNotContain(FLYWAY, FLYWAY_COMMAND, SPRING_MESSAGES);
    }

    private Started start(String... args) throws IOException, InterruptedException {
        Path classes = home.resolve("classes-" + System.nanoTime() + ".txt");
        Path out = home.resolve("out-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:off",
                "-Xlog:class+load=info:file=" + classes,
                "-Dcoopbrief.home=" + home,
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.coopbrief.CoopbriefApplication"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("coopbrief did not end: " + Files.readString(out));
        }
        List<String> loaded = Files.readAllLines(classes).stream()
                .map(line -> line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
                .map(line -> line.split(" ")[0])
                .toList();
        return new Started(p.exitValue(), Files.readString(out), loaded);
    }
}
