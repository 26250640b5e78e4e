package org.coopbrief.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.pipeline.PipelineJobConfiguration;
import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.JobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivery by email against a real SMTP server in this JVM (GreenMail, on a free port): who receives
 * what, in which language, byte for byte; exactly once across a stop and a restart; retries; a server
 * down throughout; the size split; the dry run. Each test runs the pipeline on its own copy of the
 * fixture (so its own run) in English and Russian.
 */
@CoopbriefTest(
        properties = {
            "coopbrief.reports-dir=target/test-reports/delivery",
            "coopbrief.delivery.from=Briefings <briefings@mfa.test>",
            "coopbrief.delivery.max-message-size=150KB",
            "coopbrief.delivery.retry.attempts=3",
            "coopbrief.delivery.retry.delay=PT1.5S",
            "coopbrief.delivery.retry.multiplier=1",
            "coopbrief.delivery.recipients.ge-desk.address=ge-desk@mfa.test",
            "coopbrief.delivery.recipients.ge-desk.language=ru",
            "coopbrief.delivery.recipients.ge-desk.overall=true",
            "coopbrief.delivery.recipients.ge-desk.partners=GE",
            "coopbrief.delivery.recipients.analysts.address=analysts@mfa.test",
            "coopbrief.delivery.recipients.analysts.language=en",
            "coopbrief.delivery.recipients.analysts.workbook=true",
            "spring.mail.host=127.0.0.1",
            "spring.mail.username=ops",
            "spring.mail.password=" + DeliveryTest.PASSWORD,
            // GreenMail speaks no STARTTLS; the relay's setting (required) is in application.yml
            "spring.mail.properties.mail.smtp.starttls.required=false"
        })
class DeliveryTest {

    static final String PASSWORD = "s3cret-relay-pw";
    static final int PORT = freePort();
    static final long LIMIT = 150 * 1024;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @Autowired
    JobOperator operator;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Deliveries deliveries;

    @TempDir
    Path dir;

    private GreenMail mail;

    /** The tests share a context and its database: each run is a revision of its own. */
    private static final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    @AfterEach
    void stopServer() {
        if (mail != null) {
            mail.stop();
        }
    }

    private GreenMail startServer() {
        mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.setUser("ops@mfa.test", "ops", PASSWORD);
        mail.start();
        return mail;
    }

    private FixtureRuns runs() {
        return new FixtureRuns(jobs, pipelineJob);
    }

    private static Path folder(JobExecution e) {
        return Path.of("target/test-reports/delivery")
                .toAbsolutePath()
                .resolve(RunParameters.label(e.getJobParameters()))
                .resolve(Long.toString(e.getJobInstance().getInstanceId()));
    }

