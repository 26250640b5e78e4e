package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Delivery from the command line, with a database and a reports folder of its own and a real SMTP
 * server (GreenMail) on a free port: the configuration refused before anything is written (exit 2,
 * naming the key), a server lost during the run (exit 7, the failed messages listed, in history
 * too), then {@code deliver}: status, send what failed, re-send to one recipient. The credentials
 * appear in no output, log or run file.
 */
class DeliverCommandTest {

    private static final String PASSWORD = "s3cret-relay-pw";
    private static final int PORT = freePort();
    private static final String R = "coopbrief.delivery.recipients.";
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("coopbrief.delivery.from", "briefings@mfa.test"),
            Map.entry("coopbrief.delivery.retry.attempts", "2"),
            Map.entry("coopbrief.delivery.retry.delay", "PT0.2S"),
            Map.entry(R + "ge-desk.address", "ge-desk@mfa.test"),
            Map.entry(R + "ge-desk.language", "ru"),
            Map.entry(R + "ge-desk.overall", "true"),
            Map.entry(R + "ge-desk.partners", "GE"),
            Map.entry(R + "analysts.address", "analysts@mfa.test"),
            Map.entry(R + "analysts.workbook", "true"),
            Map.entry("spring.mail.host", "127.0.0.1"),
            Map.entry("spring.mail.port", Integer.toString(PORT)),
            Map.entry("spring.mail.username", "ops"),
            Map.entry("spring.mail.password", PASSWORD),
            Map.entry("spring.mail.properties.mail.smtp.starttls.required", "false"));

    @TempDir
    static Path home;

    @TempDir
    static Path dir;

    private GreenMail mail;

    record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void ownDatabaseReportsAndRecipients() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        SETTINGS.forEach(System::setProperty);
    }

    @AfterAll
    static void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
        SETTINGS.keySet().forEach(System::clearProperty);
    }

    @AfterEach
    void stopServer() {
        if (mail != null) {
            mail.stop();
        }
    }

    private void startServer() {
        mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.setUser("ops@mfa.test", "ops", PASSWORD);
        mail.start();
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static Result withSetting(String key, String value, String... args) {
        String was = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return cli(args);
        } finally {
            System.setProperty(key, was);
        }
    }

    private static List<Path> files(String name) throws IOException {
        if (!Files.isDirectory(home.resolve("reports"))) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(home.resolve("reports"))) {
            return all.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }

    @Test
    void badDeliverySettingsAreRefusedBeforeAnyReportNamingTheKey() throws Exception {
        String input = TestInputs.copyFixture(dir.resolve("bad")).toString();
        List<Path> runsBefore = files("run.log");
        Result language = cli("run", "--input", input, "--lang", "en");
        assertThat(language.exitCode()).as(language.err()).isEqualTo(ExitCode.USAGE);
        assertThat(language.err()).contains(R + "ge-desk.language: ru, but this run writes its briefings in en");

        Result partner = withSetting(R + "ge-desk.partners", "GE,XX", "run", "--input", input, "--lang", "en,ru");
        assertThat(partner.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(partner.err()).contains(R + "ge-desk.partners: unknown partner code 'XX'");

        Result address = withSetting(R + "analysts.address", "analysts at mfa", "run", "--input", input);
        assertThat(address.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(address.err()).contains(R + "analysts.address: 'analysts at mfa' is not a valid email address");

        Result unreachable = cli("run", "--input", input, "--lang", "en,ru");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unreachable.err()).contains("spring.mail.host: cannot reach the SMTP server 127.0.0.1:" + PORT);
        assertThat(files("run.log")).as("no run was started").isEqualTo(runsBefore);
        assertThat(unreachable.err() + address.err()).doesNotContain(PASSWORD);
    }

    @Test
    void aServerLostDuringTheRunExits7AndDeliverSendsTheFailedLater() throws Exception {
        String input = TestInputs.copyFixture(dir.resolve("lost")).toString();
        startServer(); // reachable when the run starts...
        CompletableFuture<Result> running =
                CompletableFuture.supplyAsync(() -> cli("run", "--input", input, "--lang", "en,ru"));
        long until = System.currentTimeMillis() + 300_000;
        while (files("run.log").isEmpty() && !running.isDone() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        mail.stop(); // ...and gone once it has (the reports take a while longer)
        Result run = running.get(10, TimeUnit.MINUTES);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.DELIVERY_FAILED);
        assertThat(run.err())
                .contains("delivery failed: analysts <analysts@mfa.test> message 1 of 1 after 2 attempt(s)")
                .contains("delivery failed: ge-desk <ge-desk@mfa.test>")
                .contains("send them with: coopbrief deliver");
        Matcher m = Pattern.compile("\\(run (\\d+),").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        String id = m.group(1);

        Result history = cli("history");
        assertThat(history.out()).contains("delivery: 2 failed (failed: analysts 1 of 1, ge-desk 1 of 1)");

        Result status = cli("deliver", id);
        assertThat(status.exitCode()).isEqualTo(ExitCode.DELIVERY_FAILED);
        assertThat(status.out()).contains("analysts", "FAILED");

        startServer();
        Result send = cli("deliver", id, "--send");
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("2 sent");
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(cli("deliver", id, "--send").exitCode()).isZero();
        assertThat(mail.getReceivedMessages())
                .as("nothing delivered is sent again")
                .hasSize(2);

        Result force = cli("deliver", id, "--force", "--recipient", "analysts");
        assertThat(force.exitCode()).as(force.err()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(mail.getReceivedMessagesForDomain("mfa.test")).hasSize(3);
        assertThat(cli("deliver", id, "--force", "--recipient", "nobody").err())
                .contains("has no message to recipient 'nobody'");

        // the credentials: in no output, no log, no run file
        StringBuilder everything = new StringBuilder(run.out() + run.err() + history.out() + status.out() + send.out());
        for (String name : List.of("run.log", "manifest.json", "delivery.txt", "coopbrief.log")) {
            for (Path f : files(name)) {
                everything.append(Files.readString(f));
            }
        }
        Path log = home.resolve("logs/coopbrief.log");
        if (Files.exists(log)) {
            everything.append(Files.readString(log));
        }
        assertThat(everything.toString()).contains("analysts").doesNotContain(PASSWORD);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
