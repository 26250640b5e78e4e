package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopbrief.delivery.Mailbox;
import org.coopbrief.export.pdf.PdfReadBack;
import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Two briefings of one series a "month" apart, on input that changed in between, delivered as an
 * operator runs them from cron: each recipient receives each briefing exactly once, and the second
 * one's "what's new" (in the PDF and in the message) lists what changed since the first.
 */
class PeriodicDeliveryTest {

    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("coopbrief.delivery.from", "Briefings <briefings@mfa.test>"),
            Map.entry("coopbrief.delivery.recipients.ge-desk.address", "ge-desk@mfa.test"),
            Map.entry("coopbrief.delivery.recipients.ge-desk.language", "ru"),
            Map.entry("coopbrief.delivery.recipients.ge-desk.overall", "true"),
            Map.entry("coopbrief.delivery.recipients.ge-desk.partners", "GE"),
            Map.entry("coopbrief.delivery.recipients.analysts.address", "analysts@mfa.test"),
            Map.entry("coopbrief.delivery.recipients.analysts.language", "en"),
            Map.entry("coopbrief.delivery.recipients.analysts.workbook", "true"),
            Map.entry("spring.mail.host", "127.0.0.1"),
            Map.entry("spring.mail.username", "ops"),
            Map.entry("spring.mail.password", "relay-pw"),
            Map.entry("spring.mail.properties.mail.smtp.starttls.required", "false"));

    @TempDir
    static Path home;

    static GreenMail mail;
    static Path input;
    static List<Long> runs;

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void twoMonthlyRunsDelivered() throws Exception {
        int port = Mailbox.freePort();
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.setUser("ops@mfa.test", "ops", "relay-pw");
        mail.start();
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        System.setProperty("spring.mail.port", Integer.toString(port));
        SETTINGS.forEach(System::setProperty);
        input = TestInputs.copyFixture(home.resolve("input"));

        Result first = cli("run", "--input", input.toString(), "--lang", "en,ru");
        assertThat(first.exitCode()).as(first.err()).isZero();

        // a month later: one revised value and one new event in the books' data
        Path figures = input.resolve("figures.csv");
        Files.writeString(
                figures,
                Files.readString(figures)
                        .replace(
                                "F0002,BY-HM,GE,exports,goods,,,2017,24.5,",
                                "F0002,BY-HM,GE,exports,goods,,,2017,25.5,"));
        TestInputs.appendLine(
                input.resolve("events.csv"),
                "E0004,2018-10-02,visit,BY;GE,Tbilisi,Тбилиси,Official visit to Georgia,Официальный визит в Грузию,,B1:331,,");
        Result second = cli("run", "--input", input.toString(), "--lang", "en,ru", "--rerun");
        assertThat(second.exitCode()).as(second.err()).isZero();
        // cron fires again with nothing new to do: no run, no message
        assertThat(cli("run", "--input", input.toString(), "--lang", "en,ru").exitCode())
                .isEqualTo(ExitCode.NOTHING_TO_DO);
        try (Stream<Path> dirs = Files.list(home.resolve("reports/2018"))) {
            runs = dirs.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d+"))
                    .map(Long::parseLong)
                    .sorted()
                    .toList();
        }
        assertThat(runs).hasSize(2);
    }

    @AfterAll
    static void stop() {
        if (mail != null) {
            mail.stop();
        }
        for (String key : List.of("coopbrief.home", "coopbrief.data-dir", "spring.mail.port")) {
            System.clearProperty(key);
        }
        SETTINGS.keySet().forEach(System::clearProperty);
    }

    private static Path folder(long run) {
        return home.resolve("reports/2018").resolve(Long.toString(run));
    }

    @Test
    void eachRecipientReceivesEachBriefingOnceByteForByte() throws Exception {
        List<MimeMessage> desk = Mailbox.to(mail, "ge-desk@mfa.test");
        List<MimeMessage> analysts = Mailbox.to(mail, "analysts@mfa.test");
        assertThat(mail.getReceivedMessages()).hasSize(desk.size() + analysts.size());
        assertThat(analysts).as("one workbook per run").hasSize(2);

        for (long run : runs) {
            String id = Long.toString(run);
            List<MimeMessage> ofRun =
                    desk.stream().filter(m -> folderOf(m).equals(id)).toList();
            Map<String, byte[]> files = Mailbox.attachments(ofRun);
            assertThat(files).as("run " + run).containsOnlyKeys("coopbrief-briefing-2018-ru.pdf", "GE-2018-ru.pdf");
            assertThat(files.get("coopbrief-briefing-2018-ru.pdf"))
                    .isEqualTo(Files.readAllBytes(folder(run).resolve("coopbrief-briefing-2018-ru.pdf")));
            assertThat(files.get("GE-2018-ru.pdf"))
                    .isEqualTo(Files.readAllBytes(folder(run).resolve("partners/GE-2018-ru.pdf")));
            Map<String, byte[]> workbook = Mailbox.attachments(
                    analysts.stream().filter(m -> folderOf(m).equals(id)).toList());
            assertThat(workbook.get("coopbrief-2018.xlsx"))
                    .isEqualTo(Files.readAllBytes(folder(run).resolve("coopbrief-2018.xlsx")));
        }
    }

    @Test
    void aSecondSendOfEitherRunDeliversNothingAgain() throws Exception {
        int before = mail.getReceivedMessages().length;
        for (long run : runs) {
            Result send = cli("deliver", Long.toString(run), "--send");
            assertThat(send.exitCode()).as(send.err()).isZero();
        }
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }

    @Test
    void theSecondBriefingSaysWhatIsNewInThePdfAndInTheMessage() throws Exception {
        String second = text(folder(runs.get(1)).resolve("coopbrief-briefing-2018-ru.pdf"));
        String first = text(folder(runs.get(0)).resolve("coopbrief-briefing-2018-ru.pdf"));
        assertThat(first).doesNotContain("Что нового со справки от");
        assertThat(second).contains("Что нового со справки от", "Официальный визит в Грузию");

        MimeMessage latest = Mailbox.to(mail, "ge-desk@mfa.test").stream()
                .filter(m -> folderOf(m).equals(Long.toString(runs.get(1))))
                .findFirst()
                .orElseThrow();
        assertThat(Mailbox.text(latest, "text/plain"))
                .contains("Что нового после предыдущей справки", "Официальный визит в Грузию");
    }

    private static String text(Path pdf) {
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            return read.text().replace('\u00a0', ' ');
        }
    }

    /** The run a message belongs to, from its Message-ID as the outbox recorded it. */
    private static String folderOf(MimeMessage m) {
        try {
            String messageId = m.getMessageID();
            for (long run : runs) {
                if (Files.readString(folder(run).resolve("delivery.txt")).contains(messageId)) {
                    return Long.toString(run);
                }
            }
            throw new AssertionError("a message of no run: " + messageId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