    private static long run(JobExecution e) {
        return e.getJobInstance().getInstanceId();
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(address))) {
                out.add(m);
            }
        }
        out.sort((a, b) -> {
            try {
                return a.getSubject().compareTo(b.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    /** Attachment file name to its bytes, over the messages. */
    private static Map<String, byte[]> attachments(List<MimeMessage> messages) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        for (MimeMessage m : messages) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(Part part, Map<String, byte[]> out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                collect(multi.getBodyPart(i), out);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                out.put(part.getFileName(), in.readAllBytes());
            }
        }
    }

    private static String text(Part part, String type) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                String t = text(multi.getBodyPart(i), type);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        return part.isMimeType(type) && part.getDisposition() == null ? (String) part.getContent() : null;
    }

    private static int size(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.size();
    }

    @Test
    void eachRecipientReceivesItsFilesInItsLanguageByteForByte() throws Exception {
        startServer();
        JobExecution e = runs().start(dir, DeliveryMode.SEND, revision.getAndIncrement());
        assertThat(e.getStatus()).as(e.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        Path folder = folder(e);

        List<MimeMessage> desk = to("ge-desk@mfa.test");
        assertThat(desk).hasSize(2);
        assertThat(desk.get(0).getSubject())
                .isEqualTo("Для служебного пользования: Беларусь: справка о сотрудничестве, 2018\u00a0г. (1 из 2)");
        assertThat(desk.get(1).getSubject()).endsWith("(2 из 2)");
        for (MimeMessage m : desk) {
            assertThat(m.getHeader("Content-Language")).containsExactly("ru");
            String plain = text(m, "text/plain");
            String html = text(m, "text/html");
            assertThat(plain).contains("Основные цифры").doesNotContain("Key figures");
            assertThat(html).contains("<html lang=\"ru\">", "Основные цифры");
        }
        Map<String, byte[]> deskFiles = attachments(desk);
        assertThat(deskFiles).containsOnlyKeys("coopbrief-briefing-2018-ru.pdf", "GE-2018-ru.pdf");
        assertThat(deskFiles.get("coopbrief-briefing-2018-ru.pdf"))
                .isEqualTo(Files.readAllBytes(folder.resolve("coopbrief-briefing-2018-ru.pdf")));
        assertThat(deskFiles.get("GE-2018-ru.pdf"))
                .isEqualTo(Files.readAllBytes(folder.resolve("partners/GE-2018-ru.pdf")));

        List<MimeMessage> analysts = to("analysts@mfa.test");
        assertThat(analysts).hasSize(1);
        assertThat(analysts.get(0).getSubject()).isEqualTo("For official use: Belarus: cooperation briefing, 2018");
        assertThat(analysts.get(0).getHeader("Content-Language")).containsExactly("en");
        assertThat(text(analysts.get(0), "text/plain")).contains("Key figures", "1 file is attached");
        Map<String, byte[]> workbook = attachments(analysts);
        assertThat(workbook).containsOnlyKeys("coopbrief-2018.xlsx");
        assertThat(workbook.get("coopbrief-2018.xlsx"))
                .isEqualTo(Files.readAllBytes(folder.resolve("coopbrief-2018.xlsx")));

        // the outbox: every message SENT once, under the Message-ID the recipient got
        List<OutboxRow> rows = deliveries.status(run(e));
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(OutboxRow.Status.SENT);
            assertThat(r.attempts()).isEqualTo(1);
        });
        List<String> received = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            received.add(m.getMessageID());
        }
        assertThat(received)
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(OutboxRow::messageId).toList());
        String report = Files.readString(folder.resolve(Deliveries.REPORT));
        assertThat(report)
                .contains("3 sent", "ge-desk", "analysts", "GE-2018-ru.pdf")
                .doesNotContain("FAILED");
        // credentials appear nowhere in the run's files
        for (Path f : List.of(
                folder.resolve("run.log"), folder.resolve("manifest.json"), folder.resolve(Deliveries.REPORT))) {
            assertThat(Files.readString(f)).doesNotContain(PASSWORD);
        }
    }

    @Test
    void filesAboveTheSizeLimitAreSplitOverNumberedMessagesAndNoneIsLeftOut() throws Exception {
        startServer();
        JobExecution e = runs().start(dir, DeliveryMode.SEND, revision.getAndIncrement());
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path folder = folder(e);
        long overall = Files.size(folder.resolve("coopbrief-briefing-2018-ru.pdf"));
        long partner = Files.size(folder.resolve("partners/GE-2018-ru.pdf"));
        assertThat(DeliveryPlan.BODY_ALLOWANCE + DeliveryPlan.encodedSize(overall) + DeliveryPlan.encodedSize(partner))
                .as("the two files do not fit one message of the limit")
                .isGreaterThan(LIMIT);
        List<MimeMessage> desk = to("ge-desk@mfa.test");
        assertThat(desk).extracting(MimeMessage::getSubject).allMatch(s -> s.matches(".*\\([12] из 2\\)"));
        assertThat(desk).extracting(m -> m.getHeader("X-Coopbrief-Part")[0]).containsExactly("1 of 2", "2 of 2");
        for (MimeMessage m : desk) {
            assertThat(attachments(List.of(m))).hasSize(1);
            assertThat(text(m, "text/plain")).contains("Это письмо", "из 2");
        }
        assertThat(attachments(desk)).hasSize(2);
        // a message with several files keeps to the limit; none is larger unless it holds one file alone
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (attachments(List.of(m)).size() > 1) {
                assertThat(size(m)).isLessThanOrEqualTo((int) LIMIT);
            }
        }
    }

    @Test
    void aRunStoppedAfterTheFirstMessageSendsNoDuplicateWhenRestarted() throws Exception {
        startServer();
        MessageDeliveryHandler store = mail.getUserManager().getMessageDeliveryHandler();
        AtomicBoolean first = new AtomicBoolean(true);
        mail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (first.getAndSet(false)) {
                runner.stopRunning(); // as SIGTERM would, while the first message is being accepted
            }
            return store.handle(message, address);
        });
        JobExecution stopped = runs().start(dir, DeliveryMode.SEND, revision.getAndIncrement());
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        List<OutboxRow> before = deliveries.status(run(stopped));
        assertThat(before).filteredOn(r -> r.status() == OutboxRow.Status.SENT).hasSize(1);

        JobExecution restarted = operator.restart(stopped);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(mail.getReceivedMessages()).hasSize(3);
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(to("ge-desk@mfa.test")).hasSize(2);
        assertThat(to("analysts@mfa.test")).hasSize(1);
        assertThat(deliveries.status(run(stopped)))
                .allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(OutboxRow.Status.SENT));

        // and the run repeated (the same command again) finds it complete: nothing more is sent
        assertThat(jobs.getJobRepository()
                        .getLastJobExecution(stopped.getJobInstance())
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        deliveries.sendAll(run(stopped));
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aServerRefusingAtFirstIsTriedAgainAndDelivers() throws Exception {
        // no server at first: the first attempt is refused; the server comes up during the backoff
        Thread starter = new Thread(() -> {
            Instant until = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(until)) {
                Integer refused = jdbc.queryForObject(
                        "select count(*) from delivery_outbox where attempts >= 1 and last_error is not null"
                                + " and status = 'PENDING'",
                        Integer.class);
                if (refused != null && refused > 0) {
                    startServer();
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        starter.start();
        JobExecution e = runs().start(dir, DeliveryMode.SEND, revision.getAndIncrement());
        starter.join();
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(e.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        List<OutboxRow> rows = deliveries.status(run(e));
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(OutboxRow.Status.SENT));
        assertThat(rows).anySatisfy(r -> assertThat(r.attempts()).isEqualTo(2));
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aServerDownThroughoutMarksEveryMessageFailedAndReportsWhich() throws Exception {
        JobExecution e = runs().start(dir, DeliveryMode.SEND, revision.getAndIncrement());
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(e.getExitStatus().getExitCode()).isEqualTo(DeliveryConfiguration.FAILED_DELIVERIES);
        List<OutboxRow> failed = deliveries.failed(run(e));
        assertThat(failed).hasSize(3).allSatisfy(r -> {
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.lastError()).contains("Connection refused").doesNotContain(PASSWORD);
        });
        String report = Files.readString(folder(e).resolve(Deliveries.REPORT));
        assertThat(report).contains("3 failed", "failed: analysts 1 of 1, ge-desk 1 of 2, ge-desk 2 of 2");
        assertThat(report.lines().filter(l -> l.contains("FAILED"))).hasSize(3);
        // the reports are complete all the same
        assertThat(folder(e).resolve("manifest.json")).exists();
    }

    @Test
    void aDryRunWritesEmlFilesAndSendsNothing() throws Exception {
        startServer();
        JobExecution e = runs().start(dir, DeliveryMode.DRY_RUN, revision.getAndIncrement());
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(mail.getReceivedMessages()).isEmpty();
        Path drafts = folder(e).resolve(Deliveries.FOLDER);
        List<Path> eml;
        try (Stream<Path> files = Files.list(drafts)) {
            eml = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(eml)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("analysts-1-of-1.eml", "ge-desk-1-of-2.eml", "ge-desk-2-of-2.eml");
        MimeMessage desk;
        try (InputStream in = Files.newInputStream(eml.get(1))) {
            desk = new MimeMessage(null, in);
        }
        assertThat(desk.getSubject()).startsWith("Для служебного пользования: ").endsWith("(1 из 2)");
        assertThat(attachments(List.of(desk))).hasSize(1);
        // nothing is marked delivered: a later deliver --send sends them for real
        assertThat(deliveries.status(run(e)))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(OutboxRow.Status.PENDING));
        assertThat(deliveries.sendAll(run(e))).isEmpty();
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aRunWithDeliveryOffSendsNothingAndRecordsNothing() throws Exception {
        startServer();
        JobExecution e = runs().start(dir, DeliveryMode.OFF, revision.getAndIncrement());
        assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(e.getStepExecutions()).extracting(s -> s.getStepName()).doesNotContain("send-deliveries");
        assertThat(deliveries.status(run(e))).isEmpty();
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(PipelineJobConfiguration.JOB_NAME)
                .isEqualTo(e.getJobInstance().getJobName());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
